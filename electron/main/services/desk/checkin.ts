/** Check-in at the counter, and no-shows for bookings nobody checked in within the grace period. */
import type { Kysely } from 'kysely';
import type { Output } from '../../../shared/contract';
import type { Booking } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { addMinutes, datePart } from '../../../shared/time';
import { findBooking, updateBooking } from '../../db/repos/bookings';
import { findContact } from '../../db/repos/contacts';
import { confirmedStartingBetween, contactBookings, contactStatusCounts } from '../../db/repos/desk-bookings';
import { listSpaces } from '../../db/repos/spaces';
import type { DB } from '../../db/schema';
import { audit, type ServiceContext } from '../context';
import { required } from '../not-found';
import { checkClashWithFacts, readSpaceFacts } from '../rules/facts';
import { readDeskSettings } from './settings';

/**
 * How far back no-shows are marked. Older confirmed bookings are left alone: the desk
 * was not running then, and marking them would blame residents for our absence.
 */
export const NO_SHOW_LOOKBACK_MINUTES = 7 * 24 * 60;

export async function checkIn(ctx: ServiceContext, tx: Kysely<DB>, id: number): Promise<Booking> {
  const before = required(await findBooking(tx, id), 'booking', id);
  if (before.status === 'checked_in') return before;
  if (before.status === 'requested') {
    throw new AppError('validation', 'checkin.not_approved', 'This booking has not been approved yet');
  }
  if (before.status === 'cancelled') {
    throw new AppError('validation', 'checkin.cancelled', 'This booking was cancelled');
  }
  const today = datePart(ctx.now());
  if (datePart(before.start) !== today) {
    throw new AppError('validation', 'checkin.not_today', `This booking is on ${datePart(before.start)}, not today`, {
      params: { date: datePart(before.start) },
    });
  }
  // A group marked as a no-show that turns up late can still be checked in, unless the
  // slot it freed has been booked since: holding it again passes the clash rule first.
  if (before.status === 'no_show') {
    const facts = await readSpaceFacts(tx, before.spaceId, [before]);
    checkClashWithFacts(facts, required(facts.space, 'space', before.spaceId), before, before.id);
  }
  const after = await updateBooking(tx, id, { status: 'checked_in' }, ctx.now());
  await audit(ctx, tx, 'check_in', 'booking', id, before, after);
  return after;
}

export async function undoCheckIn(ctx: ServiceContext, tx: Kysely<DB>, id: number): Promise<Booking> {
  const before = required(await findBooking(tx, id), 'booking', id);
  if (before.status !== 'checked_in') {
    throw new AppError('validation', 'checkin.not_checked_in', 'This booking is not checked in', { params: { status: before.status } });
  }
  const after = await updateBooking(tx, id, { status: 'confirmed' }, ctx.now());
  await audit(ctx, tx, 'undo_check_in', 'booking', id, before, after);
  return after;
}

/** Confirmed bookings whose start is more than the grace period ago become no-shows. */
export async function markNoShows(ctx: ServiceContext, tx: Kysely<DB>, siteId?: number): Promise<{ marked: number[] }> {
  const { noShowGraceMinutes } = await readDeskSettings(tx);
  const now = ctx.now();
  const spaces = await listSpaces(tx, { siteId, includeArchived: true });
  const late = await confirmedStartingBetween(
    tx,
    spaces.map((s) => s.id),
    addMinutes(now, -NO_SHOW_LOOKBACK_MINUTES),
    addMinutes(now, -noShowGraceMinutes + 1),
  );
  for (const before of late) {
    const after = await updateBooking(tx, before.id, { status: 'no_show' }, now);
    await audit(ctx, tx, 'no_show', 'booking', before.id, before, after);
  }
  return { marked: late.map((b) => b.id) };
}

export async function contactHistory(db: Kysely<DB>, contactId: number, limit: number): Promise<Output<'contacts.history'>> {
  const contact = required(await findContact(db, contactId), 'contact', contactId);
  const bookings = await contactBookings(db, contactId, limit);
  const counts = await contactStatusCounts(db, contactId);
  const n = (s: Booking['status']) => counts.get(s) ?? 0;
  return {
    contact,
    bookings,
    counts: {
      total: [...counts.values()].reduce((a, b) => a + b, 0),
      checkedIn: n('checked_in'),
      noShow: n('no_show'),
      cancelled: n('cancelled'),
    },
  };
}
