import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export interface MigrationResult {
  from: number;
  to: number;
}

/**
 * The database's schema version (PRAGMA user_version), read without writing anything;
 * a database written by a newer Stagger (above `latest`) is refused here. Call it
 * before anything that writes, such as switching the journal to WAL, so a refused
 * file is left exactly as it was.
 */
export function schemaVersion(db: Database.Database, latest: number): number {
  const found = db.pragma('user_version', { simple: true }) as number;
  if (found > latest) {
    throw new AppError(
      'validation',
      'db.newer_version',
      `This database was written by a newer version of Stagger (schema ${found}, this app knows ${latest}).`,
      { params: { found, known: latest } },
    );
  }
  return found;
}

/**
 * Brings the schema to the newest version, one transaction per migration, tracked by
 * PRAGMA user_version. A database written by a newer Stagger is refused rather than
 * opened. The copy of an older file is made before it is opened (electron/main/backups/,
 * through SQLite's backup API), not here: that API is asynchronous.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[],
): MigrationResult {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} must have version ${i + 1}`);
  });
  const latest = migrations.length;
  const from = schemaVersion(db, latest);
  if (from === latest) return { from, to: latest };

  for (const m of migrations.slice(from)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return { from, to: latest };
}
