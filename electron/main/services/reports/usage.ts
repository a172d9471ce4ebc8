/**
 * The off-peak view: for a period, how much of each audience's windows is used and
 * how much stands idle, per space, per audience, per weekday × hour, and the most idle
 * windows, so a coordinator can offer them to another audience.
 */
import type { Kysely } from 'kysely';
import { addDays, isoWeekday, minutesOfDay } from '../../../shared/time';
import { activeSpansStartingIn, type BookingSpans } from '../../db/repos/report-rows';
import { listSpaces } from '../../db/repos/spaces';
import type { DB } from '../../db/schema';
import { spaceDays, type PlanWindowOfDay, type SpaceDay } from '../rules/space-days';

type Interval = [number, number];

/** Minutes of [lo, hi) covered by the union of the intervals (shared rooms do not double count). */
export function coveredMinutes(intervals: Interval[], lo: number, hi: number): number {
  const cut = intervals
    .map(([s, e]): Interval => [Math.max(s, lo), Math.min(e, hi)])
    .filter(([s, e]) => s < e)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = lo;
  for (const [s, e] of cut) {
    if (e <= reach) continue;
    total += e - Math.max(s, reach);
    reach = e;
  }
  return total;
}

export interface Tally {
  windowMinutes: number;
  usedMinutes: number;
}
function bump<K>(m: Map<K, Tally>, k: K, w: number, u: number) {
  const t = m.get(k);
  if (t) {
    t.windowMinutes += w;
    t.usedMinutes += u;
  } else m.set(k, { windowMinutes: w, usedMinutes: u });
}

/** A `YYYY-MM-DD` date as the number yyyymmdd, as the report rows carry it. */
export const ymdOf = (date: string) => Number(date.slice(0, 4)) * 10000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));

/**
 * The busy time of every (space, day), as the union of its bookings: disjoint, sorted
 * minute intervals stored flat. A booking belongs to the day it starts on and is cut
 * at midnight. Cell `spaceIndex * dayCount + dayIndex` holds `count[cell]` intervals
 * from `first[cell]` on.
 */
