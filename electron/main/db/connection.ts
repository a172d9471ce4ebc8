import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { migrate, type MigrationResult } from './migrate';
import { MIGRATIONS } from './migrations';
import type { DB } from './schema';

export interface OpenOptions {
  /** Where copies are written before a migration (the app passes userData/backups). */
  backupDir?: string;
  /** Path of a better-sqlite3 binary built for Electron's ABI (see scripts/start.mjs). */
  nativeBinding?: string;
  readonly?: boolean;
}

export interface Connection {
  sqlite: Database.Database;
  db: Kysely<DB>;
  migration: MigrationResult;
  close(): Promise<void>;
}

export function openDatabase(file: string, opts: OpenOptions = {}): Connection {
  const sqlite = new Database(file, { nativeBinding: opts.nativeBinding, readonly: opts.readonly ?? false });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  // A second desk on the same file waits for the writer instead of failing at once.
  sqlite.pragma('busy_timeout = 5000');
  let migration: MigrationResult;
  try {
    migration = migrate(sqlite, MIGRATIONS, { backupDir: opts.backupDir });
  } catch (e) {
    sqlite.close();
    throw e;
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    sqlite,
    db,
    migration,
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
    await sql`BEGIN IMMEDIATE`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (e) {
      await sql`ROLLBACK`.execute(conn);
      throw e;
    }
  });
}
