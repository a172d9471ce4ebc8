/**
 * For the data test of each migration: a database file built with the real earlier
 * migrations, a way to run the one under test, and reading rows back to compare.
 */
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { migrate } from '../../../electron/main/db/migrate';
import { MIGRATIONS } from '../../../electron/main/db/migrations';
import { tempDbFile } from '../../helpers/backend';

/** A database at schema `version`, built by the real migrations 1..version, with foreign keys on as the app has them. */
export function databaseAt(version: number): Database.Database {
  const db = new Database(tempDbFile('stagger-migration'));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, version));
  expect(db.pragma('user_version', { simple: true })).toBe(version);
  return db;
}

/** Runs migration `version` (the database must be one below it) through the real runner. */
export function runMigration(db: Database.Database, version: number): void {
  expect(MIGRATIONS[version - 1]?.version).toBe(version);
  const result = migrate(db, MIGRATIONS.slice(0, version));
  expect(result).toMatchObject({ from: version - 1, to: version });
  expect(db.pragma('user_version', { simple: true })).toBe(version);
}

/** Every row of each table, in rowid order, with every column. */
export function rowsOf(db: Database.Database, tables: readonly string[]): Record<string, unknown[]> {
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
}

export function tableNames(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

export function columnsOf(db: Database.Database, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).all(table) as { name: string }[]).map((r) => r.name);
}

/** Rows written by a migration's data test: the first cut of each table's data (schema 1). */
export function seedFoundation(db: Database.Database): void {
  db.exec(`
    INSERT INTO sites (id, name, name_en, address, phone) VALUES
      (1, '曲苑·畅叙堂', 'Quyuan Changxu Hall', '曲阳路 1 号', '021-65550001'),
      (2, '初心驿站', '', '嘉兴路 2 号', '');
    INSERT INTO sites (id, name, archived) VALUES (3, '旧站点', 1);
    INSERT INTO spaces (id, site_id, parent_id, name, kind, capacity, amenities, opening_hours, mode, color) VALUES
      (1, 1, NULL, '畅叙堂', 'parlour', 40, '["投影仪"]', '[{"weekday":1,"open":"08:30","close":"21:00"}]', 'exclusive', '#4e79a7'),
      (2, 2, NULL, '篮球场（全场）', 'court', 20, '[]', '[]', 'exclusive', '#e15759'),
      (3, 2, 2, '篮球场（半场A）', 'court', 10, '[]', '[]', 'exclusive', '#e15759'),
      (4, 2, NULL, '阅读自修区', 'reading_room', 30, '[]', '[]', 'shared', '#59a14f');
    INSERT INTO audiences (id, name, name_en, color, sort_order) VALUES
      (1, '居民', 'Residents', '#4e79a7', 1), (2, '师生', 'Teachers & students', '#59a14f', 2);
    INSERT INTO organisations (id, name, kind) VALUES (1, '新北郊中学', 'school'), (2, '社区足球队', 'sports');
    INSERT INTO contacts (id, name, phone, organisation_id, note) VALUES
      (1, '王老师', '13800138001', 1, ''), (2, '李阿姨', '13800138002', NULL, '常来');
    INSERT INTO operators (id, name, role) VALUES (1, '前台小张', 'desk'), (2, '协调员老陈', 'coordinator');
    INSERT INTO bookings (id, space_id, start, end, title, contact_id, organisation_id, audience_id, head_count, status, note, created_by, created_at, updated_at) VALUES
      (1, 1, '2026-11-24T09:00', '2026-11-24T11:00', '布艺手作课', 2, NULL, 1, 12, 'confirmed', '', 1, '2026-11-20T10:00', '2026-11-20T10:00'),
      (2, 3, '2026-11-24T18:00', '2026-11-24T19:00', '篮球训练', 1, 1, 2, 10, 'requested', '', 1, '2026-11-20T10:05', '2026-11-20T10:05'),
      (3, 4, '2026-11-23T14:00', '2026-11-23T16:00', '自习', NULL, NULL, 1, 5, 'cancelled', '', 2, '2026-11-19T09:00', '2026-11-21T09:00');
    UPDATE bookings SET cancel_reason = '临时有事' WHERE id = 3;
    INSERT INTO audit_log (at, operator_id, action, entity, entity_id, before, after) VALUES
      ('2026-11-20T10:00', 1, 'create', 'booking', 1, NULL, '{"title":"布艺手作课"}');
  `);
}

