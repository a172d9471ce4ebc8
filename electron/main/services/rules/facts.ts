/**
 * Everything the booking rules read, for a batch of candidates in one space: the space
 * and its plans and calendar (from the reference data in memory), the people and groups
 * named, and the active bookings of the space and its family near the candidates. The
 * rules then run in memory, so a single booking and a two-year series pass exactly the
 * same checks, and a series costs a handful of statements instead of a dozen per
 * occurrence. Bookings are read only around each candidate (a weekly series touches a
 * few hours a week, not two years of history); a later candidate elsewhere, such as a
 * make-up day or a moved occurrence, reads what it still lacks when it is checked.
 */
import type { Kysely } from 'kysely';
import { MAX_BOOKING_SPAN_MINUTES, type Space } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { addDays, addMinutes, datePart } from '../../../shared/time';
import { familyOf } from '../../../shared/family';
import { activeOverlappingAny, existingContacts } from '../../db/repos/bookings';
import { referenceData, referenceStamp, type ReferenceData } from '../../db/repos/reference';
import { holdSpaces } from '../../db/repos/spaces';
import type { DB } from '../../db/schema';
import { required } from '../not-found';
import type { BookingFields, HeldBooking } from './booking-fields';
import { checkCalendarDay, quotaWeek } from './calendar-rules';
import { spaceDaysFrom, spaceDaysOn, type SpaceDay } from './space-days';
import { checkAgainstSpace, clashError, findClash, type Clash } from './space-rules';

/** A stretch of wall-clock time, `to` exclusive (YYYY-MM-DDTHH:MM). */
export interface Interval {
  from: string;
  to: string;
}

export interface SpaceFacts {
  /** The transaction the facts were read in; later reads for this batch use it too. */
  tx: Kysely<DB>;
  spaceId: number;
  space: Readonly<Space> | undefined;
  /** The spaces, plans and calendar read for this batch (names for a clash message too). */
  ref: ReferenceData;
  /** The space, the spaces above it and those below it: a booking in any of them can clash. */
  family: number[];
  /** The days looked at so far: each candidate's, and any other asked of dayOf. */
  days: Map<string, SpaceDay>;
  /** The candidates' contacts that exist; audiences and organisations are in `ref`. */
  contacts: Set<number>;
  /** Active bookings of the family overlapping `loaded`, by start (then id). */
  bookings: HeldBooking[];
  /** Sorted, disjoint intervals over which every overlapping active booking is in `bookings`. */
  loaded: Interval[];
}

const ids = (xs: (number | null)[]) => [...new Set(xs.filter((x): x is number => x !== null))];

/**
 * Read the facts that checking `candidates` (all in space `spaceId`) needs. A candidate
 * checked later with these facts may lie anywhere: what it lacks is read then.
 */
export async function readSpaceFacts(tx: Kysely<DB>, spaceId: number, candidates: BookingFields[]): Promise<SpaceFacts> {
  const ref = await referenceData(tx);
  const space = ref.spaces.get(spaceId);
  const dayList = spaceDaysOn(ref, [spaceId], [...new Set(candidates.map((c) => datePart(c.start)))]);
  const facts: SpaceFacts = {
    tx,
    spaceId,
    space,
    ref,
    family: [spaceId],
    days: new Map(dayList.map((d) => [d.date, d])),
    contacts: new Set(),
    bookings: [],
    loaded: [],
  };
  // Nothing else is consulted for a missing or archived space: the check stops there.
  if (!space || space.archived || candidates.length === 0) return facts;
  facts.contacts = await existingContacts(tx, ids(candidates.map((c) => c.contactId)));
  const { ancestors, descendants } = familyOf(ref.tree, space.id);
  facts.family = [space.id, ...ancestors, ...descendants];
  // Holding the family may have waited for another desk's commit: if that changed the
  // reference data (a plan, a closure), everything is read again under the hold.
  if ((await holdSpaces(tx, facts.family)) && (await referenceStamp(tx)) !== ref.stamp) return readSpaceFacts(tx, spaceId, candidates);
  await loadBookings(facts, candidates.flatMap((c) => neededFor(facts, space, c)));
  return facts;
}

/**
 * Facts for checking many candidates of one space over a stretch of time whose active
 * bookings (of the whole site, say) were read in one query: the slot finder checks
 * hundreds of candidates across a site this way with the same rules as a booking.
 * `bookings` must hold every active booking of the space's family overlapping `over`.
 */
