/**
 * Migration 0004 on a database at schema 3 with data: everything stays, and every
 * insert, update and delete on each table the booking checks keep in memory gives
 * reference_stamp a new value, while bookings and contacts leave it alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { TABLES_V3, TABLES_V4, databaseAt, rowsOf, runMigration, seedDesk, seedFoundation, seedPlansCalendar, tableNames } from './data';

let db: Database.Database;
afterEach(() => db?.close());

function migrated(): Database.Database {
  db = databaseAt(3);
  seedFoundation(db);
  seedPlansCalendar(db);
  seedDesk(db);
  const before = rowsOf(db, TABLES_V3);
  runMigration(db, 4);
  expect(rowsOf(db, TABLES_V3)).toEqual(before);
  return db;
}

const stamp = () => (db.prepare('SELECT stamp FROM reference_stamp WHERE id = 1').get() as { stamp: number }).stamp;

/** For each watched table: a representative new row, and a change to it. */
const WATCHED: { table: string; insert: string; update: string }[] = [
  { table: 'spaces', insert: `INSERT INTO spaces (site_id, name, kind, capacity) VALUES (1, '烘焙区', 'kitchen', 10)`, update: `UPDATE spaces SET capacity = 12 WHERE rowid = ?` },
  { table: 'plans', insert: `INSERT INTO plans (space_id, valid_from, name) VALUES (4, '2027-02-20', '春季')`, update: `UPDATE plans SET name = '春季学期' WHERE rowid = ?` },
  { table: 'plan_windows', insert: `INSERT INTO plan_windows (plan_id, weekday, start, end, audience_id) VALUES (1, 5, '18:00', '21:00', 2)`, update: `UPDATE plan_windows SET max_head_count = 10 WHERE rowid = ?` },
  { table: 'calendar_days', insert: `INSERT INTO calendar_days (date, kind, name) VALUES ('2027-04-05', 'holiday', '清明')`, update: `UPDATE calendar_days SET name = '清明节' WHERE rowid = ?` },
  { table: 'calendar_years', insert: `INSERT INTO calendar_years (year, source, updated_at) VALUES (2028, 'manual', '2027-12-01T09:00')`, update: `UPDATE calendar_years SET updated_at = '2027-12-02T09:00' WHERE rowid = ?` },
  { table: 'holiday_policies', insert: `INSERT INTO holiday_policies (site_id, mode) VALUES (3, 'closed')`, update: `UPDATE holiday_policies SET mode = 'weekday_plan' WHERE rowid = ?` },
  { table: 'closures', insert: `INSERT INTO closures (space_id, first_day, last_day, reason) VALUES (4, '2027-01-05', '2027-01-06', '消杀')`, update: `UPDATE closures SET reason = '防疫消杀' WHERE rowid = ?` },
  { table: 'audiences', insert: `INSERT INTO audiences (name, color) VALUES ('家长', '#e15759')`, update: `UPDATE audiences SET archived = 1 WHERE rowid = ?` },
  { table: 'organisations', insert: `INSERT INTO organisations (name) VALUES ('上海大学')`, update: `UPDATE organisations SET kind = 'university' WHERE rowid = ?` },
];

describe('migration 0004 reference-stamp', () => {
  it('keeps every row of schema 3 and adds the one stamp row', () => {
    migrated();
    expect(tableNames(db)).toEqual([...TABLES_V4].sort());
    const rows = db.prepare('SELECT id, stamp FROM reference_stamp').all() as { id: number; stamp: number }[];
    expect(rows).toHaveLength(1);
    expect(rows[0].id).toBe(1);
    expect(Number.isSafeInteger(rows[0].stamp) && rows[0].stamp >= 0).toBe(true);
    expect(() => db.prepare('INSERT INTO reference_stamp (id, stamp) VALUES (2, 0)').run()).toThrow(/CHECK/);
  });

  it.each(WATCHED)('$table: insert, update and delete each give a new stamp', ({ table, insert, update }) => {
    migrated();
    let last = stamp();
    const changed = (what: string) => {
      const now = stamp();
      expect(now, `${what} on ${table}`).not.toBe(last);
      last = now;
    };
    const id = db.prepare(insert).run().lastInsertRowid;
    changed('INSERT');
    expect(db.prepare(update).run(id).changes).toBe(1);
    changed('UPDATE');
    expect(db.prepare(`DELETE FROM ${table} WHERE rowid = ?`).run(id).changes).toBe(1);
    changed('DELETE');
  });

  it('covers every table it watches, and a change rolled back leaves the stamp as it was', () => {
    migrated();
    const triggers = db.prepare("SELECT DISTINCT tbl_name AS t FROM sqlite_master WHERE type = 'trigger' ORDER BY t").all() as { t: string }[];
    expect(triggers.map((r) => r.t)).toEqual(WATCHED.map((w) => w.table).sort());
    const before = stamp();
    expect(() =>
      db.transaction(() => {
        db.prepare(`UPDATE spaces SET name = '改名' WHERE id = 1`).run();
        throw new Error('cancelled');
      })(),
    ).toThrow('cancelled');
    expect(stamp()).toBe(before);
  });

  it('bookings, contacts and the audit log do not change the stamp', () => {
    migrated();
    const before = stamp();
    db.exec(`
      INSERT INTO bookings (space_id, start, end, title, status, created_at, updated_at) VALUES (1, '2026-11-25T09:00', '2026-11-25T10:00', '太极', 'confirmed', 'x', 'x');
      UPDATE bookings SET status = 'checked_in' WHERE id = 1;
      DELETE FROM bookings WHERE title = '太极';
      INSERT INTO contacts (name) VALUES ('赵先生');
      UPDATE contacts SET note = '新' WHERE id = 1;
      INSERT INTO audit_log (at, action, entity) VALUES ('x', 'create', 'booking');
    `);
    expect(stamp()).toBe(before);
  });
});
