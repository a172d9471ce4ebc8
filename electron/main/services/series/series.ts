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
import type { Booking } from '../../../shared/domain';
import {
  deleteSeriesException,
  findSeries,
  insertSeries,
  listSeriesSummaries,
  insertSeriesExceptions,
  seriesBookings,
  seriesExceptions,
  touchSeries,
  type SeriesException,
  type SeriesRow,
} from '../../db/repos/series';
import type { DB } from '../../db/schema';
import { createBooking, createManyWithFacts } from '../bookings/service';
import type { BookingFields } from '../rules/booking-fields';
import { checkNamed, checkWithFacts, dayOf, readSpaceFacts, type SpaceFacts } from '../rules/facts';
import { audit, type ServiceContext } from '../context';
import { required } from '../not-found';
import { checkVersion } from '../versions';
import { evaluate, occurrenceFields, seriesCandidates, statusOf, type Check, type SeriesCandidates, type SeriesFields } from './occurrences';
import { expandRule } from './recurrence';

export type Decision = z.output<typeof decision>;

function undecided(date: string, status: Occurrence['status']): AppError {
  return new AppError('validation', 'series.undecided', `Decide what to do on ${date} (${status})`, { params: { date, status } });
}

/** The moved times of the decisions, checked with the same facts as the rule's dates. */
function movedFields(s: SeriesFields, decisions: Decision[]): BookingFields[] {
  return decisions
    .filter((d) => d.action === 'move' && d.start && d.end)
    .map((d) => ({ ...occurrenceFields(s, d.date, d.overrideReason), start: d.start!, end: d.end! }));
}

/** A booking to write for an occurrence; `decided` is false when the date was free in the preview and left alone. */
interface ToBook {
  fields: BookingFields;
  movedFrom: string | null;
  decided: boolean;
}

/**
 * Write the occurrences as decided, inside the caller's transaction: a date the user
 * decided on gets its decision, a date left alone is booked when its checks pass (it
 * was free in the preview), and a make-up workday left alone is not booked (it is an
 * offer, not part of the rule). Each date is checked once, here, against facts read in
 * this transaction plus the occurrences before it, the rules createBooking applies. A
 * date left alone that no longer passes (something changed since the preview) or that
 * falls on a holiday asks for a decision, and nothing is written. Dates before now left
 * alone are not written.
 */
async function applyDecisions(
  ctx: ServiceContext,
  tx: Kysely<DB>,
  seriesId: number,
  s: SeriesFields,
  c: SeriesCandidates & { facts: SpaceFacts },
  decisions: Decision[],
): Promise<{ bookings: Booking[]; exceptions: SeriesException[] }> {
  const byDate = new Map(decisions.map((d) => [d.date, d]));
  const toBook: ToBook[] = [];
  const exceptions: SeriesException[] = [];
  const now = ctx.now();
  for (const date of c.dates) {
    const d = byDate.get(date);
    // A series started mid-term: its dates already gone are history, not bookings. Left
    // alone they are not written (nor kept as a skip to restore); a decision on one (book
    // or move to record what happened, or skip) is applied like any other.
    if (!d && occurrenceFields(s, date).start < now) continue;
    if (!d) {
      if (c.makeUp.has(date)) continue;
      const day = dayOf(c.facts, date);
      if (day.calendarDay?.kind === 'holiday') {
        // The preview shows every holiday for a decision, open or closed: say which it is.
        const check: Check = (f) => checkWithFacts(c.facts, f);
        throw undecided(date, (await evaluate(check, occurrenceFields(s, date), date, day)).status);
      }
      toBook.push({ fields: occurrenceFields(s, date), movedFrom: null, decided: false });
    } else if (d.action === 'skip') {
      if (c.ruleDates.has(date)) exceptions.push({ date, kind: 'skipped', bookingId: null, note: '' });
    } else if (d.action === 'move') {
      if (!d.start || !d.end) throw new AppError('validation', 'series.move_needs_time', 'A moved occurrence needs its new time');
      toBook.push({ fields: { ...occurrenceFields(s, date, d.overrideReason), start: d.start, end: d.end }, movedFrom: date, decided: true });
    } else {
      const reason = d.action === 'keep' ? (d.overrideReason ?? null) : null;
      toBook.push({ fields: occurrenceFields(s, date, reason), movedFrom: null, decided: true });
    }
  }
  // Checked in date order, written together; a moved one records where it went.
  const bookings = await createManyWithFacts(
    ctx,
    tx,
    c.facts,
    toBook.map((b) => b.fields),
    {
      seriesId,
      explainRefusal: (i, e) => (toBook[i].decided ? e : undecided(datePart(toBook[i].fields.start), statusOf(e))),
    },
  );
  for (const [i, b] of toBook.entries()) {
    if (b.movedFrom) exceptions.push({ date: b.movedFrom, kind: 'moved', bookingId: bookings[i].id, note: '' });
  }
  // The series is new: it has no exceptions to replace.
  await insertSeriesExceptions(tx, seriesId, exceptions);
  return { bookings, exceptions };
}