export function spaceFactsOver(tx: Kysely<DB>, ref: ReferenceData, spaceId: number, bookings: readonly HeldBooking[], over: Interval): SpaceFacts {
  const space = ref.spaces.get(spaceId);
  const { ancestors, descendants } = familyOf(ref.tree, spaceId);
  const family = [spaceId, ...ancestors, ...descendants];
  const ids = new Set(family);
  return {
    tx,
    spaceId,
    space,
    ref,
    family,
    days: new Map(),
    contacts: new Set(),
    bookings: bookings.filter((b) => ids.has(b.spaceId)).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id - b.id)),
    loaded: [{ from: over.from, to: over.to }],
  };
}

/** The day of `date` for the facts' space, from the reference data if the batch did not cover it. */
export function dayOf(facts: SpaceFacts, date: string): SpaceDay {
  let day = facts.days.get(date);
  if (!day) {
    [day] = spaceDaysFrom(facts.ref, [facts.spaceId], date, addDays(date, 1));
    facts.days.set(date, day);
  }
  return day;
}

/**
 * The time over which a candidate's check looks at other bookings: its own time widened
 * by the turnover buffer, and its whole week when a weekly quota may count its group.
 */
function neededFor(facts: SpaceFacts, space: Space, f: BookingFields): Interval[] {
  const out = [{ from: addMinutes(f.start, -space.bufferMinutes), to: addMinutes(f.end, space.bufferMinutes) }];
  if (f.organisationId !== null && !f.overrideReason && dayOf(facts, datePart(f.start)).windows.some((w) => w.maxPerWeek)) {
    out.push(quotaWeek(datePart(f.start)));
  }
  return out;
}

/** Sorted, disjoint intervals covering exactly the given ones. */
function merged(intervals: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const i of [...intervals].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))) {
    const last = out[out.length - 1];
    if (last && i.from <= last.to) {
      if (i.to > last.to) last.to = i.to;
    } else out.push({ ...i });
  }
  return out;
}

/** The parts of `wanted` (sorted, disjoint) that `have` (sorted, disjoint) does not cover. */
function uncovered(wanted: Interval[], have: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const w of wanted) {
    let from = w.from;
    for (const h of have) {
      if (h.to <= from || h.from >= w.to) continue;
      if (h.from > from) out.push({ from, to: h.from });
      from = h.to > from ? h.to : from;
      if (from >= w.to) break;
    }
    if (from < w.to) out.push({ from, to: w.to });
  }
  return out;
}

/** Whether one loaded interval holds all of `i` (a binary search: this runs for every check). */
function covered(loaded: Interval[], i: Interval): boolean {
  let lo = 0;
  let hi = loaded.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (loaded[mid].from <= i.from) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && loaded[lo - 1].to >= i.to;
}

/** Make sure every active booking of the family overlapping `intervals` is in the facts. */
async function loadBookings(facts: SpaceFacts, intervals: Interval[]): Promise<void> {
  if (intervals.every((i) => covered(facts.loaded, i))) return;
  const gaps = uncovered(merged(intervals), facts.loaded);
  if (gaps.length === 0) return;
  const rows = await activeOverlappingAny(facts.tx, facts.family, gaps);
  const known = new Set(facts.bookings.map((b) => b.id));
  const fresh = rows.filter((b) => !known.has(b.id));
  if (fresh.length) {
    facts.bookings = [...facts.bookings, ...fresh].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id - b.id));
  }
  facts.loaded = merged([...facts.loaded, ...gaps]);
}

