/**
 * The free slots of some spaces that fit a need (day range, time of day, duration, head
 * count, amenities, audience, partner group). This is not a second set of rules: every
 * candidate start passes the rules `bookings.create` applies to the same booking
 * (checkAllButClash, then clashWithFacts: checkWithFacts in two steps, so that a clash,
 * the usual refusal here, is skipped past without building an error), so a slot
 * offered here (or to the waitlist) is one the desk can book.
 * What happens before that check only chooses where to look: the opening hours, the
 * wanted time of day, the audience's own windows, and jumps past a booking in the way.
 */
import { canonicalAmenity } from '../../../shared/amenities';
import type { Kysely } from 'kysely';
import type { FreeSlot } from '../../../shared/contract/desk';
import type { Space } from '../../../shared/domain';
import { familyOf } from '../../../shared/family';
import { AppError } from '../../../shared/errors';
import { addDays, addMinutes, diffMinutes, hhmm, isoWeekday, minutesOfDay } from '../../../shared/time';
import { activeOverlapping } from '../../db/repos/bookings';
import { referenceData } from '../../db/repos/reference';
import type { DB } from '../../db/schema';
import type { BookingFields } from './booking-fields';
import { checkAllButClash, clashWithFacts, dayOf, overlapping, spaceFactsOver, type SpaceFacts } from './facts';
import { spaceDaysFrom, type SpaceDay } from './space-days';
import { peakHeadCount, type Clash } from './space-rules';

export interface SlotNeed {
  durationMinutes: number;
  headCount: number;
  /** The slot starts at or after this time of day. */
  earliest?: string;
  /** The slot ends at or before this time of day. */
  latest?: string;
  amenities: string[];
  audienceId?: number | null;
  organisationId?: number | null;
  /**
   * A deliberate exception to the plan, as the booking dialog records it: every opening
   * hour is tried, and the rules lift the window's audience, quota and cap as they do
   * for the booking itself.
   */
  overrideReason?: string | null;
  /**
   * Look wherever the rules may accept the audience, the time no window claims included,
   * not only in its own windows (what the desk's search offers). The next free time after
   * a refusal is the soonest the rules accept.
   */
  anywhereAllowed?: boolean;
}

export interface SlotSearch {
  need: SlotNeed;
  /** The spaces to search (archived ones and those lacking an amenity are left out here). */
  spaces: readonly Space[];
  /** Dates; `to` exclusive. */
  from: string;
  to: string;
  /** Nothing starts before this moment. */
  notBefore: string;
  /**
   * Stop after the day on which this many slots were found: the ranking puts every slot
   * of a day before the next day's, so later days could not change the first ones.
   */
  enough?: number;
  /** A booking being moved: its own place does not stand in its way (as for bookings.update). */
  excludeBookingId?: number;
}

/** Refusals that hold for every start in a space: no need to try its other candidates. */
const SPACE_WIDE = new Set(['booking.too_short', 'booking.too_long', 'booking.slot_alignment', 'booking.over_capacity', 'space.archived']);

// Either language's name of a known amenity finds it (shared/amenities.ts).
const normalise = (a: string) => canonicalAmenity(a).toLowerCase();

function hasAmenities(space: Space, wanted: readonly string[]): boolean {
  const own = new Set(space.amenities.map(normalise));
  return wanted.every((a) => own.has(normalise(a)));
}

/**
 * Where on a day (minutes) to look: opening hours cut to the wanted time of day; with an
 * audience, only its own windows when the day has a plan (and not those whose head-count
 * cap the group exceeds); without one, only the time no window claims. The rules would
 * refuse every start elsewhere, so nothing they accept is left out, and the finder does
 * not try (and refuse) hundreds of starts a search. A closed day has nothing to look at.
 */
function stretchesToTry(space: Space, day: SpaceDay, need: SlotNeed): [number, number][] {
  const hours = space.openingHours.find((h) => h.weekday === isoWeekday(day.date));
  if (!hours || day.closed) return [];
  const lo = Math.max(minutesOfDay(hours.open), need.earliest ? minutesOfDay(need.earliest) : 0);
  const hi = Math.min(minutesOfDay(hours.close), need.latest ? minutesOfDay(need.latest) : 1440);
  if (lo >= hi) return [];
  if (day.windows.length === 0 || need.overrideReason) return [[lo, hi]];
  if (need.audienceId == null) return outside(lo, hi, day.windows.map((w) => [minutesOfDay(w.start), minutesOfDay(w.end)]));
  if (need.anywhereAllowed) {
    const foreign = day.windows.filter((w) => w.audienceId !== need.audienceId);
    return outside(lo, hi, foreign.map((w) => [minutesOfDay(w.start), minutesOfDay(w.end)]));
  }
  return day.windows
    .filter((w) => w.audienceId === need.audienceId && (w.organisationId === null || w.organisationId === (need.organisationId ?? null)))
    .filter((w) => !w.maxHeadCount || need.headCount <= w.maxHeadCount)
    .map((w): [number, number] => [Math.max(lo, minutesOfDay(w.start)), Math.min(hi, minutesOfDay(w.end))])
    .filter(([a, b]) => a < b);
}

/** The parts of [lo, hi) that none of the (possibly overlapping) intervals covers. */
function outside(lo: number, hi: number, taken: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let from = lo;
  for (const [a, b] of [...taken].sort((x, y) => x[0] - y[0])) {
    if (a > from) out.push([from, Math.min(a, hi)]);
    from = Math.max(from, b);
    if (from >= hi) break;
  }
  if (from < hi) out.push([from, hi]);
  return out.filter(([a, b]) => a < b);
}

