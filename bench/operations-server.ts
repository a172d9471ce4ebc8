/**
 * `npm run bench -- --pg`: the operations the shared server must serve fast, asked of
 * the app running on PostgreSQL and, beside it, as the bare SQL a person would write
 * for PostgreSQL, on a connection of its own to the same server in the same run. The
 * questions (spaces, dates, inputs) are the ones the SQLite run asks.
 */
import type pg from 'pg';
import { isMethod } from '../electron/shared/contract';
import { previousPeriod, samePeriodLastYear, type Period } from '../electron/shared/report-period';
import { addDays, isoWeekday } from '../electron/shared/time';
import { serverSnapshot, type BenchFixture } from './fixture';
import type { Operation } from './operation';
import { benchSeries, previewAndSave } from './operations-planned';

const ACTIVE = "('requested', 'confirmed', 'checked_in')";
const MINUTES = (from: string, to: string) => `extract(epoch FROM (${to}::timestamp - ${from}::timestamp)) / 60`;

/** The calendar's rows with the names shown on them, as in the SQLite run. */
const VIEW_SQL = (where: string) => `
  SELECT b.*, s.name AS space_name, s.site_id, c.name AS contact_name, c.phone AS contact_phone,
         o.name AS organisation_name, a.name AS audience_name, a.color AS audience_color
  FROM bookings b JOIN spaces s ON s.id = b.space_id
  LEFT JOIN contacts c ON c.id = b.contact_id
  LEFT JOIN organisations o ON o.id = b.organisation_id
  LEFT JOIN audiences a ON a.id = b.audience_id
  WHERE ${where} AND b.start >= $2 AND b.start < $3 AND b."end" > $4 AND b.status <> 'cancelled'
  ORDER BY b.start, b.id`;

const rows = async (c: pg.Client, text: string, values: unknown[]) => (await c.query(text, values)).rows;
const lengths = (a: unknown, b: unknown): [number, number] => [(a as unknown[]).length, (b as unknown[]).length];

/** Runs `fn` in a transaction of the bare connection. */
async function inTransaction<T>(c: pg.Client, fn: () => Promise<T>): Promise<T> {
  await c.query('BEGIN');
  try {
    const r = await fn();
    await c.query('COMMIT');
    return r;
  } catch (e) {
    await c.query('ROLLBACK');
    throw e;
  }
}

function rangeOperations(f: BenchFixture, c: pg.Client): Operation[] {
  const week = { from: f.today, to: addDays(f.today, 7) };
  const day = { from: f.today, to: addDays(f.today, 1) };
  const bounds = (r: { from: string; to: string }) => [`${addDays(r.from, -1)}T00:00`, `${r.to}T00:00`, `${r.from}T00:00`];
  return [
    {
      name: 'week of one space',
      barMs: 20,
      runs: 50,
      app: () => f.call('bookings.range', { ...week, spaceIds: [f.room] }),
      bare: () => rows(c, VIEW_SQL('b.space_id = $1'), [f.room, ...bounds(week)]),
      size: lengths,
    },
    {
      name: 'day of a whole site',
      barMs: 20,
      runs: 50,
      app: () => f.call('bookings.range', { ...day, siteId: f.site }),
      bare: () => rows(c, VIEW_SQL('s.site_id = $1'), [f.site, ...bounds(day)]),
      size: lengths,
    },
  ];
}

/**
 * One booking into a half court at the Sunday hour kept free. The bare side does what a
 * safe write on a shared server needs: lock the family's rows in id order, look for
 * overlaps, insert, audit; each run is undone.
 */
async function createOperation(f: BenchFixture, c: pg.Client): Promise<Operation> {
  const sunday = addDays(f.today, 7 - isoWeekday(f.today));
  const hour = f.freeSundayHour(f.halfCourt);
  const start = `${sunday}T${hour.start}`;
  const end = `${sunday}T${hour.end}`;
  const input = { spaceId: f.halfCourt, start, end, title: '篮球训练', contactId: f.contact, audienceId: f.audience, headCount: 8 };
  const bare = () =>
    inTransaction(c, async () => {
      const family = await rows(
        c,
        `SELECT id FROM spaces WHERE id = $1 OR id = (SELECT parent_id FROM spaces WHERE id = $1) OR parent_id = $1 ORDER BY id FOR UPDATE`,
        [f.halfCourt],
      );
      const ids = family.map((r: { id: number }) => r.id);
      const clash = await rows(
        c,
        `SELECT id FROM bookings WHERE space_id = ANY($1) AND start >= $2 AND start < $3 AND "end" > $4 AND status IN ${ACTIVE}`,
        [ids, `${addDays(sunday, -1)}T${hour.start}`, end, start],
      );
      if (clash.length) throw new Error('bare insert: the reserved hour is taken');
      await c.query(
        `WITH b AS (
           INSERT INTO bookings (space_id, start, "end", title, contact_id, audience_id, head_count, status, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, 8, 'confirmed', $2, $2) RETURNING *)
         INSERT INTO audit_log (at, action, entity, entity_id, after) SELECT $2, 'create', 'booking', b.id, row_to_json(b)::text FROM b`,
        [f.halfCourt, start, end, input.title, f.contact, f.audience],
      );
    });
  return {
    name: 'conflict check + insert',
    barMs: 10,
    runs: 50,
    app: () => f.call('bookings.create', input),
    bare,
    reset: await serverSnapshot(c),
  };
}

