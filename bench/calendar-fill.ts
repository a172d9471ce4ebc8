/**
 * Fills the optional tables of the plans feature (series, time-sharing plans and their
 * windows, holidays and 调休 days) when the schema has them, so the benchmark runs
 * before and after that migration lands. Columns are matched by name; a table with a
 * required column this file cannot fill is left empty and reported, never guessed.
 */
import { createRequire } from 'node:module';
import type Database from 'better-sqlite3';
import { hhmm } from '../electron/shared/time';
import { DATA_FROM, DATA_TO } from './dataset';
import { PLAN_WINDOWS } from './day-layout';

export interface GeneratedSeries {
  id: number;
  spaceId: number;
  weekday: number;
  start: string;
  end: string;
  from: string;
  until: string;
  title: string;
  audienceId: number;
  organisationId: number;
}

interface Column {
  name: string;
  notnull: number;
  dflt_value: unknown;
  pk: number;
}

type Row = Record<string, unknown>;

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
}

/** Inserts rows, taking for each column the value of the same name; returns the new ids. */
function insertByName(db: Database.Database, table: string, rows: Row[]): number[] {
  const cols = db.prepare(`PRAGMA table_info("${table}")`).all() as Column[];
  const used = cols.filter((c) => rows[0] && c.name in rows[0]);
  const missing = cols.filter((c) => c.notnull && c.dflt_value === null && !c.pk && !used.includes(c));
  if (missing.length) throw new Error(`${table}: no value for ${missing.map((c) => c.name).join(', ')}`);
  const st = db.prepare(`INSERT INTO "${table}" (${used.map((c) => `"${c.name}"`).join(', ')}) VALUES (${used.map(() => '?').join(', ')})`);
  return rows.map((r) => Number(st.run(...used.map((c) => r[c.name])).lastInsertRowid));
}

const RRULE = (s: GeneratedSeries) =>
  JSON.stringify({ freq: 'weekly', interval: 1, weekdays: [s.weekday], nth: null, startDate: s.from, until: s.until, count: null });

function seriesRows(series: GeneratedSeries[]): Row[] {
  return series.map((s) => ({
    id: s.id,
    space_id: s.spaceId,
    title: s.title,
    audience_id: s.audienceId,
    organisation_id: s.organisationId,
    start_time: s.start,
    end_time: s.end,
    head_count: 1,
    note: '',
    freq: 'weekly',
    interval: 1,
    weekdays: JSON.stringify([s.weekday]),
    rule: RRULE(s),
    start_date: s.from,
    until: s.until,
    created_at: `${s.from}T08:00`,
    updated_at: `${s.from}T08:00`,
  }));
}

function calendarRows(): Row[] {
  const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as Record<'holidays' | 'workdays', Record<string, string>>;
  const rows: Row[] = [];
  for (const [kind, days] of [['holiday', data.holidays], ['workday', data.workdays]] as const) {
    for (const [date, label] of Object.entries(days)) {
      if (date < DATA_FROM || date >= DATA_TO) continue;
      const [nameEn, name] = label.split(',');
      rows.push({ date, day: date, kind, name, name_en: nameEn, label: name, is_holiday: kind === 'holiday' ? 1 : 0, year: Number(date.slice(0, 4)) });
    }
  }
  return rows;
}

/** One plan version per space covering the whole period, with the four daily windows on every weekday. */
function fillPlans(db: Database.Database, planTable: string, windowTable: string, spaceIds: number[]): number {
  const plans = insertByName(
    db,
    planTable,
    spaceIds.map((spaceId) => ({ space_id: spaceId, name: '常规错峰计划', valid_from: DATA_FROM, valid_to: null, created_at: `${DATA_FROM}T08:00`, updated_at: `${DATA_FROM}T08:00` })),
  );
  const audienceIds = (db.prepare('SELECT id FROM audiences ORDER BY sort_order, id').all() as { id: number }[]).map((a) => a.id);
  const windows: Row[] = [];
  for (const planId of plans) {
    for (let weekday = 1; weekday <= 7; weekday++) {
      for (const w of PLAN_WINDOWS) {
        windows.push({ plan_id: planId, weekday, start: hhmm(w.start), end: hhmm(w.end), start_time: hhmm(w.start), end_time: hhmm(w.end), audience_id: audienceIds[w.audience], organisation_id: null });
      }
    }
  }
  return insertByName(db, windowTable, windows).length;
}

export function fillCalendarTables(db: Database.Database, data: { series: GeneratedSeries[]; spaceIds: number[] }): string[] {
  const names = tables(db);
  const notes: string[] = [];
  const attempt = (what: string, table: string | undefined, fill: (table: string) => number) => {
    if (!table) return notes.push(`${what}: no table in the schema, not generated`);
    try {
      // A savepoint per table: a table that fails half-way leaves no rows behind.
      notes.push(`${what}: ${db.transaction(() => fill(table))()} rows in ${table}`);
    } catch (e) {
      notes.push(`${what}: skipped (${(e as Error).message})`);
    }
  };
  attempt('series', names.find((n) => n === 'series'), (t) => insertByName(db, t, seriesRows(data.series)).length);
  const holidayTable = names.find((n) => /calendar_days|holidays/.test(n));
  const shipped = holidayTable && (db.prepare(`SELECT count(*) AS n FROM "${holidayTable}"`).get() as { n: number }).n;
  // The app may load the published holidays itself (from its migration): then they are the ones to use.
  if (shipped) notes.push(`holidays: ${shipped} days already loaded by the app in ${holidayTable}`);
  else attempt('holidays', holidayTable, (t) => insertByName(db, t, calendarRows()).length);
  const planTable = names.find((n) => /plans$/.test(n) && !/window/.test(n));
  const windowTable = names.find((n) => /plan_windows|windows$/.test(n));
  attempt('time-sharing plans', planTable && windowTable ? planTable : undefined, (t) => fillPlans(db, t, windowTable!, data.spaceIds));
  return notes;
}
