/**
 * Edit or cancel a series: this occurrence, this and the following ones, or all that
 * are still to come. Past occurrences are history and stay as they were. A change to
 * "this and following" splits the series in two, so the earlier part keeps its fields.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Occurrence } from '../../../shared/contract/plans';
import type { plansContract } from '../../../shared/contract/plans';
import type { Booking } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { addDays, datePart } from '../../../shared/time';
import {
  findSeries,
  insertSeries,
  moveSeriesTail,
  putSeriesException,
  seriesBookings,
  seriesExceptions,
  touchSeries,
  updateSeries,
  type SeriesRow,
} from '../../db/repos/series';
import type { DB } from '../../db/schema';
import { cancelBooking, changeBooking } from '../bookings/service';
import { audit, type ServiceContext } from '../context';
import { required } from '../not-found';
import { checkVersion } from '../versions';
import { checkBooking } from '../rules/facts';
import { spaceDays } from '../rules/space-days';
import { evaluate, occurrenceFields, type Check } from './occurrences';
import { ruleFrom, ruleUntil } from './recurrence';
import { seriesView, type Decision } from './series';

export type SeriesEdit = z.output<(typeof plansContract)['series.applyEdit']['input']>;
/** What an edit covers and changes, as the preview and the edit both see it. */
type SeriesEditScope = Omit<SeriesEdit, 'decisions' | 'version'>;

/** The occurrence date of a booking: its rule date when it was moved, else its own day. */
async function occurrenceDates(tx: Kysely<DB>, seriesId: number): Promise<Map<number, string>> {
  const moved = (await seriesExceptions(tx, seriesId)).filter((e) => e.kind === 'moved');
  const out = new Map<number, string>();
  for (const b of await seriesBookings(tx, seriesId)) out.set(b.id, moved.find((e) => e.bookingId === b.id)?.date ?? datePart(b.start));
  return out;
}

/** Active bookings the edit touches, each with its occurrence date. */
async function inScope(ctx: ServiceContext, tx: Kysely<DB>, e: SeriesEditScope): Promise<[Booking, string][]> {
  const today = datePart(ctx.now());
  const dates = await occurrenceDates(tx, e.seriesId);
  const bookings = (await seriesBookings(tx, e.seriesId)).filter((b) => b.status !== 'cancelled' && b.status !== 'no_show');
  const from = e.scope === 'all' ? today : e.date;
  const picked: [Booking, string][] = bookings.map((b) => [b, dates.get(b.id)!]);
  return picked.filter(([b, d]) => (e.scope === 'this' ? d === e.date : d >= from && datePart(b.start) >= today));
}

/** The series with the edit's fields; a new start after the kept end (or the other way round) is refused. */
function changed(s: SeriesRow, e: SeriesEditScope): SeriesRow {
  const next: SeriesRow = { ...s, ...Object.fromEntries(Object.entries(e.changes).filter(([, v]) => v !== undefined)) };
  if (next.startTime >= next.endTime) {
    const path = e.changes.endTime === undefined ? 'changes.startTime' : 'changes.endTime';
    throw new AppError('validation', 'validation.invalid_input', `Invalid input at ${path}: start_before_end`, {
      fields: [{ path, code: 'start_before_end' }],
      params: { field: path, code: 'start_before_end' },
    });
  }
  return next;
}

/** The edited occurrence as a booking: the new fields on its own day (a moved one keeps its day). */
function editedFields(s: SeriesRow, b: Booking, overrideReason: string | null, times: boolean) {
  const f = occurrenceFields(s, datePart(b.start), overrideReason ?? b.overrideReason);
  // An edit that leaves the times alone leaves a moved (or dragged) occurrence where it is.
  const when = times ? { start: f.start, end: f.end } : { start: b.start, end: b.end };
  return { ...f, ...when, contactId: b.contactId, organisationId: b.organisationId, audienceId: b.audienceId };
}

const changesTimes = (e: SeriesEditScope) => e.changes.startTime !== undefined || e.changes.endTime !== undefined;

