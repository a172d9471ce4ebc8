/**
 * The off-peak view: for a period, how much of each audience's windows is used and
 * how much stands idle, per space, per audience, per weekday × hour, and the most idle
 * windows, so a coordinator can offer them to another audience.
 */
import type { Kysely } from 'kysely';
import { ACTIVE_STATUSES } from '../../../shared/domain';
import { datePart, isoWeekday, minutesOfDay, timePart } from '../../../shared/time';
import { bookingViews } from '../../db/repos/bookings';
import { listSpaces } from '../../db/repos/spaces';
import type { DB } from '../../db/schema';
import { spaceDays } from './constraints';

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

interface Tally {
  windowMinutes: number;
  usedMinutes: number;
}
const tally = (): Tally => ({ windowMinutes: 0, usedMinutes: 0 });
function bump<K>(m: Map<K, Tally>, k: K, w: number, u: number) {
  const t = m.get(k) ?? tally();
  t.windowMinutes += w;
  t.usedMinutes += u;
  m.set(k, t);
}

export async function usageReport(db: Kysely<DB>, input: { from: string; to: string; siteId?: number }) {
  const spaces = await listSpaces(db, { siteId: input.siteId, includeArchived: false });
  const names = new Map(spaces.map((s) => [s.id, s.name]));
  const ids = spaces.map((s) => s.id);
  const days = await spaceDays(db, ids, input.from, input.to);
  const bookings = await bookingViews(db, { from: input.from, to: input.to, spaceIds: ids, includeCancelled: false });
  const busy = new Map<string, Interval[]>();
  for (const b of bookings) {
    if (!(ACTIVE_STATUSES as readonly string[]).includes(b.status)) continue;
    const key = `${b.spaceId}|${datePart(b.start)}`;
    const end = datePart(b.end) === datePart(b.start) ? minutesOfDay(timePart(b.end)) : 1440;
    busy.set(key, [...(busy.get(key) ?? []), [minutesOfDay(timePart(b.start)), end]]);
  }
  const bySpace = new Map<number, Tally>();
  const byAudience = new Map<number, Tally>();
  const heat = new Map<string, Tally>();
  const windows = new Map<string, Tally & { spaceId: number; weekday: number; start: string; end: string; audienceId: number }>();
  for (const day of days) {
    if (day.closed) continue;
    const used = busy.get(`${day.spaceId}|${day.date}`) ?? [];
    const weekday = isoWeekday(day.date);
    for (const w of day.windows) {
      const [lo, hi] = [minutesOfDay(w.start), minutesOfDay(w.end)];
      const u = coveredMinutes(used, lo, hi);
      bump(bySpace, day.spaceId, hi - lo, u);
      bump(byAudience, w.audienceId, hi - lo, u);
      const wk = `${day.spaceId}|${day.planWeekday}|${w.start}|${w.end}|${w.audienceId}`;
      const entry = windows.get(wk) ?? { ...tally(), spaceId: day.spaceId, weekday: day.planWeekday, start: w.start, end: w.end, audienceId: w.audienceId };
      entry.windowMinutes += hi - lo;
      entry.usedMinutes += u;
      windows.set(wk, entry);
      for (let h = Math.floor(lo / 60); h * 60 < hi; h++) {
        const [a, b] = [Math.max(lo, h * 60), Math.min(hi, h * 60 + 60)];
        bump(heat, `${weekday}|${h}`, b - a, coveredMinutes(used, a, b));
      }
    }
  }
  const idle = (t: Tally) => t.windowMinutes - t.usedMinutes;
  return {
    bySpace: [...bySpace].map(([spaceId, t]) => ({ spaceId, spaceName: names.get(spaceId) ?? '', ...t })),
    byAudience: [...byAudience].map(([audienceId, t]) => ({ audienceId, ...t })),
    heatmap: [...heat].map(([k, t]) => {
      const [weekday, hour] = k.split('|').map(Number);
      return { weekday, hour, ...t };
    }),
    idleWindows: [...windows.values()]
      .sort((a, b) => a.usedMinutes / a.windowMinutes - b.usedMinutes / b.windowMinutes || idle(b) - idle(a))
      .slice(0, 20)
      .map((w) => ({ ...w, spaceName: names.get(w.spaceId) ?? '' })),
  };
}
