/**
 * Booking writes. Each runs inside the caller's write transaction (the dispatch opens
 * it), so series, closures and the demo can compose them. Every rule comes from the one
 * engine in ../rules.
 */
import type { Kysely } from 'kysely';
import { ACTIVE_STATUSES, booking as bookingSchema, type Booking, type BookingStatus } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { datePart } from '../../../shared/time';
import { findBooking, insertBooking, insertBookings, newBookingColumns, toBooking, updateBooking, type BookingRow } from '../../db/repos/bookings';
import { recordAudits } from '../../db/repos/audit';
import { latestAudit } from '../../db/repos/audit-log';
import { putSeriesException, seriesExceptions, touchSeries } from '../../db/repos/series';
import type { DB } from '../../db/schema';
import { audit, type ServiceContext } from '../context';
import { emit } from '../events';
import { required } from '../not-found';
import { checkVersion } from '../versions';
import type { BookingFields } from '../rules/booking-fields';
import { addToFacts, checkBooking, checkWithFacts, readSpaceFacts, type SpaceFacts } from '../rules/facts';

/**
 * The row of a new booking, as one literal: `{ ...f, status }` would go through V8's
 * slow path for a spread followed by more properties, for every occurrence of a series.
 */
function bookingRow(f: BookingFields, status: BookingStatus, seriesId: number | null, createdBy: number | null): BookingRow {
  return {
    spaceId: f.spaceId,
    start: f.start,
    end: f.end,
    title: f.title,
    contactId: f.contactId,
    organisationId: f.organisationId,
    audienceId: f.audienceId,
    headCount: f.headCount,
    note: f.note,
    overrideReason: f.overrideReason,
    status,
    seriesId,
    createdBy,
  };
}

export async function createBooking(
  ctx: ServiceContext,
  tx: Kysely<DB>,
  f: BookingFields,
  opts: { seriesId?: number | null; status?: BookingStatus } = {},
): Promise<Booking> {
  return createWithFacts(ctx, tx, await readSpaceFacts(tx, f.spaceId, [f]), f, opts);
}

/**
 * createBooking over facts already read in this transaction (a series reads them once).
 * The new booking joins the facts, so the next one written with them is checked against it.
 */
export async function createWithFacts(
  ctx: ServiceContext,
  tx: Kysely<DB>,
  facts: SpaceFacts,
  f: BookingFields,
  opts: { seriesId?: number | null; status?: BookingStatus } = {},
): Promise<Booking> {
  const space = await checkWithFacts(facts, f);
  const row = bookingRow(f, opts.status ?? (space.needsApproval ? 'requested' : 'confirmed'), opts.seriesId ?? null, ctx.operatorId);
  const created = await insertBooking(tx, row, ctx.now());
  addToFacts(facts, created);
  await audit(ctx, tx, 'create', 'booking', created.id, undefined, created);
  return created;
}

/**
 * createWithFacts for many bookings of one space, e.g. a series' occurrences. Each is
 * checked in turn against the facts and the ones before it (they join the facts as
 * they pass), exactly as one by one; then all are written and audited together, so a
 * two-year series is a few statements instead of two per occurrence. The first failed
 * check throws (as `explainRefusal` words it, if given) and nothing is written.
 */
export async function createManyWithFacts(
  ctx: ServiceContext,
  tx: Kysely<DB>,
  facts: SpaceFacts,
  fields: readonly BookingFields[],
  opts: { seriesId?: number | null; explainRefusal?: (index: number, e: AppError) => AppError } = {},
): Promise<Booking[]> {
  const now = ctx.now();
  const rows: BookingRow[] = [];
  for (const [i, f] of fields.entries()) {
    const space = await checkWithFacts(facts, f).catch((e: unknown) => {
      throw e instanceof AppError && opts.explainRefusal ? opts.explainRefusal(i, e) : e;
    });
    const row = bookingRow(f, space.needsApproval ? 'requested' : 'confirmed', opts.seriesId ?? null, ctx.operatorId);
    rows.push(row);
    // Until it is written the booking stands in the facts under a provisional id.
    addToFacts(facts, toBooking(newBookingColumns(row, -(i + 1), now)));
  }
  const created = await insertBookings(tx, rows, now);
  const real = new Map(created.map((b, i) => [-(i + 1), b]));
  facts.bookings = facts.bookings.map((b) => real.get(b.id) ?? b);
  await recordAudits(
    tx,
    created.map((b) => ({ at: now, operatorId: ctx.operatorId, action: 'create', entity: 'booking', entityId: b.id, after: b })),
  );
  return created;
}

/** The fields of a stored booking, as the rules and a new write see them. */
function fieldsOf(b: Booking): BookingFields {
  return {
    spaceId: b.spaceId,
    start: b.start,
    end: b.end,
    title: b.title,
    contactId: b.contactId,
    organisationId: b.organisationId,
    audienceId: b.audienceId,
    headCount: b.headCount,
    note: b.note,
    overrideReason: b.overrideReason,
  };
}

