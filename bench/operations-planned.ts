/**
 * Operations of features that arrive separately (series, the desk's slot finder, the
 * usage report). Each is looked up in the contract when the benchmark runs: absent,
 * it is reported as not available yet; present, it is measured like the others.
 */
import { isMethod } from '../electron/shared/contract';
import { addDays, isoWeekday } from '../electron/shared/time';
import type { BenchFixture } from './fixture';
import type { Operation } from './operation';

const ACTIVE = "('requested', 'confirmed', 'checked_in')";

/** A method missing from the contract makes the operation "not available yet". */
function needs(methods: string[], op: Operation): Operation {
  const missing = methods.filter((m) => !isMethod(m));
  return missing.length ? { name: op.name, barMs: op.barMs, runs: 0, unavailable: `not available yet (${missing.join(', ')})` } : op;
}

/**
 * A 2-year weekly series on the Sunday hour the generator keeps free: previewed, then
 * saved with the preview's verdicts (dates that are not free, e.g. holidays, skipped),
 * as the coordinator's dialog does.
 */
/** The series both runs save: weekly on Sunday's free hour for two years from next Sunday. */
export function benchSeries(f: BenchFixture) {
  const startDate = addDays(f.today, 7 - isoWeekday(f.today));
  const until = addDays(startDate, 2 * 364);
  const hour = f.freeSundayHour(f.room);
  const input = {
    spaceId: f.room,
    startTime: hour.start,
    endTime: hour.end,
    title: '英语角',
    audienceId: f.audience,
    organisationId: f.organisation,
    contactId: f.contact,
    headCount: 10,
    note: '',
    rule: { freq: 'weekly', interval: 1, weekdays: [7], startDate, until },
  };
  const dates: string[] = [];
  for (let d = startDate; d <= until; d = addDays(d, 7)) dates.push(d);
  return { startDate, until, hour, input, dates };
}

/** The app's side of the series, as the coordinator's dialog does it: preview, then save skipping every date that is not free. */
export function previewAndSave(f: BenchFixture, input: ReturnType<typeof benchSeries>['input']) {
  let previewed: { date: string; status: string }[] = [];
  return {
    app: async () => {
      previewed = (await f.call('series.preview', input)) as typeof previewed;
      const decisions = previewed.filter((o) => o.status !== 'free').map((o) => ({ date: o.date, action: 'skip' }));
      return f.call('series.create', { series: input, decisions });
    },
    /** How many dates the last preview found free. */
    freeDates: () => previewed.filter((o) => o.status === 'free').length,
  };
}

function seriesOperation(f: BenchFixture): Operation {
  const { startDate, until, hour, input, dates } = benchSeries(f);
  const clashes = f.sqlite.prepare(
    `SELECT id FROM bookings WHERE space_id = ? AND start >= ? AND start < ? AND status IN ${ACTIVE}
     AND strftime('%w', start) = '0' AND substr(start, 12) < ? AND substr(end, 12) > ?`,
  );
  const hasCalendar = f.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'calendar_days'").get() !== undefined;
  const holidays = hasCalendar ? f.sqlite.prepare("SELECT date FROM calendar_days WHERE kind = 'holiday' AND date >= ? AND date <= ?") : null;
  const series = f.sqlite.prepare(`INSERT INTO series (space_id, rule, start_time, end_time, title, audience_id, organisation_id,
    contact_id, head_count, created_at) VALUES (?, ?, ?, ?, '英语角', ?, ?, ?, 10, ?) RETURNING id`);
  const insert = f.sqlite.prepare(`INSERT INTO bookings (space_id, start, end, title, contact_id, organisation_id, audience_id,
    head_count, status, series_id, created_at, updated_at) VALUES (?, ?, ?, '英语角', ?, ?, ?, 10, 'confirmed', ?, ?, ?) RETURNING *`);
  const audit = f.sqlite.prepare(`INSERT INTO audit_log (at, action, entity, entity_id, after) VALUES (?, 'create', ?, ?, ?)`);
  // The bare side does what previewing and saving a series must: look up clashes and
  // holidays over the two years for the preview, look them up again inside the write
  // transaction (the preview may be stale by then), write the series and each free
  // date's booking, and audit every row written.
  const lookUp = () => {
    const hit = clashes.all(f.room, `${startDate}T00:00`, `${addDays(until, 1)}T00:00`, hour.end, hour.start);
    const closed = new Set(((holidays?.all(startDate, until) ?? []) as { date: string }[]).map((h) => h.date));
    return { hit, free: dates.filter((d) => !closed.has(d)) };
  };
  const save = f.sqlite.transaction(() => {
    const { hit, free } = lookUp();
    const { id } = series.get(f.room, JSON.stringify(input.rule), hour.start, hour.end, f.audience, f.organisation, f.contact, f.today) as {
      id: number;
    };
    for (const d of free) {
      const row = insert.get(f.room, `${d}T${hour.start}`, `${d}T${hour.end}`, f.contact, f.organisation, f.audience, id, f.today, f.today) as {
        id: number;
      };
      audit.run(f.today, 'booking', row.id, JSON.stringify(row));
    }
    audit.run(f.today, 'series', id, JSON.stringify(input));
    return { hit, free };
  });
  const bare = () => {
    lookUp();
    return save.immediate();
  };
  const { app, freeDates } = previewAndSave(f, input);
  return needs(['series.preview', 'series.create'], {
    name: 'series preview + save (2 years weekly)',
    barMs: 300,
    // The longest path of JavaScript in the app: measured once the JIT has settled, as in
    // a desk that has been open all morning (three warm-ups left it 20-40% slower).
    runs: 25,
    warmup: 10,
    app,
    bare,
    reset: f.snapshot(),
    size: (_app, b) => [freeDates(), (b as { free: string[] }).free.length],
  });
}

