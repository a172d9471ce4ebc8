/**
 * Recurring series: every occurrence is a real booking that belongs to the series.
 * The user decides per occurrence (book, skip, move, keep as requested with a reason)
 * after the preview; the whole series is written in one transaction, and each booking
 * passes the same rules as a single one, so a saved series never holds a conflict.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Occurrence, SeriesInput, decision } from '../../../shared/contract/plans';
import { AppError } from '../../../shared/errors';
import { datePart } from '../../../shared/time';
import { writeTransaction } from '../../db/connection';
import {
  deleteSeriesException,
  findSeries,
  insertSeries,
  listSeriesSummaries,
  putSeriesException,
  seriesBookings,
  seriesExceptions,
  type SeriesRow,
} from '../../db/repos/series';
import type { DB } from '../../db/schema';
import type { SpaceFacts } from '../bookings/facts';
import { createBooking, createManyWithFacts, type BookingFields } from '../bookings/service';
import { audit, type ServiceContext } from '../context';
import { required } from '../not-found';
import { occurrenceFields, previewWithFacts, type SeriesFields } from './occurrences';
import { expandRule } from './recurrence';

export type Decision = z.output<typeof decision>;

/** The action for one previewed occurrence: the user's, or book when it is free. */
function actionFor(o: Occurrence, ruleDates: Set<string>, decisions: Map<string, Decision>): Decision['action'] {
  const d = decisions.get(o.date);
  if (d) return d.action;
  if (o.status === 'free') return 'book';
  // A make-up workday is an offer, not part of the rule: left alone it is not booked.
  if (!ruleDates.has(o.date)) return 'skip';
  throw new AppError('validation', 'series.undecided', `Decide what to do on ${o.date} (${o.status})`, {
    params: { date: o.date, status: o.status },
  });
}

/** The moved times of the decisions, checked with the same facts as the rule's dates. */
function movedFields(s: SeriesFields, decisions: Decision[]): BookingFields[] {
  return decisions
    .filter((d) => d.action === 'move' && d.start && d.end)
    .map((d) => ({ ...occurrenceFields(s, d.date, d.overrideReason), start: d.start!, end: d.end! }));
}

/**
 * Write the occurrences as decided, inside the caller's transaction. Each booking is
 * checked against `facts` (read in this transaction) plus the occurrences written before
 * it, the same rule createBooking applies, without reading the database again.
 */
export async function applyDecisions(
  ctx: ServiceContext,
  tx: Kysely<DB>,
  seriesId: number,
  s: SeriesFields,
  occurrences: Occurrence[],
  ruleDates: Set<string>,
  decisions: Decision[],
  facts: SpaceFacts,
): Promise<void> {
  const byDate = new Map(decisions.map((d) => [d.date, d]));
  const toBook: { fields: BookingFields; movedFrom: string | null }[] = [];
  for (const o of occurrences) {
    const action = actionFor(o, ruleDates, byDate);
    const d = byDate.get(o.date);
    if (action === 'skip') {
      if (ruleDates.has(o.date)) await putSeriesException(tx, seriesId, { date: o.date, kind: 'skipped', bookingId: null, note: '' });
    } else if (action === 'move') {
      if (!d?.start || !d.end) throw new AppError('validation', 'series.move_needs_time', 'A moved occurrence needs its new time');
      toBook.push({ fields: { ...occurrenceFields(s, o.date, d.overrideReason), start: d.start, end: d.end }, movedFrom: o.date });
    } else {
      const reason = action === 'keep' ? (d?.overrideReason ?? null) : null;
      toBook.push({ fields: occurrenceFields(s, o.date, reason), movedFrom: null });
    }
  }
  // Checked in occurrence order, written together; a moved one records where it went.
  const created = await createManyWithFacts(
    ctx,
    tx,
    facts,
    toBook.map((b) => b.fields),
    { seriesId },
  );
  for (const [i, b] of toBook.entries()) {
    if (b.movedFrom) await putSeriesException(tx, seriesId, { date: b.movedFrom, kind: 'moved', bookingId: created[i].id, note: '' });
  }
}

export async function createSeries(ctx: ServiceContext, s: SeriesInput, decisions: Decision[]) {
  const id = await writeTransaction(ctx.db, async (tx) => {
    // Re-run the preview inside the transaction: what the user saw may have changed.
    const { occurrences, facts } = await previewWithFacts(tx, s, movedFields(s, decisions));
    const seriesId = await insertSeries(tx, s, ctx.now());
    if (facts) await applyDecisions(ctx, tx, seriesId, s, occurrences, new Set(expandRule(s.rule)), decisions, facts);
    await audit(ctx, tx, 'create', 'series', seriesId, undefined, { ...s, decisions });
    return seriesId;
  });
  return seriesView(ctx.db, id);
}

/** The series with every occurrence: booked, skipped, moved, and extra (make-up) bookings. */
export async function seriesView(db: Kysely<DB>, id: number) {
  const s = required(await findSeries(db, id), 'series', id);
  const exceptions = new Map((await seriesExceptions(db, id)).map((e) => [e.date, e]));
  const bookings = await seriesBookings(db, id);
  const movedIds = new Set([...exceptions.values()].map((e) => e.bookingId));
  const active = bookings.filter((b) => b.status !== 'cancelled');
  const byDate = new Map(active.filter((b) => !movedIds.has(b.id)).map((b) => [datePart(b.start), b]));
  const dates = new Set([...expandRule(s.rule), ...byDate.keys(), ...exceptions.keys()]);
  const occurrences: Occurrence[] = [...dates].sort().map((date) => {
    const e = exceptions.get(date);
    const b = e?.kind === 'moved' ? active.find((x) => x.id === e.bookingId) : byDate.get(date);
    const f = occurrenceFields(s, date);
    return {
      date,
      start: b?.start ?? f.start,
      end: b?.end ?? f.end,
      status: 'free',
      code: null,
      clashes: [],
      holidayName: null,
      makeUpWorkday: false,
      unknownYear: false,
      bookingId: b?.id ?? null,
      exception: e?.kind ?? null,
    };
  });
  return { ...s, occurrences };
}

/** Bring a skipped date back: a new booking on the rule's date, checked like any other. */
export async function restoreOccurrence(ctx: ServiceContext, seriesId: number, date: string) {
  await writeTransaction(ctx.db, async (tx) => {
    const s: SeriesRow = required(await findSeries(tx, seriesId), 'series', seriesId);
    const e = (await seriesExceptions(tx, seriesId)).find((x) => x.date === date);
    if (e?.kind !== 'skipped') {
      throw new AppError('validation', 'series.not_skipped', `${date} is not a skipped occurrence`, { params: { date } });
    }
    await deleteSeriesException(tx, seriesId, date);
    await createBooking(ctx, tx, occurrenceFields(s, date), { seriesId });
    await audit(ctx, tx, 'restore_occurrence', 'series', seriesId, e, { date });
  });
  return seriesView(ctx.db, seriesId);
}

/** The series list for finding one to edit: dates as days, counts as the repo gives them. */
export async function listSeries(db: Kysely<DB>, filter: { spaceId?: number; siteId?: number }) {
  const rows = await listSeriesSummaries(db, filter);
  return rows.map(({ firstStart, lastStart, ...r }) => ({
    ...r,
    firstDate: firstStart ? datePart(firstStart) : null,
    lastDate: lastStart ? datePart(lastStart) : null,
  }));
}
