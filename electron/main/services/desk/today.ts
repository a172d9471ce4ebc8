/** The site's day at a glance, one column per space: running now, next, late. */
import type { Kysely } from 'kysely';
import type { Output } from '../../../shared/contract';
import type { DB } from '../../db/schema';
import { ACTIVE_STATUSES, type BookingView } from '../../../shared/domain';
import { addDays, isoWeekday } from '../../../shared/time';
import { bookingViews } from '../../db/repos/bookings';
import { findSite } from '../../db/repos/sites';
import { listSpaces } from '../../db/repos/spaces';
import type { ServiceContext } from '../context';
import { required } from '../not-found';
import { familyHolds } from '../rules/family-holds';
import { spaceDays } from '../rules/space-days';
import { readDeskSettings } from './settings';

const holdsRoom = (b: BookingView) => (ACTIVE_STATUSES as readonly string[]).includes(b.status);

export async function siteToday(ctx: ServiceContext, db: Kysely<DB>, siteId: number, date?: string): Promise<Output<'desk.today'>> {
  required(await findSite(db, siteId), 'site', siteId);
  const now = ctx.now();
  const day = date ?? now.slice(0, 10);
  const spaces = await listSpaces(db, { siteId, includeArchived: false });
  const calendar = new Map((await spaceDays(db, spaces.map((s) => s.id), day, addDays(day, 1))).map((d) => [d.spaceId, d]));
  const views = await bookingViews(db, { from: day, to: addDays(day, 1), siteId, includeCancelled: false });
  const holds = await familyHolds(db, spaces.map((s) => s.id), day, addDays(day, 1));
  const { noShowGraceMinutes } = await readDeskSettings(db);
  return {
    date: day,
    now,
    graceMinutes: noShowGraceMinutes,
    spaces: spaces.map((s) => {
      const hours = s.openingHours.find((h) => h.weekday === isoWeekday(day));
      const bookings = views.filter((b) => b.spaceId === s.id);
      return {
        spaceId: s.id,
        spaceName: s.name,
        spaceNameEn: s.nameEn,
        color: s.color,
        open: hours?.open ?? null,
        close: hours?.close ?? null,
        closed: calendar.get(s.id)?.closed ?? null,
        bookings,
        held: holds.filter((h) => h.spaceId === s.id),
        current: bookings.filter((b) => holdsRoom(b) && b.start <= now && now < b.end),
        next: bookings.find((b) => holdsRoom(b) && b.start > now) ?? null,
        // Started and not checked in: the desk may call them before the grace period ends.
        late: bookings.filter((b) => b.status === 'confirmed' && b.start <= now && now < b.end),
      };
    }),
  };
}