/** Rows in the tables migration 0002 added (plans, series, calendar, closures). */
export function seedPlansCalendar(db: Database.Database): void {
  db.exec(`
    INSERT INTO plans (id, space_id, valid_from, name) VALUES (1, 1, '2026-09-01', '秋季学期'), (2, 1, '2027-02-20', '春季学期');
    INSERT INTO plan_windows (plan_id, weekday, start, end, audience_id, organisation_id, max_per_week, max_head_count) VALUES
      (1, 2, '08:00', '12:00', 1, NULL, NULL, NULL), (1, 2, '12:00', '14:00', 2, 1, 2, 20), (2, 3, '08:00', '12:00', 1, NULL, NULL, 15);
    INSERT INTO calendar_years (year, source, updated_at) VALUES (2027, 'manual', '2026-12-20T09:00');
    INSERT INTO calendar_days (date, kind, name, follows_weekday) VALUES ('2027-01-01', 'holiday', '元旦', NULL), ('2027-02-20', 'workday', '春节', 4);
    INSERT INTO holiday_policies (site_id, mode, weekday) VALUES (1, 'weekday_plan', 6), (2, 'closed', 7);
    INSERT INTO closures (id, site_id, space_id, first_day, last_day, reason) VALUES
      (1, 2, NULL, '2026-12-01', '2026-12-03', '换届选举'), (2, NULL, 1, '2026-12-10', '2026-12-10', '设备检修');
    INSERT INTO series (id, space_id, rule, start_time, end_time, title, audience_id, organisation_id, contact_id, head_count, created_at) VALUES
      (1, 3, '{"freq":"weekly","interval":1,"weekdays":[2],"nth":null,"startDate":"2026-11-24","until":null,"count":4}', '18:00', '19:00', '篮球训练', 2, 1, 1, 10, '2026-11-20T10:05');
    UPDATE bookings SET series_id = 1 WHERE id = 2;
    INSERT INTO series_exceptions (series_id, date, kind, booking_id, note) VALUES (1, '2026-12-01', 'skipped', NULL, '选举');
  `);
}

/** Rows in the tables migration 0003 added (waitlist and its offers, settings). */
export function seedDesk(db: Database.Database): void {
  db.exec(`
    INSERT INTO waitlist (id, site_id, space_id, contact_id, "from", "to", earliest, latest, duration_minutes, head_count, amenities, audience_id, note, status, created_by, created_at) VALUES
      (1, 1, NULL, 2, '2026-11-24', '2026-11-30', '09:00', '12:00', 60, 8, '["投影仪"]', 1, '', 'waiting', 1, '2026-11-21T09:00');
    INSERT INTO waitlist_offers (waitlist_id, booking_id, space_id, start, end, created_at) VALUES (1, 3, 4, '2026-11-23T14:00', '2026-11-23T16:00', '2026-11-21T09:00');
    INSERT INTO settings (key, value) VALUES ('desk', '{"noShowGraceMinutes":20}');
  `);
}

/** The tables that exist at each schema version, for comparing everything a migration must keep. */
export const TABLES_V1 = ['sites', 'spaces', 'audiences', 'organisations', 'contacts', 'operators', 'bookings', 'audit_log'] as const;
export const TABLES_V2 = [...TABLES_V1, 'plans', 'plan_windows', 'calendar_years', 'calendar_days', 'holiday_policies', 'closures', 'series', 'series_exceptions'] as const;
export const TABLES_V3 = [...TABLES_V2, 'waitlist', 'waitlist_offers', 'settings'] as const;
export const TABLES_V4 = [...TABLES_V3, 'reference_stamp'] as const;