/** The 2-year weekly series of the SQLite run: preview, then save with the preview's verdicts. */
async function seriesOperation(f: BenchFixture, c: pg.Client): Promise<Operation> {
  const { startDate, until, hour, input, dates } = benchSeries(f);
  const lookUp = async () => {
    const hit = await rows(
      c,
      `SELECT id FROM bookings WHERE space_id = $1 AND start >= $2 AND start < $3 AND status IN ${ACTIVE}
       AND extract(dow FROM start::timestamp) = 0 AND substr(start, 12) < $4 AND substr("end", 12) > $5`,
      [f.room, `${startDate}T00:00`, `${addDays(until, 1)}T00:00`, hour.end, hour.start],
    );
    const closed = new Set((await rows(c, `SELECT date FROM calendar_days WHERE kind = 'holiday' AND date >= $1 AND date <= $2`, [startDate, until])).map((h: { date: string }) => h.date));
    return { hit, free: dates.filter((d) => !closed.has(d)) };
  };
  // As the SQLite run: the preview's look-up, then in the write transaction the space
  // locked, the look-up again, the series, every free date's booking and their audit rows.
  const bare = async () => {
    await lookUp();
    return inTransaction(c, async () => {
      await c.query('SELECT id FROM spaces WHERE id = $1 FOR UPDATE', [f.room]);
      const { hit, free } = await lookUp();
      const [{ id }] = await rows(
        c,
        `INSERT INTO series (space_id, rule, start_time, end_time, title, audience_id, organisation_id, contact_id, head_count, created_at)
         VALUES ($1, $2, $3, $4, '英语角', $5, $6, $7, 10, $8) RETURNING id`,
        [f.room, JSON.stringify(input.rule), hour.start, hour.end, f.audience, f.organisation, f.contact, f.today],
      );
      await c.query(
        `WITH b AS (
           INSERT INTO bookings (space_id, start, "end", title, contact_id, organisation_id, audience_id, head_count, status, series_id, created_at, updated_at)
           SELECT $1, d || 'T' || $2, d || 'T' || $3, '英语角', $4, $5, $6, 10, 'confirmed', $7, $8, $8 FROM unnest($9::text[]) AS d
           RETURNING *)
         INSERT INTO audit_log (at, action, entity, entity_id, after) SELECT $8, 'create', 'booking', b.id, row_to_json(b)::text FROM b`,
        [f.room, hour.start, hour.end, f.contact, f.organisation, f.audience, id, f.today, free],
      );
      await c.query(`INSERT INTO audit_log (at, action, entity, entity_id, after) VALUES ($1, 'create', 'series', $2, $3)`, [f.today, id, JSON.stringify(input)]);
      return { hit, free };
    });
  };
  const { app, freeDates } = previewAndSave(f, input);
  return {
    name: 'series preview + save (2 years weekly)',
    barMs: 300,
    runs: 25,
    warmup: 10,
    app,
    bare,
    reset: await serverSnapshot(c),
    size: (_app, b) => [freeDates(), (b as { free: string[] }).free.length],
  };
}

/** Free hours across the site's spaces over 14 days for the evening window's audience. */
function slotsOperation(f: BenchFixture, c: pg.Client): Operation {
  const input = { siteId: f.site, from: f.today, to: addDays(f.today, 14), durationMinutes: 60, headCount: 4, audienceId: f.audience };
  const gaps = `
    SELECT * FROM (
      SELECT b.space_id, b."end" AS free_from, lead(b.start) OVER (PARTITION BY b.space_id ORDER BY b.start) AS free_to
      FROM spaces s JOIN bookings b ON b.space_id = s.id
      WHERE s.site_id = $1 AND b.start >= $2 AND b.start < $3 AND b.status IN ${ACTIVE}
    ) g WHERE free_to IS NULL OR ${MINUTES('free_from', 'free_to')} >= 60`;
  return {
    name: 'free-slot search (site, 14 days)',
    barMs: 100,
    runs: 20,
    app: () => f.call('desk.findSlots', input),
    bare: () => rows(c, gaps, [f.site, `${addDays(input.from, -1)}T00:00`, `${input.to}T00:00`]),
  };
}