export async function createSeries(ctx: ServiceContext, tx: Kysely<DB>, s: SeriesInput, decisions: Decision[]) {
  // The dates are checked again inside the transaction: what the user saw may have changed.
  const c = await seriesCandidates(tx, s, movedFields(s, decisions));
  // The space, person, group and audience the series names exist before its row is written.
  const first = occurrenceFields(s, s.rule.startDate);
  checkNamed(c.facts ?? (await readSpaceFacts(tx, s.spaceId, [first])), first);
  const seriesId = await insertSeries(tx, s, ctx.now());
  const written = c.facts ? await applyDecisions(ctx, tx, seriesId, s, { ...c, facts: c.facts }, decisions) : { bookings: [], exceptions: [] };
  await audit(ctx, tx, 'create', 'series', seriesId, undefined, { ...s, decisions });
  // Everything the view shows was just written: it is not read back.
  return seriesViewOf({ ...s, id: seriesId, version: 1 }, written.exceptions, written.bookings);
}

/** The series with every occurrence: booked, skipped, moved, and extra (make-up) bookings. */
export async function seriesView(db: Kysely<DB>, id: number) {
  const s = required(await findSeries(db, id), 'series', id);
  return seriesViewOf(s, await seriesExceptions(db, id), await seriesBookings(db, id));
}

function seriesViewOf(s: SeriesRow, exceptionList: SeriesException[], bookings: Booking[]) {
  const exceptions = new Map(exceptionList.map((e) => [e.date, e]));
  const movedIds = new Set(exceptionList.map((e) => e.bookingId));
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
      followsWeekday: null,
      unknownYear: false,
      bookingId: b?.id ?? null,
      exception: e?.kind ?? null,
      exceptionNote: e?.note || undefined,
    };
  });
  return { ...s, occurrences };
}

/** Bring a skipped date back: a new booking on the rule's date, checked like any other. */
export async function restoreOccurrence(ctx: ServiceContext, tx: Kysely<DB>, seriesId: number, version: number, date: string) {
  const s: SeriesRow = required(await findSeries(tx, seriesId), 'series', seriesId);
  await checkVersion(tx, 'series', seriesId, s.version, version);
  const e = (await seriesExceptions(tx, seriesId)).find((x) => x.date === date);
  if (e?.kind !== 'skipped') {
    throw new AppError('validation', 'series.not_skipped', `${date} is not a skipped occurrence`, { params: { date } });
  }
  await deleteSeriesException(tx, seriesId, date);
  await touchSeries(tx, seriesId);
  await createBooking(ctx, tx, occurrenceFields(s, date), { seriesId });
  await audit(ctx, tx, 'restore_occurrence', 'series', seriesId, e, { date });
  return seriesView(tx, seriesId);
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
