/**
 * Migration 0008 (the reports' covering index) on a database at schema 7 with data: the
 * index replaces the (space_id, start) one, no row of any table moves, and the reports' read of a period is then
 * answered from the index alone. Run on SQLite (a file) and, in the server suite, on
 * PostgreSQL.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { onServer } from '../../helpers/pg';
import { serverSchemas } from './server';
import { TABLES_V4, databaseAt, rowsOf, runMigration, seedDesk, seedFoundation, seedPlansCalendar } from './data';

/** The columns the reports read, in the order they read them. */
const REPORT_READ = `SELECT space_id, start, "end", status, head_count, audience_id, organisation_id FROM bookings
  WHERE space_id IN (1, 2, 3) AND start >= '2026-01-01T00:00' AND start < '2026-04-01T00:00'`;

describe.skipIf(onServer)('migration 0008 report-index on a file', () => {
  let db: Database.Database;
  afterEach(() => db?.close());
  const indexes = () => (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'bookings'").all() as { name: string }[]).map((r) => r.name);

  it('adds the covering index and moves no row', () => {
    db = databaseAt(7);
    seedFoundation(db);
    seedPlansCalendar(db);
    seedDesk(db);
    const before = rowsOf(db, TABLES_V4);
    expect((before.bookings as object[]).length).toBeGreaterThan(0);
    expect(indexes()).not.toContain('bookings_report');
    expect(indexes()).toContain('bookings_space_start');
    runMigration(db, 8);
    expect(indexes()).toContain('bookings_report');
    expect(indexes()).not.toContain('bookings_space_start');
    expect(rowsOf(db, TABLES_V4)).toEqual(before);
  });

  it("the reports' read of a period comes from the index alone", () => {
    db = databaseAt(7);
    seedFoundation(db);
    const plan = () => (db.prepare(`EXPLAIN QUERY PLAN ${REPORT_READ}`).all() as { detail: string }[]).map((p) => p.detail).join('\n');
    expect(plan()).not.toMatch(/COVERING INDEX/);
    runMigration(db, 8);
    expect(plan()).toMatch(/USING COVERING INDEX bookings_report/);
  });
});

describe.skipIf(!onServer)('migration 8 report-index on the server', () => {
  const serverAt = serverSchemas();

  it('adds the covering index and keeps the bookings as they were', async () => {
    const { pool, schema, next } = await serverAt(7);
    await pool.query(`INSERT INTO sites (id, name) VALUES (1, '曲阳路街道邻里汇')`);
    await pool.query(`INSERT INTO spaces (id, site_id, name, kind, mode, capacity) VALUES (1, 1, '活动室', 'room', 'exclusive', 20)`);
    await pool.query(`INSERT INTO bookings (space_id, start, "end", title, head_count, status, created_at, updated_at)
      VALUES (1, '2026-01-05T09:00', '2026-01-05T10:00', '居民晨读', 12, 'confirmed', '2026-01-01T08:00', '2026-01-01T08:00')`);
    const bookings = async () => (await pool.query('SELECT id, space_id, start, "end", title, head_count, status FROM bookings ORDER BY id')).rows;
    const before = await bookings();
    const indexes = async () => (await pool.query(`SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = 'bookings'`, [schema])).rows.map((r) => r.indexname);
    expect(await indexes()).not.toContain('bookings_report');
    expect(await indexes()).toContain('bookings_space_start');
    await next('report-index');
    expect(await indexes()).toContain('bookings_report');
    expect(await indexes()).not.toContain('bookings_space_start');
    expect(await bookings()).toEqual(before);
  });
});
