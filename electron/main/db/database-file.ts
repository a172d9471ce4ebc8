/**
 * The database as a file: copies through SQLite's online backup API (a plain copy of a
 * WAL database can miss what is still in the -wal file, or catch a page half-written),
 * and the checks a file must pass before it may replace the live database.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { integrityCheck } from './integrity-worker';

/** The tables every Stagger database has had since its first migration. */
const STAGGER_TABLES = ['sites', 'spaces', 'contacts', 'operators', 'bookings', 'audit_log'] as const;

export interface DatabaseFacts {
  schemaVersion: number;
  bookings: number;
  contacts: number;
}

export type FileRefusal =
  | { reason: 'not_a_database' }
  | { reason: 'corrupt' }
  | { reason: 'not_stagger' }
  | { reason: 'newer_version'; found: number; known: number };

export type FileCheck = ({ ok: true } & DatabaseFacts) | ({ ok: false } & FileRefusal);

/**
 * Copy the live database to `dest` with the backup API, as one self-contained file:
 * written beside `dest` under another name, switched from WAL to a rollback journal (so
 * no -wal file belongs to it), then renamed into place. A half-written copy never
 * carries the final name.
 */
export async function backupDatabase(sqlite: Database.Database, dest: string, opts: { nativeBinding?: string } = {}): Promise<void> {
  const partial = `${dest}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    await sqlite.backup(partial);
    const copy = new Database(partial, { nativeBinding: opts.nativeBinding });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fs.renameSync(partial, dest);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
}

/** The schema version and row counts of a backup this app wrote (no integrity check: see checkDatabaseFile). */
export function readFacts(file: string, opts: { nativeBinding?: string } = {}): DatabaseFacts {
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: opts.nativeBinding });
  try {
    return facts(db);
  } finally {
    db.close();
  }
}

function facts(db: Database.Database): DatabaseFacts {
  return {
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    bookings: (db.prepare('SELECT count(*) AS n FROM bookings').get() as { n: number }).n,
    contacts: (db.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n,
  };
}

/** The schema version of a file, read without writing; null when it is not a readable database. */
export function peekSchemaVersion(file: string, opts: { nativeBinding?: string } = {}): number | null {
  if (!fs.existsSync(file)) return null;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true, nativeBinding: opts.nativeBinding });
    return db.pragma('user_version', { simple: true }) as number;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

const SQLITE_FILE_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CANTOPEN']);

/**
 * May this file replace the live database? It must be a database at all, pass SQLite's
 * integrity check, have the tables of a Stagger database, and not be newer than this
 * app. Run it on a private copy of the user's file (it may write a journal beside the
 * file it checks); the user's own file is never opened by SQLite. The integrity check,
 * the long part, runs on a worker thread.
 */
export async function checkDatabaseFile(file: string, latest: number, opts: { nativeBinding?: string } = {}): Promise<FileCheck> {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: opts.nativeBinding });
    // Reading the header is the first thing that fails on a text file or a renamed .exe.
    db.pragma('user_version', { simple: true });
  } catch (e) {
    db?.close();
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_CORRUPT') return { ok: false, reason: 'corrupt' };
    if (code && SQLITE_FILE_CODES.has(code)) return { ok: false, reason: 'not_a_database' };
    throw e;
  }
  try {
    const rows = await integrityCheck(file, opts);
    if (rows.length !== 1 || rows[0] !== 'ok') return { ok: false, reason: 'corrupt' };
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name),
    );
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < 1 || STAGGER_TABLES.some((t) => !tables.has(t))) return { ok: false, reason: 'not_stagger' };
    if (version > latest) return { ok: false, reason: 'newer_version', found: version, known: latest };
    return { ok: true, ...facts(db) };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return { ok: false, reason: 'corrupt' };
    throw e;
  } finally {
    db.close();
  }
}
