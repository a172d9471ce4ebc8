/**
 * What the printed sheets show. The public weekly timetable is built field by field
 * from an allow-list, so a contact's name or phone number can never reach the door
 * even if the booking rows grow new columns; only the desk sheet carries them.
 */
import type { Kysely } from 'kysely';
import type { Output, ParsedInput } from '../../../shared/contract';
import type { LegendAudience, PublicBooking, PublicHold, TimetableDay } from '../../../shared/contract/print';
import type { BookingView, FamilyHold, Site, Space } from '../../../shared/domain';
import { addDays, isoWeekday } from '../../../shared/time';
import { listAudiences } from '../../db/repos/audiences';
import { bookingViews } from '../../db/repos/bookings';
import { listOrganisations } from '../../db/repos/organisations';
import { findSite } from '../../db/repos/sites';
import { findSpace, listSpaces } from '../../db/repos/spaces';
import type { DB } from '../../db/schema';
import type { ServiceContext } from '../context';
import { required } from '../not-found';
import { familyHolds } from '../rules/family-holds';
import { spaceDays } from '../rules/space-days';

/** No-shows and cancellations do not hold the room: they are not printed. */
const PRINTED_STATUSES = new Set(['requested', 'confirmed', 'checked_in']);

function printSite(s: Site) {
  return { id: s.id, name: s.name, nameEn: s.nameEn, address: s.address, addressEn: s.addressEn, phone: s.phone };
}

/** The spaces to print, in the order asked for (a site's spaces in their list order). */
async function spacesToPrint(db: Kysely<DB>, input: { siteId?: number; spaceIds?: number[] }): Promise<Space[]> {
  if (input.spaceIds) {
    const spaces: Space[] = [];
    for (const id of input.spaceIds) spaces.push(required(await findSpace(db, id), 'space', id));
    return spaces;
  }
  const siteId = input.siteId!;
  required(await findSite(db, siteId), 'site', siteId);
  return listSpaces(db, { siteId, includeArchived: false });
}

async function sitesById(db: Kysely<DB>, ids: number[]): Promise<Map<number, Site>> {
  const sites = new Map<number, Site>();
  for (const id of new Set(ids)) sites.set(id, required(await findSite(db, id), 'site', id));
  return sites;
}

/** The audiences named on the sheets, in the order of the audience list. */
async function legend(db: Kysely<DB>, used: Set<number>): Promise<LegendAudience[]> {
  return (await listAudiences(db, true))
    .filter((a) => used.has(a.id))
    .map((a) => ({ id: a.id, name: a.name, nameEn: a.nameEn, color: a.color, sortOrder: a.sortOrder }));
}

function publicBooking(b: BookingView, organisationNameEn: Map<number, string>): PublicBooking {
  return {
    id: b.id,
    start: b.start,
    end: b.end,
    title: b.title,
    organisationName: b.organisationName,
    organisationNameEn: b.organisationId === null ? null : organisationNameEn.get(b.organisationId) || null,
    audienceId: b.audienceId,
    status: b.status,
  };
}

/** A hold as the door may show it: the public fields of the booking and the space booked. */
function publicHold(h: FamilyHold, organisationNameEn: Map<number, string>): PublicHold {
  return {
    id: h.bookingId,
    relation: h.relation,
    start: h.start,
    end: h.end,
    title: h.title,
    bookedSpaceName: h.bookedSpaceName,
    bookedSpaceNameEn: h.bookedSpaceNameEn,
    organisationName: h.organisationName,
    organisationNameEn: h.organisationId === null ? null : organisationNameEn.get(h.organisationId) || null,
    audienceId: h.audienceId,
    status: h.status,
  };
}

