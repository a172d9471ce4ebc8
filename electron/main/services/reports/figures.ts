/**
 * The figures of one period from what the database holds: the calendar of every space
 * and day, and the period's bookings. Pure: no reads, no clock (the caller passes now).
 *
 * The definitions, in one place (the screen's notes and the README say the same):
 * - open hours: each space's opening hours on the days it was open (closures, holidays
 *   of a site that closes on them, and days after the space was archived left out);
 * - booked hours: the time confirmed, checked-in or no-show bookings held a room inside
 *   those opening hours, groups sharing a room at the same time counted once;
 * - 预约场次: bookings that were not cancelled (requests awaiting approval included);
 * - 活动场次: checked in, or past (ended by now), confirmed and not a no-show;
 * - 服务人次: head counts of the held activities; those not checked in count their
 *   booked head count and are reported apart;
 * - a cancelled booking counts only as a cancellation.
 */
import { addDays, isoWeekday } from '../../../shared/time';
import { STATUS_CODE, type ReportRows } from '../../db/repos/report-rows';
import type { SpaceDay } from '../rules/space-days';
import { busyDays, windowUsage, ymdOf, type Tally, type WindowUsage } from './usage';

export interface Counts {
  bookings: number;
  held: number;
  heads: number;
  headsBooked: number;
  noShows: number;
  cancellations: number;
  bookingMinutes: number;
}
const zero = (): Counts => ({ bookings: 0, held: 0, heads: 0, headsBooked: 0, noShows: 0, cancellations: 0, bookingMinutes: 0 });

export interface RoomTime {
  openMinutes: number;
  bookedMinutes: number;
}

export interface SpaceInfo {
  id: number;
  siteId: number;
  openingHours: { weekday: number; open: string; close: string }[];
}

export interface PeriodInput {
  from: string;
  to: string;
  now: string;
  spaces: SpaceInfo[];
  /** Every (space, date) of the period, as spaceDays gives them. */
  days: SpaceDay[];
  /** First date a space no longer counts as open (the day after it was archived). */
  closedFrom: ReadonlyMap<number, string>;
  /** The period's bookings of these spaces, every status, ordered by space then start, `held` worked out against `now`. */
  rows: ReportRows;
}

export interface PeriodFigures {
  openMinutes: number;
  bookedMinutes: number;
  utilisation: number | null;
  windowMinutes: number;
  windowBookedMinutes: number;
  bookings: number;
  requested: number;
  held: number;
  heldCheckedIn: number;
  heads: number;
  headsBooked: number;
  noShows: number;
  noShowRate: number | null;
  cancellations: number;
  cancellationRate: number | null;
}

