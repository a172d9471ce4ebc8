/** Migration 0001 on an empty file: the first tables take the desk's everyday rows and hold their rules. */
import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { TABLES_V1, databaseAt, rowsOf, runMigration, seedFoundation, tableNames } from './data';

let db: Database.Database;
afterEach(() => db?.close());

describe('migration 0001 foundation', () => {
  it('creates the first tables, all STRICT, and they take the representative rows', () => {
    db = databaseAt(0);
    expect(tableNames(db)).toEqual([]);
    runMigration(db, 1);
    expect(tableNames(db)).toEqual([...TABLES_V1].sort());
    for (const { name, sql } of db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as { name: string; sql: string }[]) {
      expect(sql, name).toMatch(/\)\s*STRICT\s*$/);
    }
    seedFoundation(db);
    const rows = rowsOf(db, TABLES_V1);
    expect(rows.sites).toHaveLength(3);
    expect(rows.sites[2]).toMatchObject({ name: '旧站点', name_en: '', address: '', timezone: 'Asia/Shanghai', archived: 1 });
    expect(rows.spaces[2]).toMatchObject({ parent_id: 2, slot_minutes: 30, min_booking_minutes: 30, max_booking_minutes: 240, buffer_minutes: 0, needs_approval: 0 });
    expect(rows.bookings).toHaveLength(3);
    expect(rows.bookings[2]).toMatchObject({ status: 'cancelled', cancel_reason: '临时有事', series_id: null, override_reason: null });
  });

  it('refuses what the rules forbid', () => {
    db = databaseAt(0);
    runMigration(db, 1);
    seedFoundation(db);
    const book = db.prepare(
      `INSERT INTO bookings (space_id, start, end, title, head_count, status, created_at, updated_at) VALUES (?, ?, ?, '测试', ?, ?, '2026-11-20T10:00', '2026-11-20T10:00')`,
    );
    expect(() => book.run(1, '2026-11-24T11:00', '2026-11-24T10:00', 1, 'confirmed')).toThrow(/CHECK/);
    expect(() => book.run(1, '2026-11-24T10:00', '2026-11-24T11:00', 0, 'confirmed')).toThrow(/CHECK/);
    expect(() => book.run(1, '2026-11-24T10:00', '2026-11-24T11:00', 1, 'maybe')).toThrow(/CHECK/);
    expect(() => book.run(99, '2026-11-24T10:00', '2026-11-24T11:00', 1, 'confirmed')).toThrow(/FOREIGN KEY/);
    // STRICT: a number column takes no text.
    expect(() => db.prepare(`INSERT INTO spaces (site_id, name, kind, capacity) VALUES (1, '大厅', 'hall', 'many')`).run()).toThrow(/cannot store TEXT/);
    expect(() => db.prepare(`INSERT INTO operators (name, role) VALUES ('访客', 'guest')`).run()).toThrow(/CHECK/);
  });

  it('deleting a contact keeps their bookings, without the person', () => {
    db = databaseAt(0);
    runMigration(db, 1);
    seedFoundation(db);
    db.prepare('DELETE FROM contacts WHERE id = 2').run();
    expect(db.prepare('SELECT id, contact_id, title FROM bookings WHERE id = 1').get()).toEqual({ id: 1, contact_id: null, title: '布艺手作课' });
  });
});
