/**
 * The measured operations. Each one asks the app a question through its real dispatch
 * (validation, handler, repository, Kysely) and asks the same database the same
 * question with the bare SQL a person would write by hand, on the same connection.
 */
import Database from 'better-sqlite3';
import { openDatabase } from '../electron/main/db/connection';
import { addDays, isoWeekday } from '../electron/shared/time';
import type { BenchFixture } from './fixture';
import type { Operation } from './operation';
import { exportOperation, importOperation } from './operations-files';
import { plannedOperations } from './operations-planned';


const ACTIVE = "('requested', 'confirmed', 'checked_in')";

/** The calendar's rows: a booking with the names shown on it. The lower bound on start keeps it on the index. */
export const VIEW_SQL = (where: string) => `
  SELECT b.*, s.name AS space_name, s.site_id, c.name AS contact_name, c.phone AS contact_phone,
         o.name AS organisation_name, a.name AS audience_name, a.color AS audience_color
  FROM bookings b JOIN spaces s ON s.id = b.space_id
  LEFT JOIN contacts c ON c.id = b.contact_id
  LEFT JOIN organisations o ON o.id = b.organisation_id
  LEFT JOIN audiences a ON a.id = b.audience_id
  WHERE ${where} AND b.start >= ? AND b.start < ? AND b.end > ? AND b.status != 'cancelled'
  ORDER BY b.start, b.id`;

const lengths = (a: unknown, b: unknown): [number, number] => [(a as unknown[]).length, (b as unknown[]).length];

function rangeOperations(f: BenchFixture): Operation[] {
  const week = { from: f.today, to: addDays(f.today, 7) };
  const day = { from: f.today, to: addDays(f.today, 1) };
  const bounds = (r: { from: string; to: string }) => [`${addDays(r.from, -1)}T00:00`, `${r.to}T00:00`, `${r.from}T00:00`];
  const spaceWeek = f.sqlite.prepare(VIEW_SQL('b.space_id = ?'));
  const siteDay = f.sqlite.prepare(VIEW_SQL('s.site_id = ?'));
  return [
    {
      name: 'week of one space',
      barMs: 20,
      runs: 50,
      app: () => f.call('bookings.range', { ...week, spaceIds: [f.room] }),
      bare: () => spaceWeek.all(f.room, ...bounds(week)),
      size: lengths,
    },
    {
      name: 'day of a whole site',
      barMs: 20,
      runs: 50,
      app: () => f.call('bookings.range', { ...day, siteId: f.site }),
      bare: () => siteDay.all(f.site, ...bounds(day)),
      size: lengths,
    },
  ];
}

/**
 * One booking into a half court (so the whole court above it is checked too), at the
 * Sunday hour the generator keeps free; each run is undone so the next does the same work.
 */
function createOperation(f: BenchFixture): Operation {
  const sunday = addDays(f.today, 7 - isoWeekday(f.today));
  const hour = f.freeSundayHour(f.halfCourt);
  const start = `${sunday}T${hour.start}`;
  const end = `${sunday}T${hour.end}`;
  const input = { spaceId: f.halfCourt, start, end, title: '篮球训练', contactId: f.contact, audienceId: f.audience, headCount: 8 };
  const sqlite = f.sqlite;
  const space = sqlite.prepare('SELECT * FROM spaces WHERE id = ?');
  const family = sqlite.prepare('SELECT id FROM spaces WHERE id = ? OR parent_id = ?');
  const overlapping = sqlite.prepare(
    `SELECT * FROM bookings WHERE space_id IN (?, ?, ?) AND start >= ? AND start < ? AND end > ? AND status IN ${ACTIVE}`,
  );
  const insert = sqlite.prepare(`INSERT INTO bookings (space_id, start, end, title, contact_id, audience_id, head_count, status,
    created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'confirmed', NULL, ?, ?) RETURNING *`);
  const audit = sqlite.prepare(`INSERT INTO audit_log (at, operator_id, action, entity, entity_id, after) VALUES (?, NULL, 'create', 'booking', ?, ?)`);
  const bare = sqlite.transaction(() => {
    const s = space.get(f.halfCourt) as { parent_id: number };
    const ids = (family.all(s.parent_id, f.halfCourt) as { id: number }[]).map((r) => r.id);
    const clash = overlapping.all(ids[0], ids[1] ?? -1, ids[2] ?? -1, `${addDays(sunday, -1)}T${hour.start}`, end, start);
    if (clash.length) throw new Error('bare insert: the reserved hour is taken');
    const row = insert.get(f.halfCourt, start, end, input.title, f.contact, f.audience, 8, start, start) as { id: number };
    audit.run(start, row.id, JSON.stringify(row));
  });
  return {
    name: 'conflict check + insert',
    barMs: 5,
    runs: 50,
    app: () => f.call('bookings.create', input),
    bare: () => bare.immediate(),
    reset: f.snapshot(),
  };
}

/** Opening the app's database: connection, pragmas, and the migration check on an up-to-date schema. */
function openOperation(f: BenchFixture): Operation {
  return {
    name: 'open database + migrations (up to date)',
    runs: 30,
    app: () => openDatabase(f.file).close(),
    bare: () => {
      const db = new Database(f.file);
      db.pragma('user_version', { simple: true });
      db.close();
    },
  };
}

export function operations(f: BenchFixture): Operation[] {
  return [...rangeOperations(f), createOperation(f), ...plannedOperations(f), importOperation(f), exportOperation(f, VIEW_SQL), openOperation(f)];
}
