import Database from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import { migrate, schemaVersion, type MigrationResult } from './migrate';
import { MIGRATIONS } from './migrations';
import { AppError } from '../../shared/errors';
import type { DB } from './schema';

export interface OpenOptions {
  /** Path of a better-sqlite3 binary built for Electron's ABI (see scripts/start.mjs). */
  nativeBinding?: string;
  readonly?: boolean;
  /** How long a write waits for another desk's write on the same file before giving up (ms). */
  busyTimeoutMs?: number;
}

/** What the open screens poll: a stamp that moves when another desk changed something, and whether the database answers. */
export interface ChangeState {
  stamp: number;
  online: boolean;
}

/**
 * An open database, a file or the shared server. The services see only `db` (and the
 * transactions `transaction` hands them); everything that differs stays behind this.
 */
export interface Connection {
  kind: 'file' | 'server';
  /** The SQLite handle of a file (undefined on the server). */
  sqlite?: Database.Database;
  db: Kysely<DB>;
  migration: MigrationResult;
  /** One write transaction: the conflict check and the write see the same database. */
  transaction<T>(fn: (tx: Kysely<DB>) => Promise<T>): Promise<T>;
  /** A database error in the app's words (busy, unreachable), or undefined. */
  explain(e: unknown): AppError | undefined;
  changes(): ChangeState;
  close(): Promise<void>;
}

/** A file's connection (the `sqlite` handle is always there). */
export type FileConnection = Connection & { kind: 'file'; sqlite: Database.Database };

/** How many distinct query texts keep their prepared statement; the app has far fewer. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every query anew, and preparing costs more than
 * running most of the app's small indexed queries: a booking's check and insert spend
 * about a third of their time there. The same SQL text therefore reuses its statement
 * (parameters are always bound, never part of the text). A statement still being
 * iterated by a stream is busy and is not handed out twice.
 */
export function reusingStatements(sqlite: Database.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text) {
      const cached = cache.get(text);
      if (cached && !cached.busy) {
        // Least recently used goes first: move this one to the end.
        cache.delete(text);
        cache.set(text, cached);
        return cached;
      }
      const statement = sqlite.prepare(text);
      if (!cached) {
        cache.set(text, statement);
        if (cache.size > size) cache.delete(cache.keys().next().value!);
      }
      return statement;
    },
  };
}

/** A desk waits this long for another's write before it is told to try again. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

export function openDatabase(file: string, opts: OpenOptions = {}): FileConnection {
  // `timeout` is SQLite's busy timeout: a second desk on the same file waits for the writer that long.
  const sqlite = new Database(file, {
    nativeBinding: opts.nativeBinding,
    readonly: opts.readonly ?? false,
    timeout: opts.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
  });
  let migration: MigrationResult;
  try {
    // Refuse a database from a newer Stagger before anything writes to the file:
    // switching to WAL rewrites its header and leaves -wal/-shm files beside it.
    schemaVersion(sqlite, MIGRATIONS.length);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    // The copy before a migration is taken before the file is opened here (backups/, through the backup API).
    migration = migrate(sqlite, MIGRATIONS);
  } catch (e) {
    sqlite.close();
    throw e;
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite) }) });
  // data_version moves when another connection (another desk on the same file) commits.
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  return {
    kind: 'file',
    sqlite,
    db,
    migration,
    transaction: (fn) => writeTransaction(db, fn),
    explain: (e) => {
      const busy = asBusyError(e);
      return busy instanceof AppError ? busy : undefined;
    },
    changes: () => ({ stamp: sqlite.open ? (dataVersion.get() as number) : 0, online: sqlite.open }),
    async close() {
      await db.destroy();
    },
  };
}

/**
 * One write transaction, taken with BEGIN IMMEDIATE so the conflict check and the
 * write see the same database: two desks racing for one slot, exactly one wins.
 * Everything inside must use the `tx` handed in (the driver has one connection).
 */
export async function writeTransaction<T>(db: Kysely<DB>, fn: (tx: Kysely<DB>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    try {
      await conn.executeQuery(BEGIN_IMMEDIATE);
    } catch (e) {
      throw asBusyError(e);
    }
    try {
      const result = await fn(conn);
      await conn.executeQuery(COMMIT);
      return result;
    } catch (e) {
      // A failed COMMIT may have ended the transaction already; then there is nothing to roll back.
      await conn.executeQuery(ROLLBACK).catch(() => {});
      throw asBusyError(e);
    }
  });
}

/**
 * Another desk held the database longer than the busy timeout: the user is told to try
 * again in words, instead of an internal error. Nothing was written.
 */
export function asBusyError(e: unknown): unknown {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED')) {
    return new AppError('conflict', 'db.busy', 'Another desk is saving a change; try again in a moment. Nothing was saved.');
  }
  return e;
}

// Compiled once: every write of the app starts and ends with these.
const BEGIN_IMMEDIATE = CompiledQuery.raw('BEGIN IMMEDIATE');
const COMMIT = CompiledQuery.raw('COMMIT');
const ROLLBACK = CompiledQuery.raw('ROLLBACK');
