/**
 * A desk's connection to the shared PostgreSQL server: a small pool for the app's
 * queries and transactions, and one listening connection that hears other desks'
 * changes (NOTIFY) and reconnects by itself. The services see the same Kysely<DB> as
 * on a file; what differs lives here and in ../dialect.ts.
 */
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import { AppError } from '../../../shared/errors';
import type { ServerSettings } from '../../../shared/storage';
import type { Connection, ChangeState } from '../connection';
import type { DB } from '../schema';
import { exclusionConflict, explainPgError, isConnectionLost, unreachable } from './errors';
import { CHANGES_CHANNEL, PG_MIGRATIONS } from './migrations';
import { inspectServer, migratePostgres, type ServerState } from './migrate';

/**
 * pg returns bigint (count(*), sums) and numeric as strings, so a count would be "3".
 * Every such value becomes a number here, the one place; they stay far below 2^53.
 */
const NUMERIC_OIDS = new Set([20, 1700]);
export const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (NUMERIC_OIDS.has(oid)) return (v: string) => (v === null ? null : Number(v));
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as pg.CustomTypesConfig;

export interface PgOptions {
  /** Give up connecting after this long (ms): a desk without network is told, not left hanging. */
  connectTimeoutMs?: number;
  /** Wait at most this long (ms) for another desk's lock before the write is refused as busy. */
  lockTimeoutMs?: number;
  /** Listen for other desks' changes (the app does; one-off tools need not). */
  listen?: boolean;
  /**
   * Keep the tables in this schema instead of the user's default (the test suite gives
   * each test a schema of its own in one database; extensions stay in public).
   */
  schema?: string;
  /** Pool size; a desk needs few. */
  max?: number;
  log?: (message: string, error: unknown) => void;
}

export function clientConfig(s: ServerSettings, opts: PgOptions = {}): pg.ClientConfig {
  return {
    host: s.host,
    port: s.port,
    database: s.database,
    user: s.user,
    password: s.password,
    ssl: s.tls ? { rejectUnauthorized: false } : false,
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 5000,
    lock_timeout: opts.lockTimeoutMs ?? 5000,
    statement_timeout: 60_000,
    query_timeout: 65_000,
    // A transaction left open by a desk that died must not hold its locks for long.
    idle_in_transaction_session_timeout: 30_000,
    keepAlive: true,
    application_name: 'stagger',
    types: pgTypes,
    // The schema name comes from the test helper (letters, digits, underscores), never from a user.
    ...(opts.schema ? { options: `-c search_path=${opts.schema},public` } : {}),
  };
}

