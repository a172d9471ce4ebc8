/**
 * Everything the booking rules read, read once for a batch of candidates in one space:
 * the space, the people and groups named, the calendar of the candidates' days and the
 * active bookings of the space and its family around them. The rules then run in memory,
 * so a single booking and a two-year series pass exactly the same checks, and a series
 * costs a handful of statements instead of a dozen per occurrence.
 */
import type { Kysely } from 'kysely';
import type { Booking, Space } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { addDays, addMinutes, datePart } from '../../../shared/time';
import { MAX_BOOKING_SPAN_MINUTES, activeOverlapping, existingReferences } from '../../db/repos/bookings';
import { findSpace, listSpaces, relatedSpaceIds } from '../../db/repos/spaces';
import type { DB } from '../../db/schema';
import { required } from '../not-found';
import { checkCalendarDay, quotaWeek } from '../plans/calendar-rules';
import { spaceDays, type SpaceDay } from '../plans/constraints';
import { checkAgainstSpace, clashError, findClash } from './rules';
import type { BookingFields } from './service';

export interface SpaceFacts {
  spaceId: number;
  space: Space | undefined;
  /** Each candidate's day, and every day between the first and the last. */
  days: Map<string, SpaceDay>;
  contacts: Set<number>;
  organisations: Set<number>;
  audiences: Set<number>;
  /** Active bookings of the space and its family over the candidates' span, by start. */
  bookings: Booking[];
  /** Space names for a clash message, read on the first clash only. */
  names?: Map<number, string>;
}

const ids = (xs: (number | null)[]) => [...new Set(xs.filter((x): x is number => x !== null))];

/**
 * Read the facts that checking `candidates` (all in space `spaceId`) needs. A candidate
 * checked later must lie within their span (a series' make-up days do).
 */
export async function readSpaceFacts(tx: Kysely<DB>, spaceId: number, candidates: BookingFields[]): Promise<SpaceFacts> {
  const space = await findSpace(tx, spaceId);
  const dates = candidates.map((c) => datePart(c.start)).sort();
  const siteOf = space ? new Map([[space.id, space.siteId]]) : undefined;
  const dayList = dates.length ? await spaceDays(tx, [spaceId], dates[0], addDays(dates[dates.length - 1], 1), siteOf) : [];
  const facts: SpaceFacts = {
    spaceId,
    space,
    days: new Map(dayList.map((d) => [d.date, d])),
    contacts: new Set(),
    organisations: new Set(),
    audiences: new Set(),
    bookings: [],
  };
  // Nothing else is consulted for a missing or archived space: the check stops there.
  if (!space || space.archived || candidates.length === 0) return facts;
  const refs = await existingReferences(tx, {
    contacts: ids(candidates.map((c) => c.contactId)),
    organisations: ids(candidates.map((c) => c.organisationId)),
    audiences: ids(candidates.map((c) => c.audienceId)),
  });
  Object.assign(facts, refs);
  const { ancestors, descendants } = await relatedSpaceIds(tx, space.id);
  // The span of the overlap checks; whole weeks when a weekly quota may be counted, so
  // that also covers the make-up days a series preview adds between its dates.
  let from = candidates.map((c) => addMinutes(c.start, -space.bufferMinutes)).reduce((a, b) => (b < a ? b : a));
  let to = candidates.map((c) => addMinutes(c.end, space.bufferMinutes)).reduce((a, b) => (b > a ? b : a));
  const quotaCounted = candidates.some((c) => c.organisationId !== null && !c.overrideReason);
  if (quotaCounted && dayList.some((d) => d.windows.some((w) => w.maxPerWeek))) {
    const first = quotaWeek(dates[0]).from;
    const last = quotaWeek(dates[dates.length - 1]).to;
    if (first < from) from = first;
    if (last > to) to = last;
  }
  facts.bookings = await activeOverlapping(tx, [space.id, ...ancestors, ...descendants], from, to);
  return facts;
}

/** First index in the start-sorted bookings whose start is not before `start`. */
function lowerBound(bookings: Booking[], start: string): number {
  let lo = 0;
  let hi = bookings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bookings[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The rows activeOverlapping would return for [from, to): same bounds, from memory. */
function overlapping(facts: SpaceFacts, from: string, to: string, excludeId?: number): Booking[] {
  const out: Booking[] = [];
  for (let i = lowerBound(facts.bookings, addMinutes(from, -MAX_BOOKING_SPAN_MINUTES)); i < facts.bookings.length; i++) {
    const b = facts.bookings[i];
    if (b.start >= to) break;
    if (b.end > from && b.id !== excludeId) out.push(b);
  }
  return out;
}

/** Every rule a booking must pass, over facts already read; throws the first failure. */
export async function checkWithFacts(tx: Kysely<DB>, facts: SpaceFacts, f: BookingFields, excludeId?: number): Promise<Space> {
  if (f.spaceId !== facts.spaceId) throw new Error(`facts of space ${facts.spaceId} used for space ${f.spaceId}`);
  const space = required(facts.space, 'space', f.spaceId);
  if (space.archived) throw new AppError('validation', 'space.archived', `${space.name} is archived`, { params: { space: space.name } });
  checkAgainstSpace(space, f);
  // The people and groups a booking names must still exist ("a contact deleted meanwhile").
  if (f.contactId !== null && !facts.contacts.has(f.contactId)) required(undefined, 'contact', f.contactId);
  if (f.organisationId !== null && !facts.organisations.has(f.organisationId)) required(undefined, 'organisation', f.organisationId);
  if (f.audienceId !== null && !facts.audiences.has(f.audienceId)) required(undefined, 'audience', f.audienceId);
  const day = facts.days.get(datePart(f.start));
  if (!day) throw new Error(`facts of space ${space.id} do not cover ${f.start}`);
  checkCalendarDay(
    space,
    day,
    f,
    (from, to) =>
      facts.bookings.filter(
        (b) =>
          b.spaceId === space.id &&
          b.organisationId === f.organisationId &&
          (f.audienceId === null || b.audienceId === f.audienceId) &&
          b.start >= from &&
          b.start < to &&
          b.id !== excludeId,
      ).length,
  );
  // Widen the window by the buffer so a booking that ends just before still counts.
  const nearby = overlapping(facts, addMinutes(f.start, -space.bufferMinutes), addMinutes(f.end, space.bufferMinutes), excludeId);
  const clash = findClash(
    space,
    f,
    nearby.filter((b) => b.spaceId === space.id),
    nearby.filter((b) => b.spaceId !== space.id),
  );
  if (clash) {
    facts.names ??= new Map((await listSpaces(tx, { siteId: space.siteId, includeArchived: true })).map((s) => [s.id, s.name]));
    throw clashError(space, clash, facts.names);
  }
  return space;
}

/** A booking written after its check joins the facts (after those starting at the same time, as by row id), so the next candidate sees it. */
export function addToFacts(facts: SpaceFacts, b: Booking): void {
  let i = lowerBound(facts.bookings, b.start);
  while (i < facts.bookings.length && facts.bookings[i].start === b.start) i++;
  facts.bookings.splice(i, 0, b);
}