export async function previewEdit(ctx: ServiceContext, db: Kysely<DB>, e: SeriesEditScope): Promise<Occurrence[]> {
  const s = required(await findSeries(db, e.seriesId), 'series', e.seriesId);
  const target = changed(s, e);
  const scope = await inScope(ctx, db, e);
  if (scope.length === 0) return [];
  const from = datePart(scope[0][0].start);
  const to = datePart(scope[scope.length - 1][0].start);
  const days = new Map((await spaceDays(db, [s.spaceId], from, addDays(to, 1))).map((d) => [d.date, d]));
  const check: Check = (f, excludeId) => checkBooking(db, f, excludeId);
  const out: Occurrence[] = [];
  for (const [b, date] of scope) {
    const f = e.action === 'cancel' ? { ...b, overrideReason: b.overrideReason } : editedFields(target, b, null, changesTimes(e));
    const o =
      e.action === 'cancel'
        ? { ...(await evaluate(check, f, date, days.get(datePart(b.start)), { excludeId: b.id, bookingId: b.id })), status: 'free' as const, code: null, clashes: [] }
        : await evaluate(check, f, date, days.get(datePart(b.start)), { excludeId: b.id, bookingId: b.id });
    out.push(o);
  }
  return out;
}

async function cancelInScope(ctx: ServiceContext, tx: Kysely<DB>, e: SeriesEdit, scope: [Booking, string][]): Promise<void> {
  for (const [b, date] of scope) {
    await cancelBooking(ctx, tx, b.id, e.reason);
    if (e.scope === 'this') await putSeriesException(tx, e.seriesId, { date, kind: 'skipped', bookingId: null, note: e.reason });
  }
}

/** Split at `date`: the earlier part keeps the old series, the rest moves to a new one. */
async function split(ctx: ServiceContext, tx: Kysely<DB>, s: SeriesRow, date: string, next: SeriesRow): Promise<number> {
  const newId = await insertSeries(tx, { ...next, rule: ruleFrom(s.rule, date) }, ctx.now());
  await updateSeries(tx, { ...s, rule: ruleUntil(s.rule, date) });
  await moveSeriesTail(tx, s.id, newId, date);
  await audit(ctx, tx, 'split', 'series', s.id, s, { rule: ruleUntil(s.rule, date), continuedAs: newId });
  return newId;
}

export async function applyEdit(ctx: ServiceContext, tx: Kysely<DB>, e: SeriesEdit) {
  const s = required(await findSeries(tx, e.seriesId), 'series', e.seriesId);
  await checkVersion(tx, 'series', s.id, s.version, e.version);
  const scope = await inScope(ctx, tx, e);
  if (e.scope === 'this' && scope.length === 0) {
    throw new AppError('not_found', 'series.no_occurrence', `No occurrence on ${e.date}`, { params: { date: e.date } });
  }
  const decisions = new Map<string, Decision>(e.decisions.map((d) => [d.date, d]));
  let id = s.id;
  if (e.action === 'cancel') {
    await cancelInScope(ctx, tx, e, scope);
    // Cancelling the rest ends the rule the day before, so no new dates appear later.
    if (e.scope !== 'this') await updateSeries(tx, { ...s, rule: ruleUntil(s.rule, e.scope === 'all' ? datePart(ctx.now()) : e.date) });
  } else {
    const next = changed(s, e);
    if (e.scope === 'following' && e.date > s.rule.startDate) id = await split(ctx, tx, s, e.date, next);
    else if (e.scope !== 'this') await updateSeries(tx, next);
    for (const [b, date] of scope) {
      const d = decisions.get(date);
      if (d?.action === 'skip') {
        await cancelBooking(ctx, tx, b.id, e.reason);
        await putSeriesException(tx, id, { date, kind: 'skipped', bookingId: null, note: e.reason });
      } else if (d?.action === 'move') {
        if (!d.start || !d.end) throw new AppError('validation', 'series.move_needs_time', 'A moved occurrence needs its new time');
        // The booking keeps its place in the series: the exception remembers its rule date.
        await changeBooking(ctx, tx, b.id, { ...editedFields(next, b, d.overrideReason, true), start: d.start, end: d.end });
        await putSeriesException(tx, id, { date, kind: 'moved', bookingId: b.id, note: e.reason });
      } else {
        await changeBooking(ctx, tx, b.id, editedFields(next, b, d?.action === 'keep' ? d.overrideReason : null, changesTimes(e)));
      }
    }
  }
  // Its exceptions or bookings changed even when its own fields did not: a new version all the same.
  if (e.scope === 'this') await touchSeries(tx, id);
  await audit(ctx, tx, `edit_${e.scope}`, 'series', id, s, { action: e.action, date: e.date, changes: e.changes });
  return seriesView(tx, id);
}
