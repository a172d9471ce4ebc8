/**
 * The slot finder: which slots of a site's spaces fit a need (day range, time of day,
 * duration, head count, amenities, audience). The core is a pure function over the
 * spaces, their calendar days and the active bookings, so it is tested without a
 * database; `searchSlots` loads those three things (one query for all the site's
 * bookings of a stretch of days) and leaves the rest to the core, in memory.
 */
import type { Kysely } from 'kysely';
import type { FindSlotsInput, FreeSlot } from '../../../shared/contract/desk';
import type { Booking, Space } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { addDays, addMinutes, diffMinutes, hhmm, isoWeekday, minutesOfDay } from '../../../shared/time';
import { activeOverlapping } from '../../db/repos/bookings';
import { findSite } from '../../db/repos/sites';
import { listSpaces } from '../../db/repos/spaces';
import type { DB } from '../../db/schema';
import { checkAgainstSpace, findClash, peakHeadCount } from '../bookings/rules';
import { required } from '../not-found';
import { spaceDays, type PlanWindowOfDay, type SpaceDay } from '../plans/constraints';

export interface SlotNeed {
  durationMinutes: number;
  headCount: number;
  earliest?: string;
  latest?: string;
  amenities: string[];
  audienceId?: number;
  organisationId?: number;
}

/** The spaces that share ground with `spaceId` (its ancestors and descendants). */
export function familyOf(spaces: Pick<Space, 'id' | 'parentId'>[], spaceId: number): Set<number> {
  const parentOf = new Map(spaces.map((s) => [s.id, s.parentId]));
  const family = new Set<number>();
  for (let p = parentOf.get(spaceId) ?? null; p !== null && !family.has(p); p = parentOf.get(p) ?? null) family.add(p);
  const queue = [spaceId];
  while (queue.length) {
    const cur = queue.shift()!;
    for (const s of spaces) {
      if (s.parentId === cur && !family.has(s.id) && s.id !== spaceId) {
        family.add(s.id);
        queue.push(s.id);
      }
    }
  }
  return family;
}

const normalise = (a: string) => a.trim().toLowerCase();

export function hasAmenities(space: Space, wanted: string[]): boolean {
  const own = new Set(space.amenities.map(normalise));
  return wanted.every((a) => own.has(normalise(a)));
}

/** Length and head count are the same for every candidate: one check per space decides. */
function spaceTakes(space: Space, start: string, need: SlotNeed): boolean {
  try {
    checkAgainstSpace(space, { start, end: addMinutes(start, need.durationMinutes), headCount: need.headCount });
    return true;
  } catch (e) {
    if (e instanceof AppError) return false;
    throw e;
  }
}

/**
 * The stretches of a day (minutes) in which the need may be booked: opening hours,
 * cut to the wanted time of day, and to the audience's windows when the day has a plan.
 */
function bookableStretches(space: Space, day: SpaceDay, need: SlotNeed): [number, number][] {
  const hours = space.openingHours.find((h) => h.weekday === isoWeekday(day.date));
  if (!hours || day.closed) return [];
  const lo = Math.max(minutesOfDay(hours.open), need.earliest ? minutesOfDay(need.earliest) : 0);
  const hi = Math.min(minutesOfDay(hours.close), need.latest ? minutesOfDay(need.latest) : 1440);
  if (need.audienceId === undefined || day.windows.length === 0) return lo < hi ? [[lo, hi]] : [];
  return day.windows
    .filter((w) => w.audienceId === need.audienceId && (w.organisationId === null || w.organisationId === need.organisationId))
    .map((w): [number, number] => [Math.max(lo, minutesOfDay(w.start)), Math.min(hi, minutesOfDay(w.end))])
    .filter(([a, b]) => a < b);
}

function windowAt(windows: PlanWindowOfDay[], from: number, to: number): PlanWindowOfDay | undefined {
  return windows.find((w) => minutesOfDay(w.start) <= from && to <= minutesOfDay(w.end));
}

/**
 * Wall-clock strings of minutes counted from a day's midnight (the day before and
 * after included). The inner loop of the finder asks for thousands of them per search;
 * this keeps shared/time's addMinutes (which goes through Date) out of it.
 */