/** First index in the start-sorted bookings whose start is not before `start`. */
function lowerBound(bookings: HeldBooking[], start: string): number {
  let lo = 0;
  let hi = bookings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bookings[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The loaded bookings overlapping [from, to), as activeOverlapping would return them. */
export function overlapping(facts: SpaceFacts, from: string, to: string, excludeId?: number): HeldBooking[] {
  const out: HeldBooking[] = [];
  for (let i = lowerBound(facts.bookings, addMinutes(from, -MAX_BOOKING_SPAN_MINUTES)); i < facts.bookings.length; i++) {
    const b = facts.bookings[i];
    if (b.start >= to) break;
    if (b.end > from && b.id !== excludeId) out.push(b);
  }
  return out;
}

/**
 * The space the booking is for and the people and groups it names: all must exist (a
 * contact may be deleted while the desk books), and the space must not be archived.
 */
export function checkNamed(facts: SpaceFacts, f: BookingFields): Space {
  if (f.spaceId !== facts.spaceId) throw new Error(`facts of space ${facts.spaceId} used for space ${f.spaceId}`);
  const space = required(facts.space, 'space', f.spaceId);
  if (space.archived) throw new AppError('validation', 'space.archived', `${space.name} is archived`, { params: { space: space.name } });
  if (f.contactId !== null && !facts.contacts.has(f.contactId)) required(undefined, 'contact', f.contactId);
  if (f.organisationId !== null && !facts.ref.organisationIds.has(f.organisationId)) required(undefined, 'organisation', f.organisationId);
  if (f.audienceId !== null && !facts.ref.audienceIds.has(f.audienceId)) required(undefined, 'audience', f.audienceId);
  return space;
}

/** Every rule a booking must pass, over facts already read; throws the first failure. */
export async function checkWithFacts(facts: SpaceFacts, f: BookingFields, excludeId?: number): Promise<Space> {
  const space = await checkAllButClash(facts, f, excludeId);
  checkClashWithFacts(facts, space, f, excludeId);
  return space;
}

/**
 * Every rule but the clash: the space, the people and groups named, length, grid, hours
 * and capacity, the calendar (closures, holidays, plan windows, caps and quotas). Reads
 * the bookings the clash rule will need. Throws the first failure.
 */
export async function checkAllButClash(facts: SpaceFacts, f: BookingFields, excludeId?: number): Promise<Space> {
  const space = checkNamed(facts, f);
  checkAgainstSpace(space, f);
  await loadBookings(facts, neededFor(facts, space, f));
  const day = dayOf(facts, datePart(f.start));
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
  return space;
}

/**
 * The clash rule alone: overlaps with the turnover buffer, shared capacity, and the
 * spaces that share ground, over bookings already loaded. Returns the clash, if any,
 * without throwing (the slot finder meets many and only needs to skip past them).
 */
export function clashWithFacts(facts: SpaceFacts, space: Space, f: BookingFields, excludeId?: number): Clash | null {
  // Widen the window by the buffer so a booking that ends just before still counts.
  const nearby = overlapping(facts, addMinutes(f.start, -space.bufferMinutes), addMinutes(f.end, space.bufferMinutes), excludeId);
  const same: HeldBooking[] = [];
  const family: HeldBooking[] = [];
  for (const b of nearby) (b.spaceId === space.id ? same : family).push(b);
  return findClash(space, f, same, family);
}

/** clashWithFacts that throws the clash as an error the user reads. */
export function checkClashWithFacts(facts: SpaceFacts, space: Space, f: BookingFields, excludeId?: number): void {
  const clash = clashWithFacts(facts, space, f, excludeId);
  if (clash) throw clashError(space, clash, facts.ref.spaces);
}

/**
 * The active bookings of a space that end after `after` and clash with another under
 * the space as it is now (its capacity, mode, buffer and family). A change to a space
 * asks this before it is saved, so no booking still to come is left in a clash.
 */
export async function clashingAfter(tx: Kysely<DB>, spaceId: number, after: string): Promise<{ booking: HeldBooking; clash: AppError }[]> {
  const ref = await referenceData(tx);
  const space = ref.spaces.get(spaceId);
  if (!space) return [];
  const { ancestors, descendants } = familyOf(ref.tree, spaceId);
  // A booking is at most a day long: from a day before, every booking still running is found.
  const from = addMinutes(after, -MAX_BOOKING_SPAN_MINUTES);
  const to = '9999-12-31T00:00';
  const all = await activeOverlappingAny(tx, [spaceId, ...ancestors, ...descendants], [{ from, to }]);
  const facts = spaceFactsOver(tx, ref, spaceId, all, { from: addMinutes(from, -space.bufferMinutes), to });
  const found: { booking: HeldBooking; clash: AppError }[] = [];
  for (const b of all) {
    if (b.spaceId !== spaceId || b.end <= after) continue;
    try {
      checkClashWithFacts(facts, space, b, b.id);
    } catch (e) {
      if (e instanceof AppError) found.push({ booking: b, clash: e });
      else throw e;
    }
  }
  return found;
}

/** A booking written after its check joins the facts (after those starting at the same time, as by row id), so the next candidate sees it. */
export function addToFacts(facts: SpaceFacts, b: HeldBooking): void {
  let i = lowerBound(facts.bookings, b.start);
  while (i < facts.bookings.length && facts.bookings[i].start === b.start) i++;
  facts.bookings.splice(i, 0, b);
}

/** Every rule a booking must pass, read and checked at once; throws the first failure as an AppError. */
export async function checkBooking(tx: Kysely<DB>, f: BookingFields, excludeId?: number): Promise<Space> {
  return checkWithFacts(await readSpaceFacts(tx, f.spaceId, [f]), f, excludeId);
}
