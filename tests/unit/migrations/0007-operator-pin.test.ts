/**
 * Migration 0007 (a coordinator's optional PIN, as its hash) on a database at schema 6
 * with data: every member of staff keeps their name, role and status and starts without
 * a PIN; nothing else moves. Run on SQLite (a file) and, in the server suite, on PostgreSQL.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { hashPin } from '../../../electron/main/services/staff/pin';
import { onServer } from '../../helpers/pg';
import { serverSchemas } from './server';
import { TABLES_V4, columnsOf, databaseAt, rowsOf, runMigration, seedDesk, seedFoundation, seedPlansCalendar } from './data';

describe.skipIf(onServer)('migration 0007 operator-pin on a file', () => {
  let db: Database.Database;
  afterEach(() => db?.close());

  it('staff keep name, role and status and have no PIN; the other tables do not move', () => {
    db = databaseAt(6);
    seedFoundation(db);
    seedPlansCalendar(db);
    seedDesk(db);
    db.prepare(`UPDATE operators SET archived = 1 WHERE id = 1`).run();
    const before = rowsOf(db, TABLES_V4);
    expect(columnsOf(db, 'operators')).not.toContain('pin_hash');
    runMigration(db, 7);
    const after = rowsOf(db, TABLES_V4);
    expect((before.operators as object[]).length).toBe(2);
    expect(after.operators).toEqual((before.operators as object[]).map((o) => ({ ...o, pin_hash: null })));
    for (const t of TABLES_V4.filter((t) => t !== 'operators')) expect(after[t], t).toEqual(before[t]);
  });

  it('a PIN hash can be stored and cleared; the STRICT table still refuses a number for it', () => {
    db = databaseAt(6);
    seedFoundation(db);
    runMigration(db, 7);
    const hash = hashPin('2468');
    db.prepare('UPDATE operators SET pin_hash = ? WHERE id = 2').run(hash);
    expect(db.prepare('SELECT id, pin_hash FROM operators ORDER BY id').all()).toEqual([
      { id: 1, pin_hash: null },
      { id: 2, pin_hash: hash },
    ]);
    db.prepare('UPDATE operators SET pin_hash = NULL WHERE id = 2').run();
    expect(db.prepare('SELECT count(*) AS n FROM operators WHERE pin_hash IS NOT NULL').get()).toEqual({ n: 0 });
    expect(() => db.prepare('UPDATE operators SET pin_hash = x\'00\' WHERE id = 2').run()).toThrow(/cannot store BLOB/);
  });
});

describe.skipIf(!onServer)('migration 7 operator-pin on the server', () => {
  const serverAt = serverSchemas();

  it('staff keep name, role and status and have no PIN; a hash can then be stored', async () => {
    const { pool, schema, next } = await serverAt(6);
    await pool.query(`INSERT INTO operators (id, name, role, archived) VALUES (1, '前台小张', 'desk', 1), (2, '协调员老陈', 'coordinator', 0)`);
    const columns = async () => (await pool.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'operators' ORDER BY ordinal_position`, [schema])).rows.map((r) => r.column_name);
    expect(await columns()).not.toContain('pin_hash');
    await next('operator-pin');
    expect((await pool.query('SELECT id, name, role, archived, pin_hash FROM operators ORDER BY id')).rows).toEqual([
      { id: 1, name: '前台小张', role: 'desk', archived: 1, pin_hash: null },
      { id: 2, name: '协调员老陈', role: 'coordinator', archived: 0, pin_hash: null },
    ]);
    const hash = hashPin('2468');
    await pool.query('UPDATE operators SET pin_hash = $1 WHERE id = 2', [hash]);
    expect((await pool.query('SELECT pin_hash FROM operators WHERE id = 2')).rows).toEqual([{ pin_hash: hash }]);
  });
});
