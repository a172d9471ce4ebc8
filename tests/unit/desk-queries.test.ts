/**
 * The desk's queries at a subdistrict's size: each must search an index, never walk
 * the history of bookings or the audit log. Plans on an empty database are the plans a
 * full one gets (the app never runs ANALYZE). Also: migration 0003 keeps older data.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations';
import { listAuditLog } from '../../electron/main/db/repos/audit-log';
import { approvalQueue, confirmedStartingBetween, contactBookings } from '../../electron/main/db/repos/desk-bookings';
import type { DB } from '../../electron/main/db/schema';
import { tempDbFile, testBackend, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let db: Kysely<DB>;
let queries: CompiledQuery[];

beforeEach(async () => {
  t = await testBackend();
  queries = [];
  db = new Kysely<DB>({ dialect: new SqliteDialect({ database: t.conn.sqlite! }), log: (e) => void queries.push(e.query) });
});
afterEach(async () => {
  await t.close();
});

async function plansOf(run: () => Promise<unknown>): Promise<string[]> {
  queries = [];
  await run();
  return queries.flatMap((q) =>
    (t.conn.sqlite!.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.parameters) as { detail: string }[]).map((r) => r.detail),
  );
}

const scans = (plan: string[], table: RegExp) => plan.filter((d) => new RegExp(`^SCAN ${table.source}\\b`).test(d));

describe('query plans of the desk', () => {
  it('the approval queue reads only requests, on their partial index', async () => {
    const plan = await plansOf(() => approvalQueue(db, { now: '2026-11-23T09:00' }));
    expect(scans(plan, /(bookings|b)/), plan.join('\n')).toEqual([]);
    expect(plan.some((d) => /SEARCH b USING INDEX bookings_requested/.test(d)), plan.join('\n')).toBe(true);
  });

  it('no-show marking searches the (space, start) index', async () => {
    const plan = await plansOf(() => confirmedStartingBetween(db, [1, 2, 3], '2026-11-16T09:00', '2026-11-23T08:46'));
    expect(scans(plan, /bookings/)).toEqual([]);
    expect(plan.some((d) => /SEARCH bookings USING INDEX bookings_report/.test(d)), plan.join('\n')).toBe(true);
  });

  it("a contact's history searches the contact index", async () => {
    const plan = await plansOf(() => contactBookings(db, 1, 100));
    expect(scans(plan, /(bookings|b)/), plan.join('\n')).toEqual([]);
    expect(plan.some((d) => /SEARCH b USING INDEX bookings_contact/.test(d)), plan.join('\n')).toBe(true);
  });

  it("the audit log of one operator searches the operator's index", async () => {
    const plan = await plansOf(() => listAuditLog(db, { operatorId: 1, from: '2026-11-01T00:00', offset: 0, limit: 50 }));
    expect(scans(plan, /l/), plan.join('\n')).toEqual([]);
  });
});

describe('migration 0003 (desk)', () => {
  it('adds the waitlist, offers and settings as STRICT tables and keeps the bookings there were', () => {
    const file = tempDbFile();
    const raw = new Database(file);
    raw.pragma('foreign_keys = ON');
    migrate(raw, MIGRATIONS.slice(0, 2));
    raw.exec(`INSERT INTO sites (name) VALUES ('初心驿站');
      INSERT INTO spaces (site_id, name, kind, capacity) VALUES (1, '周六议事厅', 'parlour', 30);
      INSERT INTO bookings (space_id, start, end, title, status, created_at, updated_at)
        VALUES (1, '2026-11-28T14:00', '2026-11-28T16:00', '居民议事会', 'requested', '2026-11-20T10:00', '2026-11-20T10:00');`);
    migrate(raw, MIGRATIONS);
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const tables = raw.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN ('waitlist', 'waitlist_offers', 'settings')").all() as { name: string; sql: string }[];
    expect(tables.map((x) => x.name).sort()).toEqual(['settings', 'waitlist', 'waitlist_offers']);
    for (const x of tables) expect(x.sql).toMatch(/\)\s*STRICT\s*$/);
    expect(raw.prepare("SELECT title FROM bookings WHERE status = 'requested'").all()).toEqual([{ title: '居民议事会' }]);
    raw.close();
  });
});