export async function weekTimetable(
  ctx: ServiceContext,
  db: Kysely<DB>,
  input: ParsedInput<'print.weekTimetable.get'>,
): Promise<Output<'print.weekTimetable.get'>> {
  const spaces = await spacesToPrint(db, input);
  const spaceIds = spaces.map((s) => s.id);
  const to = addDays(input.weekStart, 7);
  const [sites, bookings, holds, calendar, organisations] = await Promise.all([
    sitesById(db, spaces.map((s) => s.siteId)),
    bookingViews(db, { from: input.weekStart, to, spaceIds, includeCancelled: false }),
    familyHolds(db, spaceIds, input.weekStart, to),
    spaceDays(db, spaceIds, input.weekStart, to),
    listOrganisations(db, true),
  ]);
  const organisationNameEn = new Map(organisations.map((o) => [o.id, o.nameEn]));
  const used = new Set<number>();
  const printed = bookings.filter((b) => PRINTED_STATUSES.has(b.status));
  const calendarOf = new Map(calendar.map((d) => [`${d.spaceId}/${d.date}`, d]));

  const timetables = spaces.map((space) => {
    const mine = printed.filter((b) => b.spaceId === space.id);
    const held = holds.filter((h) => h.spaceId === space.id);
    const days: TimetableDay[] = [];
    for (let date = input.weekStart; date < to; date = addDays(date, 1)) {
      const day = calendarOf.get(`${space.id}/${date}`);
      const dayStart = `${date}T00:00`;
      const dayEnd = `${addDays(date, 1)}T00:00`;
      // A booking that runs past midnight is printed on both days it touches.
      const onDay = mine.filter((b) => b.start < dayEnd && b.end > dayStart).map((b) => publicBooking(b, organisationNameEn));
      const heldOnDay = held.filter((h) => h.start < dayEnd && h.end > dayStart).map((h) => publicHold(h, organisationNameEn));
      const windows = (day?.windows ?? []).map((w) => ({ start: w.start, end: w.end, audienceId: w.audienceId, organisationId: w.organisationId }));
      for (const x of [...onDay, ...windows]) if (x.audienceId !== null) used.add(x.audienceId);
      days.push({
        date,
        closed: day?.closed ? { kind: day.closed.kind, reason: day.closed.reason } : null,
        planWeekday: day?.planWeekday ?? isoWeekday(date),
        windows,
        unknownYear: day?.unknownYear ?? false,
        bookings: onDay,
        held: heldOnDay,
      });
    }
    return {
      id: space.id,
      name: space.name,
      nameEn: space.nameEn,
      capacity: space.capacity,
      mode: space.mode,
      openingHours: space.openingHours,
      site: printSite(sites.get(space.siteId)!),
      days,
    };
  });
  return { weekStart: input.weekStart, today: ctx.now().slice(0, 10), spaces: timetables, audiences: await legend(db, used) };
}

export async function deskSheet(
  ctx: ServiceContext,
  db: Kysely<DB>,
  input: ParsedInput<'print.deskSheet.get'>,
): Promise<Output<'print.deskSheet.get'>> {
  const site = required(await findSite(db, input.siteId), 'site', input.siteId);
  const [spaces, bookings, organisations] = await Promise.all([
    listSpaces(db, { siteId: site.id, includeArchived: true }),
    bookingViews(db, { from: input.date, to: addDays(input.date, 1), siteId: site.id, includeCancelled: false }),
    listOrganisations(db, true),
  ]);
  const organisationNameEn = new Map(organisations.map((o) => [o.id, o.nameEn]));
  const nameEn = new Map(spaces.map((s) => [s.id, s.nameEn]));
  const shown = spaces.filter((s) => !s.archived);
  const names = new Map(shown.map((s) => [s.id, s]));
  const held = (await familyHolds(db, shown.map((s) => s.id), input.date, addDays(input.date, 1))).map((h) => ({
    ...h,
    spaceName: names.get(h.spaceId)!.name,
    spaceNameEn: names.get(h.spaceId)!.nameEn,
  }));
  // The desk ticks people in: no-shows are kept (they may still come), cancellations are not.
  const rows = bookings
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.spaceName.localeCompare(b.spaceName, 'zh-CN')))
    .map((b) => ({
      id: b.id,
      start: b.start,
      end: b.end,
      spaceName: b.spaceName,
      spaceNameEn: nameEn.get(b.spaceId) ?? '',
      title: b.title,
      organisationName: b.organisationName,
      organisationNameEn: b.organisationId === null ? null : organisationNameEn.get(b.organisationId) || null,
      contactName: b.contactName,
      contactPhone: b.contactPhone,
      headCount: b.headCount,
      status: b.status,
      audienceId: b.audienceId,
      note: b.note,
    }));
  const used = new Set(rows.flatMap((r) => (r.audienceId === null ? [] : [r.audienceId])));
  return { date: input.date, today: ctx.now().slice(0, 10), site: printSite(site), rows, held, audiences: await legend(db, used) };
}
