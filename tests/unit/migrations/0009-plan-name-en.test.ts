/**
 * Migration 0009 (a plan version's English name) on a database at schema 8 with data:
 * every plan gets an empty English name, nothing else moves; new and edited plans keep
 * one, never NULL. Run on SQLite (a file) and, in the server suite, on PostgreSQL.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { onServer } from '../../helpers/pg';
import { serverSchemas } from './server';
import { TABLES_V4, columnsOf, databaseAt, rowsOf, runMigration, seedDesk, seedFoundation, seedPlansCalendar } from './data';

describe.skipIf(onServer)('migration 0009 plan-name-en on a file', () => {
  let db: Database.Database;
  afterEach(() => db?.close());

  it("existing plans get name_en '' and keep everything else; the other tables do not move", () => {
    db = databaseAt(8);
    seedFoundation(db);
    seedPlansCalendar(db);
    seedDesk(db);
    const before = rowsOf(db, TABLES_V4);
    expect((before.plans as object[]).length).toBeGreaterThan(0);
    expect(columnsOf(db, 'plans')).not.toContain('name_en');
    runMigration(db, 9);
    const after = rowsOf(db, TABLES_V4);
    expect(after.plans).toEqual((before.plans as object[]).map((p) => ({ ...p, name_en: '' })));
    for (const t of TABLES_V4.filter((t) => t !== 'plans')) expect(after[t], t).toEqual(before[t]);
  });

  it('new and edited plans keep an English name; it is never NULL', () => {
    db = databaseAt(8);
    seedFoundation(db);
    seedPlansCalendar(db);
    runMigration(db, 9);
    const first = (db.prepare('SELECT id, space_id FROM plans ORDER BY id').get() as { id: number; space_id: number });
    db.prepare(`INSERT INTO plans (space_id, valid_from, name, name_en) VALUES (?, '2027-02-22', '2027 春季学期', 'Spring term 2027')`).run(first.space_id);
    db.prepare(`UPDATE plans SET name_en = 'Autumn term 2026' WHERE id = ?`).run(first.id);
    expect(db.prepare(`SELECT name, name_en FROM plans WHERE name_en <> '' ORDER BY valid_from`).all()).toEqual([
      { name: expect.any(String), name_en: 'Autumn term 2026' },
      { name: '2027 春季学期', name_en: 'Spring term 2027' },
    ]);
    expect(() => db.prepare('UPDATE plans SET name_en = NULL WHERE id = ?').run(first.id)).toThrow(/NOT NULL/);
  });
});

describe.skipIf(!onServer)('migration 9 plan-name-en on the server', () => {
  const serverAt = serverSchemas();

  it("existing plans get name_en '' and keep their rows; NULL is refused", async () => {
    const { pool, next } = await serverAt(8);
    await pool.query(`INSERT INTO sites (id, name) VALUES (1, '曲阳路街道邻里汇')`);
    await pool.query(`INSERT INTO spaces (id, site_id, name, kind, mode, capacity) VALUES (1, 1, '共享阅读区', 'room', 'exclusive', 40)`);
    await pool.query(`INSERT INTO plans (space_id, valid_from, name) VALUES (1, '2026-09-01', '2026 秋季学期')`);
    const plans = async () => (await pool.query('SELECT id, space_id, valid_from, name, version FROM plans ORDER BY id')).rows;
    const before = await plans();
    await next('plan-name-en');
    expect(await plans()).toEqual(before);
    expect((await pool.query('SELECT name_en FROM plans')).rows).toEqual([{ name_en: '' }]);
    await expect(pool.query('UPDATE plans SET name_en = NULL')).rejects.toThrow(/null value/);
  });
});
