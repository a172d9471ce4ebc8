/** Migration 0005 on a database at schema 4 with data: every site gets an empty English address; nothing else moves. */
import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { TABLES_V4, columnsOf, databaseAt, rowsOf, runMigration, seedDesk, seedFoundation, seedPlansCalendar } from './data';

let db: Database.Database;
afterEach(() => db?.close());

describe('migration 0005 site-address-en', () => {
  it("existing sites get address_en '' and keep everything else; the other tables do not move", () => {
    db = databaseAt(4);
    seedFoundation(db);
    seedPlansCalendar(db);
    seedDesk(db);
    const before = rowsOf(db, TABLES_V4);
    expect(columnsOf(db, 'sites')).not.toContain('address_en');
    runMigration(db, 5);
    const after = rowsOf(db, TABLES_V4);
    expect(after.sites).toEqual((before.sites as object[]).map((s) => ({ ...s, address_en: '' })));
    for (const t of TABLES_V4.filter((t) => t !== 'sites')) expect(after[t], t).toEqual(before[t]);
  });

  it('new and edited sites keep an English address; it is never NULL', () => {
    db = databaseAt(4);
    seedFoundation(db);
    runMigration(db, 5);
    db.prepare(`INSERT INTO sites (name, address, address_en) VALUES ('瑞虹共享会客厅', '瑞虹路 3 号', '3 Ruihong Road')`).run();
    db.prepare(`UPDATE sites SET address_en = '1 Quyang Road' WHERE id = 1`).run();
    expect(db.prepare('SELECT id, address_en FROM sites ORDER BY id').all()).toEqual([
      { id: 1, address_en: '1 Quyang Road' },
      { id: 2, address_en: '' },
      { id: 3, address_en: '' },
      { id: 4, address_en: '3 Ruihong Road' },
    ]);
    expect(() => db.prepare('UPDATE sites SET address_en = NULL WHERE id = 2').run()).toThrow(/NOT NULL/);
  });
});