function dayClock(date: string): (minutes: number) => string {
  const prev = addDays(date, -1);
  const next = addDays(date, 1);
  return (m) => (m < 0 ? `${prev}T${hhmm(m + 1440)}` : m < 1440 ? `${date}T${hhmm(m)}` : `${next}T${hhmm(m - 1440)}`);
}

/** Bookings of one space that may touch a day, given the buffer around a candidate. */
function nearDay(list: Booking[], date: string, buffer: number): Booking[] {
  const from = addMinutes(`${date}T00:00`, -buffer);
  const to = addMinutes(`${addDays(date, 1)}T00:00`, buffer);
  return within(list, from, to);
}

/** Bookings of a list that may reach the interval [from, to) (plain string order). */
function within(list: Booking[], from: string, to: string): Booking[] {
  const hits: Booking[] = [];
  for (const b of list) if (b.start < to && b.end > from) hits.push(b);
  return hits;
}

/** The free slots of one space on one day; `same` and `family` are the bookings near that day. */
function slotsOfDay(
  space: Space,
  day: SpaceDay,
  need: SlotNeed,
  same: Booking[],
  family: Booking[],
  notBefore: string,
  accepts: (start: string) => boolean,
): FreeSlot[] {
  const out: FreeSlot[] = [];
  const at = dayClock(day.date);
  const step = space.slotMinutes;
  const alignUp = (minutes: number) => Math.ceil(minutes / step) * step;
  for (const [lo, hi] of bookableStretches(space, day, need)) {
    for (let m = alignUp(lo); m + need.durationMinutes <= hi; m += step) {
      const start = at(m);
      if (start < notBefore) continue;
      if (!accepts(start)) return out;
      const c = { start, end: at(m + need.durationMinutes), headCount: need.headCount };
      // Narrow by string order first (the buffer is the only reach beyond the
      // candidate); the rules then decide on the few bookings left.
      const reachFrom = at(m - space.bufferMinutes);
      const reachTo = at(m + need.durationMinutes + space.bufferMinutes);
      const sameNear = within(same, reachFrom, reachTo);
      const clash = findClash(space, c, sameNear, within(family, reachFrom, reachTo));
      if (clash) {
        // A booking that blocks by overlap (not by head count) blocks every later start
        // until its turnover ends: jump there instead of trying each grid step.
        if (clash.code !== 'booking.capacity_exceeded') {
          const freeAt = Math.max(...clash.bookings.map((b) => diffMinutes(`${day.date}T00:00`, b.end))) + space.bufferMinutes;
          m = Math.max(m, alignUp(freeAt) - step);
        }
        continue;
      }
      const used = space.mode === 'shared' ? peakHeadCount(within(sameNear, c.start, c.end), c.start, c.end) : 0;
      out.push({
        spaceId: space.id,
        spaceName: space.name,
        spaceNameEn: space.nameEn,
        start: c.start,
        end: c.end,
        capacity: space.capacity,
        mode: space.mode,
        freePlaces: space.capacity - used,
        needsApproval: space.needsApproval,
        windowAudienceId: windowAt(day.windows, m, m + need.durationMinutes)?.audienceId ?? null,
        unknownYear: day.unknownYear,
      });
    }
  }
  return out;
}

/**
 * Every free slot that fits the need, unranked. `spaces` are the candidates,
 * `allSpaces` every space of the site (for the court-and-halves family), `days` the
 * calendar of the candidates, `bookings` the active bookings of all of the site's
 * spaces around the range; nothing starts before `notBefore`.
 *
 * Days are searched in order and the search stops after the day on which `enough`
 * slots are reached: the ranking puts every slot of a day before the next day's, so
 * later days could not make the first `enough` anyway.
 */