export interface PeriodDetail {
  figures: PeriodFigures;
  unknownYears: number[];
  bySpace: Map<number, Counts & RoomTime>;
  bySite: Map<number, Counts & RoomTime>;
  byAudience: Map<number | null, Counts & { windowMinutes: number; windowBookedMinutes: number }>;
  byOrganisation: Map<number, Counts>;
  byWeekday: Map<number, Counts>;
  byHour: Map<number, Counts>;
  byMonth: Map<string, { month: string; audienceId: number | null; held: number; heads: number; bookings: number }>;
  heatmap: { weekday: number; hour: number; windowMinutes: number; usedMinutes: number }[];
  windows: WindowUsage[];
  unusedBlocks: { spaceId: number; organisationId: number; weekday: number; start: string; end: string; occurrences: number; used: number }[];
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
/** Minutes since midnight of an ISO `YYYY-MM-DDTHH:MM` (or an `HH:MM`, from `at`). */
const minuteAt = (s: string, at: number) =>
  (s.charCodeAt(at) - 48) * 600 + (s.charCodeAt(at + 1) - 48) * 60 + (s.charCodeAt(at + 3) - 48) * 10 + (s.charCodeAt(at + 4) - 48);
const { requested: REQUESTED, confirmed: CONFIRMED, checked_in: CHECKED_IN, no_show: NO_SHOW, cancelled: CANCELLED } = STATUS_CODE;
/** Bookings that held the room (or would have): their time counts as booked. */
const isBooked = (status: number) => status === CONFIRMED || status === CHECKED_IN || status === NO_SHOW;

interface MonthCell {
  month: string;
  audienceId: number | null;
  held: number;
  heads: number;
  bookings: number;
}

function get<K, V>(m: Map<K, V>, k: K, make: () => V): V {
  let v = m.get(k);
  if (v === undefined) m.set(k, (v = make()));
  return v;
}

function counts<K>(m: Map<K, Counts>, k: K): Counts {
  let c = m.get(k);
  if (c === undefined) m.set(k, (c = zero()));
  return c;
}

/** One booking into one tally: a cancellation only, or a booking that may have been held. */
/** Booking `i` of `rows` into one tally: a cancellation only, or a booking that may have been held. */
function tally(c: Counts, rows: ReportRows, i: number, minutes: number): void {
  const status = rows.status[i];
  if (status === CANCELLED) {
    c.cancellations++;
    return;
  }
  c.bookings++;
  c.bookingMinutes += minutes;
  if (status === NO_SHOW) c.noShows++;
  if (rows.held[i] === 1) {
    c.held++;
    c.heads += rows.heads[i];
    if (status !== CHECKED_IN) c.headsBooked += rows.heads[i];
  }
}

/** Days of archived spaces after they were archived become closed, so nothing counts them as open. */
function withArchiveClosures(days: SpaceDay[], closedFrom: ReadonlyMap<number, string>): SpaceDay[] {
  if (closedFrom.size === 0) return days;
  return days.map((d) => {
    const from = closedFrom.get(d.spaceId);
    return from !== undefined && d.date >= from ? { ...d, closed: { kind: 'closure' as const, reason: 'archived' } } : d;
  });
}

/** Headline figures only, for the periods a report is compared with; `detail` adds every breakdown. */
export function computePeriod(input: PeriodInput, detail: true): PeriodDetail;
export function computePeriod(input: PeriodInput, detail: false): { figures: PeriodFigures };
export function computePeriod(input: PeriodInput, detail: boolean): PeriodDetail | { figures: PeriodFigures } {
  const { from, to, now, spaces, rows } = input;
  const days = withArchiveClosures(input.days, input.closedFrom);
  const ids = spaces.map((s) => s.id);
  const siteOf = new Map(spaces.map((s) => [s.id, s.siteId]));
  const spaceIndex = new Map(ids.map((id, i) => [id, i]));
  const dayIndex = new Map<string, number>();
  const ymdIndex = new Map<number, number>();
  const dates: string[] = [];
  for (let date = from; date < to; date = addDays(date, 1)) {
    dayIndex.set(date, dates.length);
    ymdIndex.set(ymdOf(date), dates.length);
    dates.push(date);
  }
  const busy = busyDays(rows, spaceIndex, ymdIndex, dates.length, (i) => isBooked(rows.status[i]));

  // Open and booked minutes per space: opening hours of open days, busy time inside them.
  const room = new Map<number, RoomTime>(ids.map((id) => [id, { openMinutes: 0, bookedMinutes: 0 }]));
  const hoursOf = new Map(spaces.map((s) => [s.id, new Map(s.openingHours.map((h) => [h.weekday, [minuteAt(h.open, 0), minuteAt(h.close, 0)]]))]));
  const unknownYears = new Set<number>();
  for (const d of days) {
    if (d.unknownYear) unknownYears.add(Number(d.date.slice(0, 4)));
    if (d.closed) continue;
    const hours = hoursOf.get(d.spaceId)?.get(isoWeekday(d.date));
    const t = room.get(d.spaceId);
    if (!hours || !t) continue;
    const [lo, hi] = hours;
    t.openMinutes += hi - lo;
    const cell = spaceIndex.get(d.spaceId)! * dates.length + dayIndex.get(d.date)!;
    for (let k = busy.first[cell], end = k + busy.count[cell]; k < end; k++) {
      const a = Math.max(busy.starts[k], lo);
      const b = Math.min(busy.ends[k], hi);
      if (a < b) t.bookedMinutes += b - a;
    }
  }
  // The comparisons need only the windows' totals; the heatmap and the windows list are the report's own.
  const usage = detail ? windowUsage(ids, days, rows, from, to, busy) : null;
  let windowMinutes = 0;
  let windowBookedMinutes = 0;
  if (usage) {
    for (const t of usage.byAudience.values()) {
      windowMinutes += t.windowMinutes;
      windowBookedMinutes += t.usedMinutes;
    }
  } else {
    for (const d of days) {
      if (d.closed || d.windows.length === 0) continue;
      const cell = spaceIndex.get(d.spaceId)! * dates.length + dayIndex.get(d.date)!;
      for (const w of d.windows) {
        const lo = minuteAt(w.start, 0);
        const hi = minuteAt(w.end, 0);
        windowMinutes += hi - lo;
        for (let k = busy.first[cell], end = k + busy.count[cell]; k < end; k++) {
          const a = Math.max(busy.starts[k], lo);
          const b = Math.min(busy.ends[k], hi);
          if (a < b) windowBookedMinutes += b - a;
        }
      }
    }
  }

  // Counts: over everything, and per breakdown when asked. This loop meets every booking
  // of the period (a quarter of a subdistrict is ~70,000): no allocation per row.
  const total = zero();
  let requested = 0;
  let heldCheckedIn = 0;
  const bySpace = new Map<number, Counts>();
  const byAudience = new Map<number | null, Counts>();
  const byOrganisation = new Map<number, Counts>();
  const byWeekday = new Map<number, Counts>();
  const byHour = new Map<number, Counts>();
  const byMonth: PeriodDetail['byMonth'] = new Map();
  const monthCells = new Map<string, Map<number | null, MonthCell>>();
  let day = -1;
  let weekday = 0;
  let monthCellsOfDay: Map<number | null, MonthCell> | undefined;
  let month = '';
  for (let i = 0; i < rows.length; i++) {
    const s = rows.status[i];
    const minutes = isBooked(s) ? rows.end[i] - rows.start[i] : 0;
    tally(total, rows, i, minutes);
    if (s === REQUESTED) requested++;
    if (s === CHECKED_IN) heldCheckedIn++;
    if (!detail) continue;
    const audience = rows.audience[i] === 0 ? null : rows.audience[i];
    tally(counts(bySpace, rows.space[i]), rows, i, minutes);
    tally(counts(byAudience, audience), rows, i, minutes);
    if (rows.organisation[i] !== 0) tally(counts(byOrganisation, rows.organisation[i]), rows, i, minutes);
    if (rows.day[i] !== day) {
      day = rows.day[i];
      const date = dates[ymdIndex.get(day)!];
      weekday = isoWeekday(date);
      month = date.slice(0, 7);
      monthCellsOfDay = monthCells.get(month);
      if (!monthCellsOfDay) monthCells.set(month, (monthCellsOfDay = new Map()));
    }
    tally(counts(byWeekday, weekday), rows, i, minutes);
    tally(counts(byHour, Math.floor(rows.start[i] / 60)), rows, i, minutes);
    if (s !== CANCELLED) {
      let m = monthCellsOfDay!.get(audience);
      if (!m) {
        monthCellsOfDay!.set(audience, (m = { month, audienceId: audience, held: 0, heads: 0, bookings: 0 }));
        byMonth.set(`${month}|${audience}`, m);
      }
      m.bookings++;
      if (rows.held[i] === 1) {
        m.held++;
        m.heads += rows.heads[i];
      }
    }
  }

  let openMinutes = 0;
  let bookedMinutes = 0;
  for (const t of room.values()) {
    openMinutes += t.openMinutes;
    bookedMinutes += t.bookedMinutes;
  }
  const figures: PeriodFigures = {
    openMinutes,
    bookedMinutes,
    utilisation: ratio(bookedMinutes, openMinutes),
    windowMinutes,
    windowBookedMinutes,
    bookings: total.bookings,
    requested,
    held: total.held,
    heldCheckedIn,
    heads: total.heads,
    headsBooked: total.headsBooked,
    noShows: total.noShows,
    noShowRate: ratio(total.noShows, total.held + total.noShows),
    cancellations: total.cancellations,
    cancellationRate: ratio(total.cancellations, total.bookings + total.cancellations),
  };
  if (!detail) return { figures };

  const spaceRows = new Map<number, Counts & RoomTime>();
  const siteRows = new Map<number, Counts & RoomTime>();
  for (const id of ids) {
    const c = bySpace.get(id) ?? zero();
    const t = room.get(id)!;
    const row = { ...c, ...t };
    spaceRows.set(id, row);
    const site = get(siteRows, siteOf.get(id)!, () => ({ ...zero(), openMinutes: 0, bookedMinutes: 0 }));
    for (const k of Object.keys(row) as (keyof typeof row)[]) site[k] += row[k];
  }
  const audienceRows: PeriodDetail['byAudience'] = new Map();
  for (const [a, c] of byAudience) audienceRows.set(a, { ...c, windowMinutes: 0, windowBookedMinutes: 0 });
  for (const [a, t] of usage!.byAudience as Map<number, Tally>) {
    const row = get(audienceRows, a, () => ({ ...zero(), windowMinutes: 0, windowBookedMinutes: 0 }));
    row.windowMinutes = t.windowMinutes;
    row.windowBookedMinutes = t.usedMinutes;
  }
  return {
    figures,
    unknownYears: [...unknownYears].sort(),
    bySpace: spaceRows,
    bySite: siteRows,
    byAudience: audienceRows,
    byOrganisation,
    byWeekday,
    byHour,
    byMonth,
    heatmap: usage!.heatmap,
    windows: usage!.windows,
    unusedBlocks: unusedBlocks(days, rows, now),
  };
}

/**
 * Standing blocks (plan windows that name a partner group) on open days that are over:
 * how many there were and in how many the group held an activity in that space
 * overlapping the window.
 */
function unusedBlocks(days: SpaceDay[], rows: ReportRows, now: string): PeriodDetail['unusedBlocks'] {
  const today = now.slice(0, 10);
  const blocks = new Map<string, PeriodDetail['unusedBlocks'][number]>();
  // Held activities of a group, by space and date: only the spaces with standing blocks.
  const withBlocks = new Set(days.filter((d) => !d.closed && d.windows.some((w) => w.organisationId !== null)).map((d) => d.spaceId));
  if (withBlocks.size === 0) return [];
  const heldOn = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) {
    if (!withBlocks.has(rows.space[i]) || rows.organisation[i] === 0 || rows.held[i] !== 1) continue;
    get(heldOn, `${rows.space[i]}|${rows.day[i]}`, () => []).push(i);
  }
  for (const d of days) {
    if (d.closed || d.date >= today) continue;
    for (const w of d.windows) {
      if (w.organisationId === null) continue;
      const key = `${d.spaceId}|${d.planWeekday}|${w.start}|${w.end}|${w.organisationId}`;
      const b = get(blocks, key, () => ({
        spaceId: d.spaceId,
        organisationId: w.organisationId!,
        weekday: d.planWeekday,
        start: w.start,
        end: w.end,
        occurrences: 0,
        used: 0,
      }));
      b.occurrences++;
      const lo = minuteAt(w.start, 0);
      const hi = minuteAt(w.end, 0);
      const held = heldOn.get(`${d.spaceId}|${ymdOf(d.date)}`) ?? [];
      if (held.some((i) => rows.organisation[i] === w.organisationId && rows.start[i] < hi && rows.end[i] > lo)) b.used++;
    }
  }
  return [...blocks.values()].filter((b) => b.used < b.occurrences).sort((a, b) => b.occurrences - b.used - (a.occurrences - a.used));
}
