import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase } from '../fuzz/invariants';
import { testBackend, type TestBackend } from '../helpers/backend';

/**
 * The database check the fuzz harness ends with must see a broken rule when one is
 * there: rows are written past the services, straight into SQLite.
 */
let t: TestBackend;
afterEach(async () => t?.close());

function addSpace(parentId: number | null, mode: 'exclusive' | 'shared', capacity: number, buffer: number): number {
  const r = t.conn.sqlite!
    .prepare("INSERT INTO spaces (site_id, parent_id, name, kind, capacity, mode, buffer_minutes) VALUES (1, ?, 'x', 'room', ?, ?, ?)")
    .run(parentId, capacity, mode, buffer);
  return Number(r.lastInsertRowid);
}

function addBooking(spaceId: number, start: string, end: string, headCount = 1, status = 'confirmed'): number {
  const r = t.conn.sqlite!
    .prepare("INSERT INTO bookings (space_id, start, \"end\", title, head_count, status, created_at, updated_at) VALUES (?, ?, ?, 't', ?, ?, '2026-11-23T09:00', '2026-11-23T09:00')")
    .run(spaceId, start, end, headCount, status);
  return Number(r.lastInsertRowid);
}

describe('the database check of the fuzz harness', () => {
  it('passes the demo database', async () => {
    t = await testBackend({ demoData: true });
    expect(checkDatabase(t.conn.sqlite!).problems).toEqual([]);
  });

  it('finds two bookings of an exclusive space within its turnover buffer, but not cancelled ones', async () => {
    t = await testBackend({ demoData: true });
    const room = addSpace(null, 'exclusive', 10, 15);
    addBooking(room, '2027-03-01T09:00', '2027-03-01T10:00');
    addBooking(room, '2027-03-01T10:30', '2027-03-01T11:00');
    addBooking(room, '2027-03-01T10:00', '2027-03-01T10:30', 1, 'cancelled');
    expect(checkDatabase(t.conn.sqlite!).ok).toBe(true);
    const late = addBooking(room, '2027-03-01T11:10', '2027-03-01T12:00');
    const check = checkDatabase(t.conn.sqlite!);
    expect(check.violations).toMatchObject([{ rule: 'exclusive_overlap', spaceId: room, bookingIds: [late - 2, late] }]);
  });

  it('finds a shared space over its capacity, while back-to-back groups do not add up', async () => {
    t = await testBackend({ demoData: true });
    const hall = addSpace(null, 'shared', 10, 0);
    addBooking(hall, '2027-03-01T09:00', '2027-03-01T10:00', 6);
    addBooking(hall, '2027-03-01T10:00', '2027-03-01T11:00', 6);
    expect(checkDatabase(t.conn.sqlite!).ok).toBe(true);
    addBooking(hall, '2027-03-01T09:30', '2027-03-01T10:00', 5);
    expect(checkDatabase(t.conn.sqlite!).violations.map((v) => v.rule)).toEqual(['shared_capacity']);
  });

  it('finds a court booked over one of its halves, but lets the two halves overlap', async () => {
    t = await testBackend({ demoData: true });
    const court = addSpace(null, 'exclusive', 20, 0);
    const east = addSpace(court, 'exclusive', 10, 0);
    const west = addSpace(court, 'exclusive', 10, 0);
    addBooking(east, '2027-03-01T09:00', '2027-03-01T10:00');
    addBooking(west, '2027-03-01T09:00', '2027-03-01T10:00');
    expect(checkDatabase(t.conn.sqlite!).ok).toBe(true);
    addBooking(court, '2027-03-01T09:30', '2027-03-01T10:30');
    expect(checkDatabase(t.conn.sqlite!).violations.map((v) => `${v.rule} ${v.spaceId}`).sort()).toEqual([`family_overlap ${east}`, `family_overlap ${west}`]);
  });

  it('reports rows that point at nothing', async () => {
    t = await testBackend({ demoData: true });
    t.conn.sqlite!.pragma('foreign_keys = OFF');
    addBooking(9999, '2027-03-01T09:00', '2027-03-01T10:00');
    expect(checkDatabase(t.conn.sqlite!).problems).toEqual([expect.stringMatching(/^foreign_key_check: 1 rows, e\.g\. bookings #\d+ -> spaces$/)]);
  });
});
