/**
 * Closures of a site or one space for a range of days (renovation, an election, epidemic
 * measures). Saving one lists the bookings it hits; the desk cancels them with a note or keeps them.
 */
import type { Closure } from '../../../shared/contract/plans';
import { ACTIVE_STATUSES, type BookingView } from '../../../shared/domain';
import { addDays } from '../../../shared/time';
import { bookingViews } from '../../db/repos/bookings';
import { closuresTouching, deleteClosure, findClosure, saveClosure } from '../../db/repos/calendar';
import { findSite } from '../../db/repos/sites';
import { findSpace, listSpaces } from '../../db/repos/spaces';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { cancelBooking } from '../bookings/service';
import { audit, type ServiceContext } from '../context';
import { required } from '../not-found';

export async function listClosures(db: Kysely<DB>, siteId?: number, from?: string): Promise<Closure[]> {
  if (siteId === undefined) return closuresTouching(db, { from });
  const spaceIds = (await listSpaces(db, { siteId, includeArchived: true })).map((s) => s.id);
  return closuresTouching(db, { siteIds: [siteId], spaceIds, from });
}

export async function saveClosureAndHits(
  ctx: ServiceContext,
  tx: Kysely<DB>,
  c: Omit<Closure, 'id'> & { id?: number },
  cancelHits: boolean,
  note: string,
) {
  if (c.siteId !== null) required(await findSite(tx, c.siteId), 'site', c.siteId);
  if (c.spaceId !== null) required(await findSpace(tx, c.spaceId), 'space', c.spaceId);
  const before = c.id === undefined ? undefined : required(await findClosure(tx, c.id), 'closure', c.id);
  const id = await saveClosure(tx, c);
  const closure = required(await findClosure(tx, id), 'closure', id);
  await audit(ctx, tx, before ? 'update' : 'create', 'closure', id, before, closure);
  const views = await bookingViews(tx, {
    from: c.firstDay,
    to: addDays(c.lastDay, 1),
    ...(c.siteId !== null ? { siteId: c.siteId } : { spaceIds: [c.spaceId!] }),
    includeCancelled: false,
  });
  // With who booked and how to reach them: the desk has to tell each of them.
  const hits: BookingView[] = views.filter((b) => (ACTIVE_STATUSES as readonly string[]).includes(b.status) && b.start >= `${c.firstDay}T00:00`);
  let cancelled = 0;
  if (cancelHits) {
    for (const b of hits) {
      await cancelBooking(ctx, tx, b.id, note || c.reason);
      cancelled++;
    }
  }
  return { closure, hits, cancelled };
}

export async function removeClosure(ctx: ServiceContext, tx: Kysely<DB>, id: number) {
  const before = required(await findClosure(tx, id), 'closure', id);
  await deleteClosure(tx, id);
  await audit(ctx, tx, 'delete', 'closure', id, before);
  return { id };
}
