/**
 * The preview of a series: every occurrence with what the calendar and the booking
 * rules say about it (free, clashes with which booking, holiday, closure, outside the
 * audience's window), before anything is written.
 */
import type { Kysely } from 'kysely';
import type { Occurrence, RecurrenceRule, SeriesInput } from '../../../shared/contract/plans';
import { AppError } from '../../../shared/errors';
import { addDays, datePart } from '../../../shared/time';
import type { DB } from '../../db/schema';
import type { BookingFields } from '../rules/booking-fields';
import { checkWithFacts, dayOf, readSpaceFacts, type SpaceFacts } from '../rules/facts';
import type { SpaceDay } from '../rules/space-days';
import { expandRule } from './recurrence';

export type SeriesFields = Omit<SeriesInput, 'rule'>;

export function occurrenceFields(s: SeriesFields, date: string, overrideReason: string | null = null): BookingFields {
  return {
    spaceId: s.spaceId,
    start: `${date}T${s.startTime}`,
    end: s.endTime === '24:00' ? `${addDays(date, 1)}T00:00` : `${date}T${s.endTime}`,
    title: s.title,
    contactId: s.contactId,
    organisationId: s.organisationId,
    audienceId: s.audienceId,
    headCount: s.headCount,
    note: s.note,
    overrideReason,
  };
}

const CLASH_CODES = new Set(['booking.overlap', 'booking.capacity_exceeded', 'booking.family_overlap']);

/** The preview's status for a refused occurrence, from the rule it broke. */
export function statusOf(e: AppError): Occurrence['status'] {
  if (CLASH_CODES.has(e.details.code)) return 'clash';
  if (e.details.code === 'plans.closure') return 'closure';
  if (e.kind === 'holiday') return 'holiday';
  if (e.kind === 'outside_window') return 'outside_window';
  return 'invalid';
}

/** Runs every booking rule on a candidate (checkBooking, or checkWithFacts over facts read once). */
export type Check = (f: BookingFields, excludeId?: number) => Promise<unknown>;

/** What the rules say about one occurrence; `excludeId` is the occurrence's own booking when editing. */
export async function evaluate(
  check: Check,
  f: BookingFields,
  date: string,
  day: SpaceDay | undefined,
  opts: { excludeId?: number; bookingId?: number | null; makeUp?: boolean } = {},
): Promise<Occurrence> {
  const o: Occurrence = {
    date,
    start: f.start,
    end: f.end,
    status: opts.makeUp ? 'makeup' : 'free',
    code: opts.makeUp ? 'plans.makeup_day' : null,
    clashes: [],
    holidayName: day?.calendarDay?.kind === 'holiday' ? day.calendarDay.name : null,
    makeUpWorkday: day?.calendarDay?.kind === 'workday',
    followsWeekday: day?.calendarDay?.kind === 'workday' ? day.planWeekday : null,
    unknownYear: day?.unknownYear ?? false,
    bookingId: opts.bookingId ?? null,
    exception: null,
  };
  try {
    await check(f, opts.excludeId);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    o.status = statusOf(e);
    o.code = e.details.code;
    o.clashes = (e.details.conflicts ?? []).map((c) => ({ bookingId: c.bookingId, title: c.title, start: c.start, end: c.end }));
    return o;
  }
  // Open on a holiday (the site runs a weekend plan): bookable, but the user decides.
  if (o.holidayName !== null && !opts.makeUp) {
    o.status = 'holiday';
    o.code = 'plans.on_holiday';
  }
  return o;
}

/**
 * Make-up workdays (调休) in the series' span that run the plan of one of its weekdays:
 * the group would normally meet, so the preview offers them for a decision.
 */
export function makeUpDates(rule: RecurrenceRule, dates: string[], days: SpaceDay[]): string[] {
  if (rule.freq !== 'weekly' || rule.interval !== 1 || dates.length === 0) return [];
  const last = dates[dates.length - 1];
  const taken = new Set(dates);
  return days
    .filter((d) => d.calendarDay?.kind === 'workday' && d.date >= rule.startDate && d.date <= last)
    .filter((d) => !taken.has(d.date) && rule.weekdays.includes(d.planWeekday))
    .map((d) => d.date);
}

/** `now` is the app's clock: occurrences that start before it are marked past. */
export async function previewSeries(db: Kysely<DB>, s: SeriesInput, now: string): Promise<Occurrence[]> {
  const c = await seriesCandidates(db, s);
  if (!c.facts) return [];
  const facts = c.facts;
  const check: Check = (f, excludeId) => checkWithFacts(facts, f, excludeId);
  const out: Occurrence[] = [];
  for (const date of c.dates) {
    const o = await evaluate(check, occurrenceFields(s, date), date, dayOf(facts, date), { makeUp: c.makeUp.has(date) });
    out.push({ ...o, past: o.start < now });
  }
  return out;
}

/**
 * One occurrence moved to a new time, as the preview would show it there: checked
 * against what is already booked, leaving out `bookingId` (the occurrence's own booking
 * when a saved series is edited). Saving checks it again, with the series' other dates.
 */
export async function previewMove(
  db: Kysely<DB>,
  s: SeriesInput,
  date: string,
  to: { start: string; end: string },
  now: string,
  bookingId?: number,
): Promise<Occurrence> {
  const f: BookingFields = { ...occurrenceFields(s, date), start: to.start, end: to.end };
  const facts = await readSpaceFacts(db, s.spaceId, [f]);
  const o = await evaluate((x, excludeId) => checkWithFacts(facts, x, excludeId), f, date, dayOf(facts, datePart(to.start)), {
    excludeId: bookingId,
    bookingId,
  });
  return { ...o, past: o.start < now };
}

/** The dates a series covers and the facts to check them with, read once for all of them. */
export interface SeriesCandidates {
  /** The rule's dates and the make-up workdays offered, in order. */
  dates: string[];
  ruleDates: Set<string>;
  makeUp: Set<string>;
  /** Null when the rule yields no date. */
  facts: SpaceFacts | null;
}

/**
 * The preview's dates with facts read for them. `moves` are the moved times the caller
 * will also check with these facts (saving a series writes them).
 */
export async function seriesCandidates(db: Kysely<DB>, s: SeriesInput, moves: BookingFields[] = []): Promise<SeriesCandidates> {
  const dates = expandRule(s.rule);
  const ruleDates = new Set(dates);
  if (dates.length === 0) return { dates, ruleDates, makeUp: new Set(), facts: null };
  const facts = await readSpaceFacts(db, s.spaceId, [...dates.map((d) => occurrenceFields(s, d)), ...moves]);
  // Make-up workdays between the first and the last date are the only other days that
  // can hold an occurrence; the calendar lists them, so the years between are not walked.
  const last = dates[dates.length - 1];
  const workdays = [...facts.ref.calendarDays.values()].filter((c) => c.kind === 'workday' && c.date >= dates[0] && c.date <= last);
  const makeUp = new Set(makeUpDates(s.rule, dates, workdays.map((c) => dayOf(facts, c.date))));
  return { dates: [...dates, ...makeUp].sort(), ruleDates, makeUp, facts };
}