/** The booking as it is, if it may still be changed; a version given is checked first. */
async function editable(tx: Kysely<DB>, id: number, version?: number): Promise<Booking> {
  const before = required(await findBooking(tx, id), 'booking', id);
  if (version !== undefined) await checkVersion(tx, 'booking', id, before.version, version);
  if (before.status === 'cancelled' || before.status === 'no_show') {
    throw new AppError('validation', 'booking.not_editable', 'A cancelled or no-show booking cannot be changed', {
      params: { status: before.status },
    });
  }
  return before;
}

/**
 * Replace a booking's fields (the form). `version` is the one the form was filled from;
 * internal callers (a series edit) leave it out.
 */
export async function changeBooking(ctx: ServiceContext, tx: Kysely<DB>, id: number, f: BookingFields, version?: number): Promise<Booking> {
  const before = await editable(tx, id, version);
  const space = await checkBooking(tx, f, id);
  // Moving a booking into a space that needs approval sends it back to the queue.
  const status = space.needsApproval && f.spaceId !== before.spaceId ? 'requested' : before.status;
  const after = await updateBooking(tx, id, { ...f, status }, ctx.now());
  await audit(ctx, tx, 'update', 'booking', id, before, after);
  return after;
}

/**
 * Move or resize a booking (a drag): only its space and time change, checked as a new
 * booking would be. The override reason of the old time does not come along: a new time
 * outside the audience's window needs a reason of its own. A series occurrence moved to
 * another day keeps its place in the series, remembered by a "moved" exception.
 */
export async function moveBooking(
  ctx: ServiceContext,
  tx: Kysely<DB>,
  m: { id: number; version: number; spaceId?: number; start: string; end: string; overrideReason: string | null },
): Promise<Booking> {
  const before = await editable(tx, m.id, m.version);
  const f: BookingFields = { ...fieldsOf(before), spaceId: m.spaceId ?? before.spaceId, start: m.start, end: m.end, overrideReason: m.overrideReason };
  const space = await checkBooking(tx, f, m.id);
  const status = space.needsApproval && f.spaceId !== before.spaceId ? 'requested' : before.status;
  const after = await updateBooking(tx, m.id, { spaceId: f.spaceId, start: f.start, end: f.end, overrideReason: f.overrideReason, status }, ctx.now());
  if (before.seriesId !== null && datePart(before.start) !== datePart(after.start)) await keepInSeries(tx, before);
  await audit(ctx, tx, 'move', 'booking', m.id, before, after);
  return after;
}

/** Record the occurrence date of a series booking about to leave its day, unless it already is. */
async function keepInSeries(tx: Kysely<DB>, before: Booking): Promise<void> {
  const seriesId = before.seriesId!;
  const exceptions = await seriesExceptions(tx, seriesId);
  if (exceptions.some((e) => e.kind === 'moved' && e.bookingId === before.id)) return;
  await putSeriesException(tx, seriesId, { date: datePart(before.start), kind: 'moved', bookingId: before.id, note: '' });
  await touchSeries(tx, seriesId);
}

export async function cancelBooking(ctx: ServiceContext, tx: Kysely<DB>, id: number, reason: string, version?: number): Promise<Booking> {
  const before = required(await findBooking(tx, id), 'booking', id);
  if (before.status === 'cancelled') return before;
  if (version !== undefined) await checkVersion(tx, 'booking', id, before.version, version);
  const after = await updateBooking(tx, id, { status: 'cancelled', cancelReason: reason || null }, ctx.now());
  await audit(ctx, tx, 'cancel', 'booking', id, before, after);
  // Whoever waits for the slot hears of it once the cancellation is committed.
  emit(tx, { type: 'booking.freed', booking: after });
  return after;
}

/**
 * Undo a cancellation (the 撤销 the desk is offered for a few seconds after cancelling):
 * the same row, every field as it was, and the status it had before the cancel, read
 * from that cancel's audit entry. The rule engine checks it as the booking it was, so
 * if the slot was taken meanwhile the undo is refused, naming what it would clash with.
 * `version` is the cancelled booking's: an undo after someone else touched it is refused.
 */
export async function restoreBooking(ctx: ServiceContext, tx: Kysely<DB>, id: number, version: number): Promise<Booking> {
  const before = required(await findBooking(tx, id), 'booking', id);
  await checkVersion(tx, 'booking', id, before.version, version);
  if (before.status !== 'cancelled') {
    throw new AppError('validation', 'booking.not_cancelled', 'Only a cancelled booking can be restored', { params: { status: before.status } });
  }
  const cancelled = await latestAudit(tx, 'booking', id, 'cancel');
  const was = bookingSchema.safeParse(cancelled?.before);
  if (!was.success || was.data.status === 'cancelled') {
    // Declined requests and bookings cancelled before the audit log are not undone here.
    throw new AppError('validation', 'booking.not_restorable', 'This cancellation cannot be undone', {});
  }
  const status = was.data.status;
  if ((ACTIVE_STATUSES as readonly string[]).includes(status)) await checkBooking(tx, fieldsOf(before), id);
  const after = await updateBooking(tx, id, { status, cancelReason: null }, ctx.now());
  await audit(ctx, tx, 'restore', 'booking', id, before, after);
  return after;
}