/** Opens (and migrates) the server's database. Throws AppError in words when it cannot. */
export async function openPostgres(s: ServerSettings, opts: PgOptions = {}): Promise<Connection> {
  const pool = new pg.Pool({ ...clientConfig(s, opts), max: opts.max ?? 5, idleTimeoutMillis: 30_000 });
  // A connection whose server went away emits 'error' (idle ones through the pool, busy
  // ones on the client itself): without a listener the main process would die. The query
  // that was running fails on its own and is answered in words.
  pool.on('error', (e) => opts.log?.('idle server connection lost', e));
  pool.on('connect', (client) => client.on('error', (e) => opts.log?.('server connection lost', e)));
  let migration;
  try {
    migration = await migratePostgres(pool);
  } catch (e) {
    await pool.end().catch(() => {});
    throw explainConnect(e);
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const changes: ChangeState = { stamp: 0, online: opts.listen === false };
  const listener = opts.listen === false ? undefined : listen(s, opts, changes);
  // Other desks' changes are heard from the first moment the desk is open.
  await listener?.ready;

  return {
    kind: 'server',
    db,
    migration,
    changes: () => ({ ...changes }),
    async transaction(fn) {
      try {
        return await db.transaction().execute(fn);
      } catch (e) {
        const clash = exclusionConflict(e);
        if (clash) throw await overlapError(db, clash);
        const known = explainPgError(e);
        if (known && isConnectionLost(e)) changes.online = false;
        throw known ?? e;
      }
    },
    explain: (e) => {
      const known = explainPgError(e);
      if (known && isConnectionLost(e)) changes.online = false;
      return known;
    },
    async close() {
      await listener?.stop();
      await db.destroy();
    },
  };
}

/** A refusal by the exclusion constraint, named like the rule engine's: the booking it overlaps. */
async function overlapError(db: Kysely<DB>, clash: { spaceId: number; from: string; to: string }): Promise<AppError> {
  const found = await db
    .selectFrom('bookings')
    .innerJoin('spaces', 'spaces.id', 'bookings.space_id')
    .select(['bookings.id', 'bookings.title', 'bookings.start', 'bookings.end', 'spaces.name as spaceName'])
    .where('bookings.space_id', '=', clash.spaceId)
    .where('bookings.start', '=', clash.from)
    .where('bookings.status', 'in', ['requested', 'confirmed', 'checked_in'])
    .executeTakeFirst()
    .catch(() => undefined);
  const title = found?.title ?? '';
  return new AppError('conflict', 'booking.overlap', 'Overlaps another booking of this space', {
    params: { title, start: found?.start.slice(11) ?? clash.from.slice(11), end: found?.end.slice(11) ?? '' },
    conflicts: found ? [{ bookingId: found.id, title, spaceName: found.spaceName, start: found.start, end: found.end }] : [],
  });
}

/** Connecting failed: say why in words (unreachable, login, no such database, TLS). */
export function explainConnect(e: unknown): unknown {
  if (e instanceof AppError) return e;
  const err = e as { code?: string; message?: string };
  switch (err?.code) {
    case '28P01':
    case '28000':
      return new AppError('validation', 'db.server_login', 'The server refused the user name or password.');
    case '3D000':
      return new AppError('validation', 'db.server_no_database', 'The server has no database of this name.');
    case '58P01':
    case '42501':
      if (/extension|btree_gist/i.test(err.message ?? '') || err.code === '58P01')
        return new AppError('validation', 'db.server_extension', 'The server lacks the btree_gist extension (PostgreSQL contrib), or this user may not create it.');
      return new AppError('validation', 'db.server_permission', 'This user may not create tables in the database.');
    default:
      if (/does not support SSL|SSL|certificate/i.test(err?.message ?? '')) return new AppError('validation', 'db.server_tls', 'The TLS setting does not match the server.');
      if (isConnectionLost(e)) return unreachable();
      return e;
  }
}

/**
 * One connection that LISTENs for other desks' changes. Each notice moves the stamp the
 * renderer polls, so open screens reload; losing the connection marks the desk offline
 * and it tries again every second until the server answers. (Correctness never rests on
 * this: every check reads the reference stamp inside its own transaction.)
 */
function listen(s: ServerSettings, opts: PgOptions, changes: ChangeState): { ready: Promise<void>; stop(): Promise<void> } {
  let client: pg.Client | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const retry = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, 1000);
  };
  const connect = async () => {
    const c = new pg.Client(clientConfig(s, opts));
    c.on('error', () => {
      changes.online = false;
      c.end().catch(() => {});
      if (client === c) client = undefined;
      retry();
    });
    c.on('end', () => {
      if (client === c) {
        client = undefined;
        changes.online = false;
        retry();
      }
    });
    c.on('notification', () => {
      changes.stamp++;
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGES_CHANNEL}`);
      if (stopped) return void c.end().catch(() => {});
      client = c;
      // Whatever happened while away is unknown: the screens reload once.
      changes.stamp++;
      changes.online = true;
    } catch {
      changes.online = false;
      c.end().catch(() => {});
      retry();
    }
  };
  return {
    ready: connect(),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = undefined;
      await c?.end().catch(() => {});
    },
  };
}

/** For the settings screen: can this desk reach the server, and what is there? Throws AppError in words. */
export async function probeServer(s: ServerSettings, opts: PgOptions = {}): Promise<ServerState> {
  const client = new pg.Client(clientConfig(s, opts));
  try {
    await client.connect();
    return await inspectServer(client, PG_MIGRATIONS.length);
  } catch (e) {
    throw explainConnect(e);
  } finally {
    await client.end().catch(() => {});
  }
}