/** Wall-clock strings of minutes from a day's midnight (the next day's included). */
function dayClock(date: string): (minutes: number) => string {
  const next = addDays(date, 1);
  return (m) => (m < 1440 ? `${date}T${hhmm(m)}` : `${next}T${hhmm(m - 1440)}`);
}

interface Candidate {
  space: Space;
  facts: SpaceFacts;
  /** Set once a refusal holds for every start of the space. */
  refused: boolean;
}

/** The candidate as the booking the desk would make of it. */
function asBooking(space: Space, need: SlotNeed, start: string, end: string): BookingFields {
  return {
    spaceId: space.id,
    start,
    end,
    title: '',
    contactId: null,
    organisationId: need.organisationId ?? null,
    audienceId: need.audienceId ?? null,
    headCount: need.headCount,
    note: '',
    overrideReason: need.overrideReason ?? null,
  };
}

/** The free slots of one space on one day, each passed by the booking rules. */
async function slotsOfDay(c: Candidate, date: string, search: SlotSearch): Promise<FreeSlot[]> {
  const { space, facts } = c;
  const { need } = search;
  const day = dayOf(facts, date);
  const at = dayClock(date);
  const step = space.slotMinutes;
  const alignUp = (minutes: number) => Math.ceil(minutes / step) * step;
  const out: FreeSlot[] = [];
  for (const [lo, hi] of stretchesToTry(space, day, need)) {
    for (let m = alignUp(lo); m + need.durationMinutes <= hi; m += step) {
      const start = at(m);
      if (start < search.notBefore) continue;
      const end = at(m + need.durationMinutes);
      const f = asBooking(space, need, start, end);
      let clash: Clash | null;
      try {
        const skip = search.excludeBookingId;
        clash = clashWithFacts(facts, await checkAllButClash(facts, f, skip), f, skip);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        if (SPACE_WIDE.has(e.details.code)) {
          c.refused = true;
          return out;
        }
        continue;
      }
      if (clash) {
        // Every start before the blocking booking's end (and turnover) would clash too.
        if (clash.code !== 'booking.capacity_exceeded') {
          const freeAt = Math.max(...clash.bookings.map((b) => diffMinutes(`${date}T00:00`, b.end))) + space.bufferMinutes;
          m = Math.max(m, alignUp(freeAt) - step);
        }
        continue;
      }
      const here = overlapping(facts, start, end, search.excludeBookingId).filter((b) => b.spaceId === space.id);
      const window = day.windows.find((w) => minutesOfDay(w.start) <= m && m + need.durationMinutes <= minutesOfDay(w.end));
      out.push({
        spaceId: space.id,
        spaceName: space.name,
        spaceNameEn: space.nameEn,
        start,
        end,
        capacity: space.capacity,
        mode: space.mode,
        freePlaces: space.capacity - (space.mode === 'shared' ? peakHeadCount(here, start, end) : 0),
        needsApproval: space.needsApproval,
        windowAudienceId: window?.audienceId ?? null,
        unknownYear: day.unknownYear,
      });
    }
  }
  return out;
}

/**
 * Every free slot that fits the need, day by day, unranked. The active bookings of the
 * spaces and their families over the range are read in one query; a weekly quota that
 * reaches beyond the range reads the rest of its week when it is checked.
 */
export async function findFreeSlots(db: Kysely<DB>, search: SlotSearch): Promise<FreeSlot[]> {
  const ref = await referenceData(db);
  const spaces = search.spaces.filter((s) => !s.archived && hasAmenities(s, search.need.amenities));
  if (spaces.length === 0 || search.from >= search.to) return [];
  const ground = new Set<number>();
  for (const s of spaces) {
    const { ancestors, descendants } = familyOf(ref.tree, s.id);
    for (const id of [s.id, ...ancestors, ...descendants]) ground.add(id);
  }
  const buffer = Math.max(0, ...[...ground].map((id) => ref.spaces.get(id)?.bufferMinutes ?? 0));
  const over = { from: addMinutes(`${search.from}T00:00`, -buffer), to: addMinutes(`${search.to}T00:00`, buffer) };
  const bookings = await activeOverlapping(db, [...ground], over.from, over.to);
  const candidates: Candidate[] = spaces.map((space) => ({ space, facts: spaceFactsOver(db, ref, space.id, bookings, over), refused: false }));
  // The calendar of every candidate space over the range, worked out in one pass.
  const byId = new Map(candidates.map((c) => [c.space.id, c]));
  for (const d of spaceDaysFrom(ref, [...byId.keys()], search.from, search.to)) byId.get(d.spaceId)!.facts.days.set(d.date, d);

  const out: FreeSlot[] = [];
  for (let date = search.from; date < search.to; date = addDays(date, 1)) {
    for (const c of candidates) {
      if (c.refused) continue;
      for (const slot of await slotsOfDay(c, date, search)) out.push(slot);
    }
    if (out.length >= (search.enough ?? Infinity)) break;
  }
  return out;
}

/**
 * Best first: the soonest slot; at the same time, the room whose size fits the group
 * best (a couple should not take the hall), then rooms that need no approval.
 */
export function rankSlots(slots: FreeSlot[], headCount: number): FreeSlot[] {
  return [...slots].sort(
    (a, b) =>
      (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) ||
      a.capacity - headCount - (b.capacity - headCount) ||
      Number(a.needsApproval) - Number(b.needsApproval) ||
      a.spaceId - b.spaceId,
  );
}