export function findFreeSlots(
  need: SlotNeed,
  spaces: Space[],
  allSpaces: Space[],
  days: SpaceDay[],
  bookings: Booking[],
  notBefore: string,
  enough = Infinity,
): FreeSlot[] {
  const bySpace = new Map<number, Booking[]>();
  for (const b of bookings) {
    const list = bySpace.get(b.spaceId);
    if (list) list.push(b);
    else bySpace.set(b.spaceId, [b]);
  }
  const byDate = new Map<string, SpaceDay[]>();
  for (const d of days) {
    const list = byDate.get(d.date);
    if (list) list.push(d);
    else byDate.set(d.date, [d]);
  }
  const candidates = new Map(
    spaces
      .filter((space) => !space.archived && hasAmenities(space, need.amenities))
      .map((space) => {
        let takes: boolean | undefined;
        return [
          space.id,
          {
            space,
            own: bySpace.get(space.id) ?? [],
            family: [...familyOf(allSpaces, space.id)].flatMap((id) => bySpace.get(id) ?? []),
            accepts: (start: string) => (takes ??= spaceTakes(space, start, need)),
            refused: () => takes === false,
          },
        ];
      }),
  );

  const out: FreeSlot[] = [];
  for (const date of [...byDate.keys()].sort()) {
    for (const day of byDate.get(date)!) {
      const c = candidates.get(day.spaceId);
      if (!c || c.refused()) continue;
      const same = nearDay(c.own, date, c.space.bufferMinutes);
      const near = nearDay(c.family, date, c.space.bufferMinutes);
      for (const slot of slotsOfDay(c.space, day, need, same, near, notBefore, c.accepts)) out.push(slot);
    }
    if (out.length >= enough) break;
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

/** The calendar of the candidate spaces and the bookings of all the site's spaces over [from, to). */
export async function loadRange(
  db: Kysely<DB>,
  spaces: Space[],
  allSpaces: Space[],
  from: string,
  to: string,
): Promise<{ days: SpaceDay[]; bookings: Booking[] }> {
  const days = await spaceDays(db, spaces.map((s) => s.id), from, to);
  const buffer = Math.max(0, ...allSpaces.map((s) => s.bufferMinutes));
  // One query for every booking of the site around the range, on the (space_id, start) index.
  const bookings = await activeOverlapping(
    db,
    allSpaces.map((s) => s.id),
    addMinutes(`${from}T00:00`, -buffer),
    addMinutes(`${to}T00:00`, buffer),
  );
  return { days, bookings };
}

/** The site's spaces: every one (for families) and the bookable ones that pass the filter. */
export async function siteSpaces(
  db: Kysely<DB>,
  siteId: number,
  filter: (s: Space) => boolean = () => true,
): Promise<{ spaces: Space[]; allSpaces: Space[] }> {
  const allSpaces = await listSpaces(db, { siteId, includeArchived: true });
  return { allSpaces, spaces: allSpaces.filter((s) => !s.archived && filter(s)) };
}

/** Days read first: most questions are answered by them, since the soonest slots rank first. */
const FIRST_CHUNK_DAYS = 2;

export async function searchSlots(db: Kysely<DB>, input: FindSlotsInput, now: string): Promise<FreeSlot[]> {
  required(await findSite(db, input.siteId), 'site', input.siteId);
  const wanted = input.spaceIds && new Set(input.spaceIds);
  const { spaces, allSpaces } = await siteSpaces(db, input.siteId, (s) => !wanted || wanted.has(s.id));
  const largest = Math.max(0, ...spaces.map((s) => s.capacity));
  if (input.headCount > largest) {
    throw new AppError('validation', 'slots.over_capacity', `No space here holds ${input.headCount} people (at most ${largest})`, {
      params: { headCount: input.headCount, capacity: largest },
    });
  }
  const split = addDays(input.from, FIRST_CHUNK_DAYS) < input.to ? addDays(input.from, FIRST_CHUNK_DAYS) : input.to;
  const chunks = split < input.to ? [[input.from, split], [split, input.to]] : [[input.from, input.to]];
  const slots: FreeSlot[] = [];
  for (const [from, to] of chunks) {
    const { days, bookings } = await loadRange(db, spaces, allSpaces, from, to);
    slots.push(...findFreeSlots(input, spaces, allSpaces, days, bookings, now, input.limit - slots.length));
    if (slots.length >= input.limit) break;
  }
  return rankSlots(slots, input.headCount).slice(0, input.limit);
}
