/** Migration 0003 on a database at schema 2 with data: everything stays; the waitlist, offers and settings work. */
import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { TABLES_V2, TABLES_V3, databaseAt, rowsOf, runMigration, seedDesk, seedFoundation, seedPlansCalendar, tableNames } from './data';

let db: Database.Database;
afterEach(() => db?.close());

function migrated(): Database.Database {
  db = databaseAt(2);
  seedFoundation(db);
  seedPlansCalendar(db);
  const before = rowsOf(db, TABLES_V2);
  runMigration(db, 3);
  expect(rowsOf(db, TABLES_V2)).toEqual(before);
  return db;
}

describe('migration 0003 desk', () => {
  it('keeps every row of schema 2 and adds the waitlist, its offers and the settings', () => {
    migrated();
    expect(tableNames(db)).toEqual([...TABLES_V3].sort());
    seedDesk(db);
    expect(rowsOf(db, ['waitlist', 'waitlist_offers', 'settings'])).toMatchObject({
      waitlist: [{ id: 1, contact_id: 2, status: 'waiting', amenities: '["投影仪"]' }],
      waitlist_offers: [{ waitlist_id: 1, booking_id: 3 }],
      settings: [{ key: 'desk', value: '{"noShowGraceMinutes":20}' }],
    });
  });

  it("deleting a contact removes their waitlist entries and the offers made to them; their bookings stay", () => {
    migrated();
    seedDesk(db);
    db.prepare('DELETE FROM contacts WHERE id = 2').run();
    expect(db.prepare('SELECT count(*) AS n FROM waitlist').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM waitlist_offers').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT contact_id FROM bookings WHERE id = 1').get()).toEqual({ contact_id: null });
  });

  it('holds its rules, and the approval queue reads its own index', () => {
    migrated();
    seedDesk(db);
    const wait = db.prepare(
      `INSERT INTO waitlist (site_id, contact_id, "from", "to", earliest, latest, duration_minutes, head_count, status, created_at) VALUES (1, 1, ?, ?, '09:00', '12:00', 60, 4, ?, '2026-11-21T09:00')`,
    );
    expect(() => wait.run('2026-11-30', '2026-11-24', 'waiting')).toThrow(/CHECK/);
    expect(() => wait.run('2026-11-24', '2026-11-30', 'forgotten')).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO waitlist_offers (waitlist_id, booking_id, space_id, start, end, created_at) VALUES (1, 3, 4, 'a', 'b', 'c')`).run()).toThrow(/UNIQUE/);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM bookings WHERE status = 'requested' ORDER BY start").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/bookings_requested/);
  });
});
