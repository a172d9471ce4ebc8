/**
 * What must hold of a Stagger database whatever was done to it, checked straight on
 * the SQLite file (not through the services, whose rules are what is being tested):
 * SQLite's own integrity and foreign keys, and the booking rules over all bookings:
 *  - an exclusive space never holds two active bookings at once, the turnover buffer
 *    after each one included;
 *  - in a shared space the head counts of active bookings never add up to more than
 *    the capacity at any instant (back-to-back groups do not add up);
 *  - a booking never overlaps an active booking of a space above or below its own
 *    (a whole court and its halves); halves of the same court may overlap.
 * Active = requested, confirmed or checked_in. Used by the fuzz harness and by tests.
 * With `after`, only bookings that end after that moment count: a space may be changed
 * (a smaller capacity, say) once its clashing bookings are history, never before.
 */
import type Database from 'better-sqlite3';

const ACTIVE = ['requested', 'confirmed', 'checked_in'];

export interface Violation {
  rule: 'exclusive_overlap' | 'shared_capacity' | 'family_overlap';
  spaceId: number;
  bookingIds: number[];
  detail: string;
}

export interface DatabaseCheck {
  ok: boolean;
  /** One line per problem, for people: integrity, foreign keys, then booking rules. */
  problems: string[];
  violations: Violation[];
}

interface Row {
  id: number;
  spaceId: number;
  start: string;
  end: string;
  headCount: number;
  s: number;
  e: number;
}

interface SpaceRow {
  id: number;
  parentId: number | null;
  mode: string;
  capacity: number;
  bufferMinutes: number;
}

/**
 * Minutes since 1970 of a wall-clock `YYYY-MM-DDTHH:MM` (an impossible date rolls over,
 * as Date.UTC does; years 0-99 are not read as 1900-1999).
 */
export function wallMinutes(s: string): number {
  const n = (a: number, b: number) => Number(s.slice(a, b));
  const y = n(0, 4);
  const ms = Date.UTC(y, n(5, 7) - 1, n(8, 10), n(11, 13), n(14, 16));
  if (y > 99) return ms / 60_000;
  const dt = new Date(ms);
  dt.setUTCFullYear(dt.getUTCFullYear() - 1900);
  return dt.getTime() / 60_000;
}

/** Pairs of bookings (each list sorted by start) that overlap, with `buffer` minutes after each. */
function overlappingPairs(a: Row[], b: Row[], buffer: number, same: boolean): [Row, Row][] {
  const pairs: [Row, Row][] = [];
  const longest = b.reduce((m, y) => Math.max(m, y.e - y.s), 0);
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    // In another list, skip (binary search) what started too early to reach x.
    let j = same ? i + 1 : firstStartingAfter(b, x.s - longest - buffer);
    for (; j < b.length; j++) {
      const y = b[j];
      if (y.s >= x.e + buffer) break; // sorted by start: none later can overlap x
      if (x.s < y.e + buffer && y.s < x.e + buffer && x !== y) pairs.push([x, y]);
    }
  }
  return pairs;
}

/** Index of the first row (sorted by start) starting after `t`. */
function firstStartingAfter(rows: Row[], t: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].s <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every stretch of time in which the head counts add up to more than the capacity,
 * with its peak and the bookings there at the peak (ends before starts at the same
 * instant, so back-to-back groups do not add up).
 */
function overCapacity(rows: Row[], capacity: number): { peak: number; at: string; ids: number[] }[] {
  const events: [number, number, Row][] = [];
  for (const r of rows) events.push([r.s, r.headCount, r], [r.e, -r.headCount, r]);
  events.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const out: { peak: number; at: string; ids: number[] }[] = [];
  const open = new Set<Row>();
  let cur = 0;
  let episode: { peak: number; at: string; ids: number[] } | null = null;
  for (const [, delta, r] of events) {
    cur += delta;
    if (delta > 0) open.add(r);
    else open.delete(r);
    if (cur > capacity && (!episode || cur > episode.peak)) {
      episode ??= { peak: 0, at: '', ids: [] };
      Object.assign(episode, { peak: cur, at: r.start, ids: [...open].map((o) => o.id).sort((a, b) => a - b) });
    }
    if (cur <= capacity && episode) {
      out.push(episode);
      episode = null;
    }
  }
  return out;
}

export function bookingViolations(sqlite: Database.Database, after = ''): Violation[] {
  const spaces = sqlite
    .prepare('SELECT id, parent_id AS parentId, mode, capacity, buffer_minutes AS bufferMinutes FROM spaces')
    .all() as SpaceRow[];
  const rows = sqlite
    .prepare(
      `SELECT id, space_id AS spaceId, start, "end", head_count AS headCount FROM bookings
       WHERE status IN (${ACTIVE.map(() => '?').join(', ')}) AND "end" > ? ORDER BY space_id, start, id`,
    )
    .all(...ACTIVE, after) as Row[];
  const bySpace = new Map<number, Row[]>();
  for (const r of rows) {
    r.s = wallMinutes(r.start);
    r.e = wallMinutes(r.end);
    const list = bySpace.get(r.spaceId) ?? [];
    list.push(r);
    bySpace.set(r.spaceId, list);
  }
  for (const list of bySpace.values()) list.sort((p, q) => p.s - q.s || p.id - q.id);
  const byId = new Map(spaces.map((s) => [s.id, s]));
  const out: Violation[] = [];
  const fmt = (x: Row) => `#${x.id} ${x.start}–${x.end}`;
  for (const space of spaces) {
    const list = bySpace.get(space.id) ?? [];
    if (space.mode === 'exclusive') {
      for (const [x, y] of overlappingPairs(list, list, space.bufferMinutes, true)) {
        out.push({ rule: 'exclusive_overlap', spaceId: space.id, bookingIds: [x.id, y.id], detail: `space ${space.id} (buffer ${space.bufferMinutes}): ${fmt(x)} and ${fmt(y)}` });
      }
    } else {
      for (const over of overCapacity(list, space.capacity)) {
        out.push({ rule: 'shared_capacity', spaceId: space.id, bookingIds: over.ids, detail: `space ${space.id} holds ${over.peak} > ${space.capacity} at ${over.at} (${over.ids.map((id) => `#${id}`).join(', ')})` });
      }
    }
    // Each space against every space above it: covers "above or below" once per pair.
    const seen = new Set([space.id]);
    for (let p = space.parentId; p !== null && !seen.has(p); p = byId.get(p)?.parentId ?? null) {
      seen.add(p);
      for (const [x, y] of overlappingPairs(list, bySpace.get(p) ?? [], 0, false)) {
        out.push({ rule: 'family_overlap', spaceId: space.id, bookingIds: [x.id, y.id], detail: `space ${space.id} ${fmt(x)} overlaps space ${p} ${fmt(y)}` });
      }
    }
  }
  return out;
}

/** SQLite's integrity and foreign-key checks, and the booking rules. */
export function checkDatabase(sqlite: Database.Database, after = ''): DatabaseCheck {
  const problems: string[] = [];
  const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  if (integrity.join() !== 'ok') problems.push(`integrity_check: ${integrity.slice(0, 5).join('; ')}`);
  const fk = sqlite.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  if (fk.length) problems.push(`foreign_key_check: ${fk.length} rows, e.g. ${fk.slice(0, 3).map((r) => `${r.table} #${r.rowid} -> ${r.parent}`).join(', ')}`);
  const violations = bookingViolations(sqlite, after);
  for (const v of violations) problems.push(`${v.rule}: ${v.detail}`);
  return { ok: problems.length === 0, problems, violations };
}
