/**
 * What every measured operation works with: the app's backend over the benchmark
 * database, the same database's raw connection for the bare queries, the spaces and
 * site the questions are asked about, and an undo for writes. On PostgreSQL the app
 * opens the server's copy of the dataset and the bare queries get a connection of
 * their own to it; the file still answers which spaces to ask about (same rows, same ids).
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { openBackend, type Backend } from '../electron/main/backend';
import type { ServerSettings } from '../electron/shared/storage';
import { addDays, hhmm, minutesOfDay } from '../electron/shared/time';
import { FREE_SUNDAY_MINUTES, NOW, TODAY } from './dataset';
import { windowAt } from './day-layout';

export interface BenchFixture {
  backend: Backend;
  sqlite: Database.Database;
  /** On PostgreSQL: the bare queries' own connection to the server. */
  pg?: pg.Client;
  file: string;
  today: string;
  /** A busy exclusive room, the site with the most spaces, and a half court (it has a family). */
  room: number;
  site: number;
  halfCourt: number;
  contact: number;
  /** The audience of the evening window, when the benchmark's writes happen (Sunday 20:00). */
  audience: number;
  organisation: number;
  /** The last hour before Sunday's closing time, which the generator keeps free in every space. */
  freeSundayHour(spaceId: number): { start: string; end: string };
  /** Calls a contract method through the app's dispatch; a refusal is thrown. */
  call(method: string, input: unknown): Promise<unknown>;
  /** Remembers the last row of every table; `restore` deletes whatever was added since. */
  snapshot(): () => void;
  close(): Promise<void>;
}

export async function openFixture(file: string, server?: ServerSettings): Promise<BenchFixture> {
  const backend = await openBackend(server ? { server } : file, { now: () => NOW });
  const sqlite = backend.conn.sqlite ?? new Database(file, { readonly: true });
  const bare = server ? new pg.Client({ host: server.host, port: server.port, user: server.user, password: server.password, database: server.database }) : undefined;
  await bare?.connect();
  const one = <T>(q: string, ...p: unknown[]) => sqlite.prepare(q).get(...p) as T;
  const site = one<{ site_id: number }>('SELECT site_id FROM spaces GROUP BY site_id ORDER BY count(*) DESC, site_id LIMIT 1').site_id;
  const room = one<{ id: number }>(
    `SELECT s.id FROM spaces s JOIN bookings b ON b.space_id = s.id
     WHERE s.mode = 'exclusive' AND s.parent_id IS NULL AND s.kind = 'room' AND b.start >= ? AND b.start < ?
     GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 1`,
    `${TODAY}T00:00`,
    `${addDays(TODAY, 7)}T00:00`,
  ).id;
  const halfCourt = one<{ id: number }>('SELECT id FROM spaces WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1').id;
  // The coordinator: the benchmark also asks for reports, imports and exports, which the desk may not.
  const operator = one<{ id: number }>("SELECT id FROM operators WHERE role = 'coordinator' ORDER BY id LIMIT 1").id;
  await backend.dispatch('session.setOperator', { operatorId: operator });

  return {
    backend,
    sqlite,
    pg: bare,
    file,
    today: TODAY,
    room,
    site,
    halfCourt,
    contact: one<{ id: number }>('SELECT min(id) AS id FROM contacts').id,
    audience: one<{ id: number }>('SELECT id FROM audiences ORDER BY sort_order, id LIMIT 1 OFFSET ?', windowAt(20 * 60).audience).id,
    organisation: one<{ id: number }>('SELECT min(id) AS id FROM organisations').id,
    freeSundayHour(spaceId) {
      const { opening_hours } = one<{ opening_hours: string }>('SELECT opening_hours FROM spaces WHERE id = ?', spaceId);
      const sunday = (JSON.parse(opening_hours) as { weekday: number; close: string }[]).find((h) => h.weekday === 7)!;
      const close = minutesOfDay(sunday.close);
      return { start: hhmm(close - FREE_SUNDAY_MINUTES), end: hhmm(close) };
    },
    async call(method, input) {
      const r = await backend.dispatch(method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.kind} ${r.error.details?.code ?? ''} ${r.error.message}`);
      return r.value;
    },
    snapshot() {
      if (bare) throw new Error('on the server, use serverSnapshot');
      const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[])
        .map((t) => t.name);
      const last = new Map(tables.map((t) => [t, (sqlite.prepare(`SELECT max(rowid) AS m FROM "${t}"`).get() as { m: number | null }).m ?? 0]));
      return () => {
        // Rows are removed in any order, so the foreign keys are off for the moment.
        sqlite.pragma('foreign_keys = OFF');
        sqlite.transaction(() => {
          for (const [t, m] of last) sqlite.prepare(`DELETE FROM "${t}" WHERE rowid > ?`).run(m);
        })();
        sqlite.pragma('foreign_keys = ON');
      };
    },
    async close() {
      await bare?.end();
      await backend.close();
      if (!backend.conn.sqlite) sqlite.close();
    },
  };
}

/** Tables a measured write adds rows to, children first: what the undo deletes from. */
const WRITTEN = ['series_exceptions', 'audit_log', 'bookings', 'series'] as const;

export async function serverSnapshot(c: pg.Client): Promise<() => Promise<void>> {
  const last = new Map<string, number>();
  for (const t of WRITTEN) {
    // Table names come from the constant list above.
    const r = await c.query<{ m: string | null }>(`SELECT max(id) AS m FROM ${t}`);
    last.set(t, Number(r.rows[0].m ?? 0));
  }
  return async () => {
    await c.query('BEGIN');
    for (const [t, m] of last) await c.query(`DELETE FROM ${t} WHERE id > $1`, [m]);
    await c.query('COMMIT');
  };
}
