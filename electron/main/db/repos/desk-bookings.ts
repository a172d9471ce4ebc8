/** The desk's reads of bookings: the approval queue, a contact's history, no-show candidates. */
import type { Kysely } from 'kysely';
import type { Booking, BookingStatus, BookingView } from '../../../shared/domain';
import { addDays } from '../../../shared/time';
import type { DB } from '../schema';
import { selectBookingViews, toBooking, toBookingView } from './bookings';

export type ApprovalRow = BookingView & { siteName: string; createdByName: string | null };

/** Requested bookings that have not ended yet, soonest first (on the partial index of requests). */
export async function approvalQueue(db: Kysely<DB>, opts: { siteId?: number; now: string }): Promise<ApprovalRow[]> {
  let q = selectBookingViews(db)
    .innerJoin('sites as si', 'si.id', 's.site_id')
    .leftJoin('operators as op', 'op.id', 'b.created_by')
    .select(['si.name as site_name', 'op.name as operator_name'])
    .where('b.status', '=', 'requested')
    .where('b.start', '>=', `${addDays(opts.now.slice(0, 10), -1)}T00:00`)
    .where('b.end', '>', opts.now);
  if (opts.siteId !== undefined) q = q.where('s.site_id', '=', opts.siteId);
  const rows = await q.orderBy('b.start').orderBy('b.id').execute();
  return rows.map((r) => Object.assign(toBookingView(r), { siteName: r.site_name, createdByName: r.operator_name }));
}

export interface HistoryRow {
  id: number;
  spaceName: string;
  siteName: string;
  start: string;
  end: string;
  title: string;
  headCount: number;
  status: BookingStatus;
  cancelReason: string | null;
}

/** A contact's bookings, newest first (on the contact index). */
export async function contactBookings(db: Kysely<DB>, contactId: number, limit: number): Promise<HistoryRow[]> {
  const rows = await db
    .selectFrom('bookings as b')
    .innerJoin('spaces as s', 's.id', 'b.space_id')
    .innerJoin('sites as si', 'si.id', 's.site_id')
    .select(['b.id', 's.name as space_name', 'si.name as site_name', 'b.start', 'b.end', 'b.title', 'b.head_count', 'b.status', 'b.cancel_reason'])
    .where('b.contact_id', '=', contactId)
    .orderBy('b.start', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    spaceName: r.space_name,
    siteName: r.site_name,
    start: r.start,
    end: r.end,
    title: r.title,
    headCount: r.head_count,
    status: r.status as BookingStatus,
    cancelReason: r.cancel_reason,
  }));
}

export async function contactStatusCounts(db: Kysely<DB>, contactId: number): Promise<Map<BookingStatus, number>> {
  const rows = await db
    .selectFrom('bookings')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('contact_id', '=', contactId)
    .groupBy('status')
    .execute();
  return new Map(rows.map((r) => [r.status as BookingStatus, Number(r.n)]));
}

/** Confirmed bookings of the spaces that started in [from, to): not checked in yet. */
export async function confirmedStartingBetween(db: Kysely<DB>, spaceIds: number[], from: string, to: string): Promise<Booking[]> {
  if (spaceIds.length === 0) return [];
  const rows = await db
    .selectFrom('bookings')
    .selectAll()
    .where('space_id', 'in', spaceIds)
    .where('start', '>=', from)
    .where('start', '<', to)
    .where('status', '=', 'confirmed')
    .orderBy('start')
    .execute();
  return rows.map(toBooking);
}