export interface BusyDays {
  first: Int32Array;
  count: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * `spans` must come ordered by space, then start (as activeSpansStartingIn returns them);
 * `dayIndex` maps each date of the period (as yyyymmdd) to its place. With `keep`, only
 * the rows it accepts are busy time.
 */
export function busyDays(
  spans: BookingSpans,
  spaceIndex: Map<number, number>,
  dayIndex: Map<number, number>,
  dayCount: number,
  keep?: (row: number) => boolean,
): BusyDays {
  const first = new Int32Array(spaceIndex.size * dayCount);
  const count = new Int32Array(spaceIndex.size * dayCount);
  const starts = new Int32Array(spans.length);
  const ends = new Int32Array(spans.length);
  let n = 0;
  let cell = -1;
  let space = NaN;
  let spaceBase = -1;
  let day = -1;
  for (let i = 0; i < spans.length; i++) {
    if (keep && !keep(i)) continue;
    if (spans.space[i] !== space) {
      space = spans.space[i];
      const si = spaceIndex.get(space);
      spaceBase = si === undefined ? -1 : si * dayCount;
      day = -1;
    }
    if (spaceBase < 0) continue;
    if (spans.day[i] !== day) {
      const di = dayIndex.get(spans.day[i]);
      if (di === undefined) continue;
      day = spans.day[i];
      cell = spaceBase + di;
      first[cell] = n;
    }
    const s = spans.start[i];
    const e = spans.end[i] < 1440 ? spans.end[i] : 1440;
    // Starts come in order within a day, so each booking either extends the last
    // interval of the union or opens a new one.
    if (count[cell] > 0 && s <= ends[n - 1]) {
      if (e > ends[n - 1]) ends[n - 1] = e;
    } else {
      starts[n] = s;
      ends[n] = e;
      n++;
      count[cell]++;
    }
  }
  return { first, count, starts, ends };
}

/** Hour rows per weekday in the heatmap accumulators (a window ends at 24:00 at the latest). */
const HOURS = 48;

export interface WindowUsage extends Tally {
  spaceId: number;
  weekday: number;
  start: string;
  end: string;
  audienceId: number;
}

export async function usageReport(db: Kysely<DB>, input: { from: string; to: string; siteId?: number; spaceId?: number; audienceId?: number }) {
  const spaces = (await listSpaces(db, { siteId: input.siteId, includeArchived: false })).filter((s) => input.spaceId === undefined || s.id === input.spaceId);
  const names = new Map(spaces.map((s) => [s.id, s.name]));
  const ids = spaces.map((s) => s.id);
  const days = await spaceDays(db, ids, input.from, input.to);
  const spans = await activeSpansStartingIn(db, ids, input.from, input.to);
  const { bySpace, byAudience, heatmap, windows } = windowUsage(ids, days, spans, input.from, input.to, undefined, input.audienceId);
  const idle = (t: Tally) => t.windowMinutes - t.usedMinutes;
  return {
    bySpace: [...bySpace].map(([spaceId, t]) => ({ spaceId, spaceName: names.get(spaceId) ?? '', ...t })),
    byAudience: [...byAudience].map(([audienceId, t]) => ({ audienceId, ...t })),
    heatmap,
    idleWindows: windows
      .sort((a, b) => a.usedMinutes / a.windowMinutes - b.usedMinutes / b.windowMinutes || idle(b) - idle(a))
      .slice(0, 20)
      .map((w) => ({ ...w, spaceName: names.get(w.spaceId) ?? '' })),
  };
}

/**
 * How much of the plan's audience windows the spans cover: per space, per audience,
 * per weekday × hour, and per window of the weekly plan. Closed days are skipped.
 * `spans` must come ordered by space, then start. A caller that has already built the
 * busy days of the same ids (in that order) and dates passes them in. With `audienceId`,
 * only that audience's windows count (the off-peak screen's filter).
 */
export function windowUsage(ids: number[], days: SpaceDay[], spans: BookingSpans, from: string, to: string, known?: BusyDays, audienceId?: number) {
  const spaceIndex = new Map(ids.map((id, i) => [id, i]));
  const dayIndex = new Map<string, number>();
  const ymdIndex = new Map<number, number>();
  const weekdayOf: number[] = [];
  for (let date = from; date < to; date = addDays(date, 1)) {
    dayIndex.set(date, weekdayOf.length);
    ymdIndex.set(ymdOf(date), weekdayOf.length);
    weekdayOf.push(isoWeekday(date));
  }
  const dayCount = weekdayOf.length;
  const busy = known ?? busyDays(spans, spaceIndex, ymdIndex, dayCount);

  const bySpace = new Map<number, Tally>();
  const byAudience = new Map<number, Tally>();
  // Weekday × hour cells, listed in the order they are first reached.
  const heatWindow = new Float64Array(8 * HOURS);
  const heatUsed = new Float64Array(8 * HOURS);
  const heatSeen = new Uint8Array(8 * HOURS);
  const heatOrder: number[] = [];
  const windows = new Map<PlanWindowOfDay, WindowUsage>();
  const minutes = new Map<string, number>();
  const minutesOf = (hhmm: string) => {
    let m = minutes.get(hhmm);
    if (m === undefined) minutes.set(hhmm, (m = minutesOfDay(hhmm)));
    return m;
  };
  for (const day of days) {
    if (day.closed) continue;
    const si = spaceIndex.get(day.spaceId);
    const di = dayIndex.get(day.date);
    const cell = si === undefined || di === undefined ? -1 : si * dayCount + di;
    const k0 = cell < 0 ? 0 : busy.first[cell];
    const k1 = cell < 0 ? 0 : k0 + busy.count[cell];
    const weekday = di === undefined ? isoWeekday(day.date) : weekdayOf[di];
    const row = weekday * HOURS;
    for (const w of day.windows) {
      if (audienceId !== undefined && w.audienceId !== audienceId) continue;
      const lo = minutesOf(w.start);
      const hi = minutesOf(w.end);
      for (let h = Math.floor(lo / 60); h * 60 < hi; h++) {
        const c = row + h;
        if (!heatSeen[c]) {
          heatSeen[c] = 1;
          heatOrder.push(c);
        }
        heatWindow[c] += Math.min(hi, h * 60 + 60) - Math.max(lo, h * 60);
      }
      // One pass over the day's busy intervals: minutes inside the window, and inside
      // each of its hours.
      let u = 0;
      for (let k = k0; k < k1; k++) {
        const a = busy.starts[k] > lo ? busy.starts[k] : lo;
        const b = busy.ends[k] < hi ? busy.ends[k] : hi;
        if (a >= b) continue;
        u += b - a;
        for (let h = Math.floor(a / 60); h * 60 < b; h++) heatUsed[row + h] += Math.min(b, h * 60 + 60) - Math.max(a, h * 60);
      }
      bump(bySpace, day.spaceId, hi - lo, u);
      bump(byAudience, w.audienceId, hi - lo, u);
      // A plan version's windows of one weekday are shared objects (space-days.ts), so the
      // window itself is the key: no string built per day and window.
      const entry = windows.get(w);
      if (entry) {
        entry.windowMinutes += hi - lo;
        entry.usedMinutes += u;
      } else {
        windows.set(w, {
          windowMinutes: hi - lo,
          usedMinutes: u,
          spaceId: day.spaceId,
          weekday: day.planWeekday,
          start: w.start,
          end: w.end,
          audienceId: w.audienceId,
        });
      }
    }
  }
  return {
    bySpace,
    byAudience,
    heatmap: heatOrder.map((c) => ({
      weekday: Math.floor(c / HOURS),
      hour: c % HOURS,
      windowMinutes: heatWindow[c],
      usedMinutes: heatUsed[c],
    })),
    windows: [...windows.values()],
  };
}
