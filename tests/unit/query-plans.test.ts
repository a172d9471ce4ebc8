/**
 * The hot booking queries must stay on an index: at a subdistrict's size (1.5 million
 * bookings, see npm run bench) one full scan of bookings turns an instant calendar
 * into a pause of a second. The app never runs ANALYZE, so the plans checked here on
 * an empty database are the plans a full one gets.
 */
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activeOverlapping, activeOverlappingAny, bookingViews } from '../../electron/main/db/repos/bookings';
import { activeSpansStartingIn, inSpaceOrder, reportRows } from '../../electron/main/db/repos/report-rows';
import type { DB } from '../../electron/main/db/schema';
import { testBackend, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let db: Kysely<DB>;
let queries: CompiledQuery[];

beforeEach(async () => {
  t = await testBackend();
  queries = [];
  // A second Kysely over the same connection that records each query it runs.
  db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: t.conn.sqlite! }),
    log: (e) => {
      queries.push(e.query);
    },
  });
});
afterEach(async () => {
  await t.close();
});

/** The plan of every query the repository call ran, one line per step. */
async function plansOf(run: () => Promise<unknown>): Promise<string[][]> {
  queries = [];
  await run();
  expect(queries.length).toBeGreaterThan(0);
  return queries.map((q) =>
    (t.conn.sqlite!.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.parameters) as { detail: string }[]).map((r) => r.detail),
  );
}

/** A step that reads bookings must be an index SEARCH; `SCAN bookings` (even USING INDEX) walks all of history. */
function expectNoBookingsScan(plans: string[][]): void {
  for (const plan of plans) {
    const scans = plan.filter((d) => /^SCAN (bookings|b)\b/.test(d));
    expect(scans, plan.join('\n')).toEqual([]);
    expect(plan.some((d) => /^SEARCH (bookings|b) USING (COVERING )?INDEX bookings_report/.test(d)), plan.join('\n')).toBe(true);
  }
}

describe('query plans of the hot booking queries', () => {
  it('the week of one space searches the (space, start) index', async () => {
    expectNoBookingsScan(
      await plansOf(() => bookingViews(db, { from: '2026-11-23', to: '2026-11-30', spaceIds: [1], includeCancelled: false })),
    );
  });

  it('the week of several spaces searches the (space, start) index', async () => {
    expectNoBookingsScan(
      await plansOf(() => bookingViews(db, { from: '2026-11-23', to: '2026-11-30', spaceIds: [1, 2, 3], includeCancelled: true })),
    );
  });

  it('the day of a whole site goes through its spaces, then the (space, start) index', async () => {
    const plans = await plansOf(() => bookingViews(db, { from: '2026-11-23', to: '2026-11-24', siteId: 1, includeCancelled: false }));
    expectNoBookingsScan(plans);
    expect(plans[0].some((d) => /^SEARCH s USING (COVERING )?INDEX spaces_site/.test(d)), plans[0].join('\n')).toBe(true);
  });

  it('the conflict check searches the (space, start) index for the space and its family', async () => {
    expectNoBookingsScan(await plansOf(() => activeOverlapping(db, [1, 2, 3], '2026-11-29T20:00', '2026-11-29T21:00', 7)));
  });

  it('a series’ check reads only around its dates: one index search per occurrence, never a scan', async () => {
    const weeks = Array.from({ length: 104 }, (_, i) => {
      const d = new Date(Date.UTC(2026, 10, 29 + 7 * i)).toISOString().slice(0, 10);
      return { from: `${d}T20:00`, to: `${d}T21:00` };
    });
    const plans = await plansOf(() => activeOverlappingAny(db, [1, 2, 3], weeks));
    // One statement: the spaces, then the intervals, then a bounded index search for each pair.
    expect(plans).toHaveLength(1);
    expectNoBookingsScan(plans);
    expect(plans[0].at(-1), plans[0].join('\n')).toMatch(/^SEARCH b USING INDEX bookings_report \(space_id=\? AND start>\? AND start<\?\)$/);
  });

  it('the yearly usage report reads the (space, start) index, space by space', async () => {
    expectNoBookingsScan(await plansOf(() => activeSpansStartingIn(db, [1, 2, 3], '2025-01-01', '2026-01-01')));
  });

  it('the reports upward read a period through the (space, start) index', async () => {
    expectNoBookingsScan(await plansOf(() => reportRows(db, [1, 2, 3], '2025-01-01', '2026-01-01', '2026-11-23T09:00')));
  });
});

describe('report rows arrive in space, then start order', () => {
  it('keeps rows already in order as they are, and sorts rows that are not', () => {
    const ordered = [[1, 20250101, 480, 540], [1, 20250101, 600, 660], [1, 20250102, 60, 120], [2, 20250101, 0, 60]];
    expect(inSpaceOrder(ordered)).toBe(ordered);
    expect(inSpaceOrder([ordered[3], ordered[1], ordered[2], ordered[0]])).toEqual(ordered);
  });
});
