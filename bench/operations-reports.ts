/**
 * Reports upward (统计与台账): every figure of a period for the whole subdistrict, with
 * the previous period and the same period last year, through the app; beside it the
 * bare SQL a person would write for the same totals (per status and per space, for the
 * three periods).
 */
import { isMethod } from '../electron/shared/contract';
import { previousPeriod, samePeriodLastYear, type Period } from '../electron/shared/report-period';
import type { BenchFixture } from './fixture';
import type { Operation } from './operation';

function reportOperation(f: BenchFixture, name: string, period: Period, barMs: number): Operation {
  if (!isMethod('reports.figures')) return { name, barMs, runs: 0, unavailable: 'not available yet (reports.figures)' };
  const periods = [period, previousPeriod(period), samePeriodLastYear(period)];
  const held = `(status = 'checked_in' OR (status = 'confirmed' AND "end" <= ?))`;
  const minutes = `(julianday("end") - julianday(start)) * 1440`;
  const where = 'WHERE start >= ? AND start < ?';
  const totals = f.sqlite.prepare(`
    SELECT sum(status <> 'cancelled') AS bookings, sum(${held}) AS held,
           sum(CASE WHEN ${held} THEN head_count ELSE 0 END) AS heads,
           sum(status = 'no_show') AS no_shows, sum(status = 'cancelled') AS cancellations,
           sum(CASE WHEN status IN ('confirmed', 'checked_in', 'no_show') THEN ${minutes} ELSE 0 END) AS booked_minutes
    FROM bookings ${where}`);
  const bySpace = f.sqlite.prepare(`
    SELECT space_id, count(*), sum(head_count), sum(${minutes}) FROM bookings ${where} AND status <> 'cancelled' GROUP BY space_id`);
  const now = `${f.today}T09:00`;
  const bounds = (p: Period) => [`${p.from}T00:00`, `${p.to}T00:00`];
  return {
    name,
    barMs,
    // Each run reads up to three periods of history; the untimed first pass warmed the cache.
    runs: 5,
    warmup: 1,
    app: () => f.call('reports.figures', { scope: { kind: 'subdistrict' }, period }),
    bare: () => periods.map((p) => [totals.get(now, now, ...bounds(p)), bySpace.all(...bounds(p))]),
    size: (app, bare) => [(app as { figures: { bookings: number } }).figures.bookings, ((bare as unknown[][])[0][0] as { bookings: number }).bookings],
  };
}

export function reportsOperations(f: BenchFixture): Operation[] {
  const year = Number(f.today.slice(0, 4)) - 1;
  return [
    reportOperation(f, 'reports upward, subdistrict, a quarter (+ 2 comparisons)', { kind: 'quarter', from: `${year}-10-01`, to: `${year + 1}-01-01` }, 1000),
    reportOperation(f, 'reports upward, subdistrict, a year (+ last year)', { kind: 'year', from: `${year}-01-01`, to: `${year + 1}-01-01` }, 2000),
  ];
}
