/**
 * The reference data kept in memory (db/repos/reference.ts) is trusted for as long as
 * reference_stamp does not change, so every table it reads must change the stamp on
 * every insert, update and delete (migration 0004's triggers). The tables are not
 * listed here: they are found by loading the reference data on a connection that logs
 * its SQL and asking SQLite which tables each statement opens. Making the cache read a
 * new table without giving that table the triggers fails this test.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { referenceData } from '../../electron/main/db/repos/reference';
import type { DB } from '../../electron/main/db/schema';
import { testBackend } from '../helpers/backend';
import { readingRoom } from '../helpers/plans';

const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const c of open.splice(0).reverse()) await c.close();
});

const EVENTS = ['INSERT', 'UPDATE', 'DELETE'] as const;

/** A file with at least one row in every table the reference data reads. */
async function fixture(): Promise<string> {
  const t = await testBackend();
  const { site, room } = await readingRoom(t);
  t.conn.sqlite!.exec(`
    INSERT INTO closures (site_id, space_id, first_day, last_day, reason) VALUES (NULL, ${room.id}, '2026-12-10', '2026-12-10', '设备检修');
    INSERT INTO holiday_policies (site_id, mode, weekday) VALUES (${site.id}, 'weekday_plan', 6);
  `);
  await t.close();
  return t.file;
}

/** The tables `sql` reads, as SQLite's own plan for it opens them (tables, or indexes of them). */
function tablesOpenedBy(db: Database.Database, sql: string): string[] {
  const roots = new Map(
    (db.prepare("SELECT rootpage, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')").all() as { rootpage: number; tbl_name: string }[]).map(
      (r) => [r.rootpage, r.tbl_name],
    ),
  );
  const steps = db.prepare(`EXPLAIN ${sql}`).all() as { opcode: string; p2: number; p3: number }[];
  return steps.filter((s) => s.opcode === 'OpenRead' && s.p3 === 0).map((s) => roots.get(s.p2) ?? `page ${s.p2}`);
}

/** Loads the reference data afresh on its own connection and returns the tables its statements read. */
async function tablesTheCacheReads(file: string): Promise<string[]> {
  const statements: string[] = [];
  const sqlite = new Database(file, { verbose: (sql) => statements.push(String(sql)) });
  // A stamp no copy in memory has: the data is read from the database, not the cache.
  sqlite.prepare('UPDATE reference_stamp SET stamp = ? WHERE id = 1').run(Date.now() * 1000 + 7);
  statements.length = 0;
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  await referenceData(db);
  await db.destroy();
  const inspect = new Database(file, { readonly: true });
  const tables = new Set(statements.flatMap((sql) => tablesOpenedBy(inspect, sql)));
  inspect.close();
  tables.delete('reference_stamp');
  return [...tables].sort();
}

describe('every table the reference cache reads changes the stamp', () => {
  it('has AFTER INSERT, UPDATE and DELETE triggers that give reference_stamp a new value', async () => {
    const file = await fixture();
    const tables = await tablesTheCacheReads(file);
    // The statements were caught and understood: a few tables it certainly reads are among them.
    expect(tables).toEqual(expect.arrayContaining(['spaces', 'plan_windows', 'calendar_days', 'closures']));

    const db = new Database(file, { readonly: true });
    open.push(db);
    const triggers = db.prepare("SELECT tbl_name AS tableName, sql FROM sqlite_master WHERE type = 'trigger'").all() as { tableName: string; sql: string }[];
    const missing: string[] = [];
    for (const table of tables) {
      for (const event of EVENTS) {
        // On every row of the table (not only some columns), after the change, renewing the stamp.
        const found = triggers.some(
          (tr) =>
            tr.tableName === table &&
            new RegExp(`\\bAFTER\\s+${event}\\s+ON\\s+"?${table}"?\\s`, 'i').test(tr.sql) &&
            !/\bWHEN\b/i.test(tr.sql) &&
            /\bUPDATE\s+reference_stamp\s+SET\s+stamp\s*=/i.test(tr.sql),
        );
        if (!found) missing.push(`${event} on ${table}`);
      }
    }
    expect(missing, 'tables the reference cache reads without a trigger renewing reference_stamp').toEqual([]);
  });

  it('an insert, an update and a delete on each of them really change the stamp', async () => {
    const file = await fixture();
    const tables = await tablesTheCacheReads(file);
    const db = new Database(file);
    open.push(db);
    const stamp = () => (db.prepare('SELECT stamp FROM reference_stamp WHERE id = 1').get() as { stamp: number }).stamp;
    // Each table's first row is updated in place, deleted and put back, inside a transaction
    // that is rolled back; foreign keys are off so a row other rows name can go and come back.
    db.pragma('foreign_keys = OFF');
    for (const table of tables) {
      const row = db.prepare(`SELECT rowid AS __rowid, * FROM ${table} ORDER BY rowid LIMIT 1`).get() as Record<string, unknown> | undefined;
      expect(row, `the fixture needs a row in ${table}`).toBeDefined();
      const { __rowid: rowid, ...values } = row!;
      const columns = Object.keys(values);
      db.exec('BEGIN');
      try {
        let last = stamp();
        const changed = (event: string) => {
          const now = stamp();
          expect(now, `${event} on ${table}`).not.toBe(last);
          last = now;
        };
        db.prepare(`UPDATE ${table} SET ${columns.map((c) => `"${c}" = "${c}"`).join(', ')} WHERE rowid = ?`).run(rowid);
        changed('UPDATE');
        db.prepare(`DELETE FROM ${table} WHERE rowid = ?`).run(rowid);
        changed('DELETE');
        db.prepare(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...Object.values(values));
        changed('INSERT');
      } finally {
        db.exec('ROLLBACK');
      }
    }
  });
});
