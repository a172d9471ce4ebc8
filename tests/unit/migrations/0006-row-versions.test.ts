/**
 * Migration 0006 on a database at schema 5 with data: every booking, series, space, plan
 * and contact starts at version 1; nothing else moves; a version is never below 1.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { TABLES_V4, columnsOf, databaseAt, rowsOf, runMigration, seedDesk, seedFoundation, seedPlansCalendar } from './data';

const VERSIONED = ['bookings', 'series', 'spaces', 'plans', 'contacts'];

let db: Database.Database;
afterEach(() => db?.close());

describe('migration 0006 row-versions', () => {
  it('the edited tables get version 1 on every row and keep everything else; the other tables do not move', () => {
    db = databaseAt(5);
    seedFoundation(db);
    seedPlansCalendar(db);
    seedDesk(db);
    const before = rowsOf(db, TABLES_V4);
    for (const t of VERSIONED) expect(columnsOf(db, t), t).not.toContain('version');
    runMigration(db, 6);
    const after = rowsOf(db, TABLES_V4);
    for (const t of VERSIONED) {
      expect((before[t] as object[]).length, t).toBeGreaterThan(0);
      expect(after[t], t).toEqual((before[t] as object[]).map((r) => ({ ...r, version: 1 })));
    }
    // Writes to spaces and plans still renew the reference stamp (the read cache depends on it).
    for (const t of TABLES_V4.filter((t) => !VERSIONED.includes(t) && t !== 'reference_stamp')) expect(after[t], t).toEqual(before[t]);
  });

  it('a version can be raised but never set below 1 or to NULL', () => {
    db = databaseAt(5);
    seedFoundation(db);
    runMigration(db, 6);
    db.prepare('UPDATE bookings SET version = version + 1 WHERE id = 1').run();
    expect(db.prepare('SELECT version FROM bookings WHERE id = 1').get()).toEqual({ version: 2 });
    expect(() => db.prepare('UPDATE bookings SET version = 0 WHERE id = 1').run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE contacts SET version = NULL WHERE id = 1').run()).toThrow(/NOT NULL/);
  });
});