/**
 * Free hours across every space of the site over the next 14 days, for the audience of
 * the evening window. (Every open hour of the generated plans belongs to some audience,
 * so a search without one rightly finds nothing the desk could book.)
 */
function slotsOperation(f: BenchFixture): Operation {
  const input = { siteId: f.site, from: f.today, to: addDays(f.today, 14), durationMinutes: 60, headCount: 4, audienceId: f.audience };
  // The gaps between consecutive active bookings of each space: the data the slot finder needs.
  const gaps = f.sqlite.prepare(`
    SELECT * FROM (
      SELECT b.space_id, b.end AS free_from, lead(b.start) OVER (PARTITION BY b.space_id ORDER BY b.start) AS free_to
      FROM spaces s JOIN bookings b ON b.space_id = s.id
      WHERE s.site_id = ? AND b.start >= ? AND b.start < ? AND b.status IN ${ACTIVE}
    ) WHERE free_to IS NULL OR (julianday(free_to) - julianday(free_from)) * 1440 >= 60`);
  return needs(['desk.findSlots'], {
    name: 'free-slot search (site, 14 days)',
    barMs: 100,
    runs: 20,
    app: () => f.call('desk.findSlots', input),
    bare: () => gaps.all(f.site, `${addDays(input.from, -1)}T00:00`, `${input.to}T00:00`),
  });
}

/** One calendar year of the whole subdistrict, by space, by audience and by weekday x hour. */
function reportOperation(f: BenchFixture): Operation {
  const year = String(Number(f.today.slice(0, 4)) - 1);
  const input = { from: `${year}-01-01`, to: `${Number(year) + 1}-01-01` };
  const range = [`${input.from}T00:00`, `${input.to}T00:00`];
  const where = `WHERE start >= ? AND start < ? AND status != 'cancelled'`;
  const minutes = `(julianday(end) - julianday(start)) * 1440`;
  const queries = [
    `SELECT space_id, count(*), sum(${minutes}), sum(head_count) FROM bookings ${where} GROUP BY space_id`,
    `SELECT audience_id, count(*), sum(${minutes}), sum(head_count) FROM bookings ${where} GROUP BY audience_id`,
    `SELECT strftime('%w', start) AS weekday, substr(start, 12, 2) AS hour, count(*), sum(head_count) FROM bookings ${where} GROUP BY 1, 2`,
  ].map((q) => f.sqlite.prepare(q));
  return needs(['reports.usage'], {
    name: 'usage report (subdistrict, 1 year)',
    barMs: 2000,
    // Each run reads a year of history; the untimed first pass already warmed the cache.
    runs: 3,
    warmup: 0,
    app: () => f.call('reports.usage', input),
    bare: () => queries.map((q) => q.all(...range)),
  });
}

export function plannedOperations(f: BenchFixture): Operation[] {
  return [seriesOperation(f), slotsOperation(f), reportOperation(f)];
}