/** One calendar year of the whole subdistrict, by space, by audience and by weekday × hour. */
function usageOperation(f: BenchFixture, c: pg.Client): Operation {
  const year = String(Number(f.today.slice(0, 4)) - 1);
  const input = { from: `${year}-01-01`, to: `${Number(year) + 1}-01-01` };
  const range = [`${input.from}T00:00`, `${input.to}T00:00`];
  const where = `WHERE start >= $1 AND start < $2 AND status <> 'cancelled'`;
  const minutes = MINUTES('start', '"end"');
  const queries = [
    `SELECT space_id, count(*), sum(${minutes}), sum(head_count) FROM bookings ${where} GROUP BY space_id`,
    `SELECT audience_id, count(*), sum(${minutes}), sum(head_count) FROM bookings ${where} GROUP BY audience_id`,
    `SELECT extract(dow FROM start::timestamp) AS weekday, substr(start, 12, 2) AS hour, count(*), sum(head_count) FROM bookings ${where} GROUP BY 1, 2`,
  ];
  return {
    name: 'usage report (subdistrict, 1 year)',
    barMs: 3000,
    runs: 3,
    warmup: 0,
    app: () => f.call('reports.usage', input),
    // One connection answers one query at a time: asked one after another, as the app asks.
    bare: async () => {
      const out = [];
      for (const q of queries) out.push(await rows(c, q, range));
      return out;
    },
  };
}

/** Every figure of a period with its two comparisons (统计与台账), beside the bare totals. */
function figuresOperation(f: BenchFixture, c: pg.Client, name: string, period: Period, barMs: number): Operation {
  const periods = [period, previousPeriod(period), samePeriodLastYear(period)];
  const held = `(status = 'checked_in' OR (status = 'confirmed' AND "end" <= $3))`;
  const minutes = MINUTES('start', '"end"');
  const totals = `
    SELECT count(*) FILTER (WHERE status <> 'cancelled') AS bookings, count(*) FILTER (WHERE ${held}) AS held,
           coalesce(sum(head_count) FILTER (WHERE ${held}), 0) AS heads,
           count(*) FILTER (WHERE status = 'no_show') AS no_shows, count(*) FILTER (WHERE status = 'cancelled') AS cancellations,
           coalesce(sum(${minutes}) FILTER (WHERE status IN ('confirmed', 'checked_in', 'no_show')), 0) AS booked_minutes
    FROM bookings WHERE start >= $1 AND start < $2`;
  const bySpace = `
    SELECT space_id, count(*), sum(head_count), sum(${minutes}) FROM bookings
    WHERE start >= $1 AND start < $2 AND status <> 'cancelled' GROUP BY space_id`;
  const now = `${f.today}T09:00`;
  const bounds = (p: Period) => [`${p.from}T00:00`, `${p.to}T00:00`];
  return {
    name,
    barMs,
    runs: 5,
    warmup: 1,
    app: () => f.call('reports.figures', { scope: { kind: 'subdistrict' }, period }),
    bare: async () => {
      const out = [];
      for (const p of periods) out.push([(await rows(c, totals, [...bounds(p), now]))[0], await rows(c, bySpace, bounds(p))]);
      return out;
    },
    size: (app, bare) => [(app as { figures: { bookings: number } }).figures.bookings, Number(((bare as unknown[][])[0][0] as { bookings: string }).bookings)],
  };
}

export async function serverOperations(f: BenchFixture): Promise<Operation[]> {
  const c = f.pg;
  if (!c) throw new Error('the server operations need the bare connection');
  const year = Number(f.today.slice(0, 4)) - 1;
  const ops = [
    ...rangeOperations(f, c),
    await createOperation(f, c),
    await seriesOperation(f, c),
    slotsOperation(f, c),
    usageOperation(f, c),
  ];
  if (isMethod('reports.figures')) {
    ops.push(
      figuresOperation(f, c, 'reports upward, subdistrict, a quarter (+ 2 comparisons)', { kind: 'quarter', from: `${year}-10-01`, to: `${year + 1}-01-01` }, 1000),
      figuresOperation(f, c, 'reports upward, subdistrict, a year (+ last year)', { kind: 'year', from: `${year}-01-01`, to: `${year + 1}-01-01` }, 2000),
    );
  }
  return ops;
}
