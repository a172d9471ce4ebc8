/** Migration 0002 on a database at schema 1 with data: everything stays, plans, series, holidays and closures work. */
import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { TABLES_V1, TABLES_V2, databaseAt, rowsOf, runMigration, seedFoundation, seedPlansCalendar, tableNames } from './data';

let db: Database.Database;
afterEach(() => db?.close());

function migrated(): Database.Database {
  db = databaseAt(1);
  seedFoundation(db);
  const before = rowsOf(db, TABLES_V1);
  runMigration(db, 2);
  expect(rowsOf(db, TABLES_V1)).toEqual(before);
  return db;
}

describe('migration 0002 plans-calendar', () => {
  it('keeps every row of schema 1 and adds the plan, series, calendar and closure tables', () => {
    migrated();
    expect(tableNames(db)).toEqual([...TABLES_V2].sort());
    // The shipped holidays (0002-holidays.test.ts checks them day by day).
    expect(db.prepare('SELECT min(year) AS first, max(year) AS last, count(*) AS n FROM calendar_years').get()).toEqual({ first: 2004, last: 2026, n: 23 });
    expect(db.prepare("SELECT kind, name, follows_weekday AS follows FROM calendar_days WHERE date = '2026-02-14'").get()).toEqual({ kind: 'workday', name: '春节', follows: 5 });
  });

  it('the new tables take rows that name the old ones', () => {
    migrated();
    seedPlansCalendar(db);
    const rows = rowsOf(db, ['plans', 'plan_windows', 'holiday_policies', 'closures', 'series', 'series_exceptions']);
    expect(rows.plans).toHaveLength(2);
    expect(rows.plan_windows).toHaveLength(3);
    expect(rows.series_exceptions).toEqual([{ id: 1, series_id: 1, date: '2026-12-01', kind: 'skipped', booking_id: null, note: '选举' }]);
    expect(db.prepare('SELECT series_id FROM bookings WHERE id = 2').get()).toEqual({ series_id: 1 });
    expect(db.prepare("SELECT name FROM calendar_days WHERE date = '2027-02-20'").get()).toEqual({ name: '春节' });
  });

  it('holds its rules: one plan version per space and date, windows go with their plan, closures name a site or a space', () => {
    migrated();
    seedPlansCalendar(db);
    expect(() => db.prepare(`INSERT INTO plans (space_id, valid_from) VALUES (1, '2026-09-01')`).run()).toThrow(/UNIQUE/);
    db.prepare('DELETE FROM plans WHERE id = 1').run();
    expect(db.prepare('SELECT plan_id FROM plan_windows').all()).toEqual([{ plan_id: 2 }]);
    const closure = db.prepare(`INSERT INTO closures (site_id, space_id, first_day, last_day, reason) VALUES (?, ?, '2026-12-01', '2026-12-01', '检修')`);
    expect(() => closure.run(1, 1)).toThrow(/CHECK/);
    expect(() => closure.run(null, null)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO calendar_days (date, kind, name) VALUES ('2027-03-01', 'workday', '补班')`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO holiday_policies (site_id, mode) VALUES (3, 'sometimes')`).run()).toThrow(/CHECK/);
  });
});
