/**
 * Brings the server's schema to the newest version, in one transaction under an
 * advisory lock (two desks starting at once migrate once). The version lives in
 * `stagger_schema`; a database with tables but without it is not Stagger's and is left
 * alone, and one written by a newer Stagger is refused, as a newer file is.
 */
import type pg from 'pg';
import { AppError } from '../../../shared/errors';
import type { MigrationResult } from '../migrate';
import { PG_MIGRATIONS } from './migrations';

/** Any fixed number: the key of the advisory lock that serialises migrations. */
const MIGRATION_LOCK = 730_2026;

export interface ServerState {
  /** An empty database becomes Stagger's on first use; one of Stagger's has a version. */
  state: 'empty' | 'stagger';
  version: number;
  bookings: number;
}

type Queryable = Pick<pg.ClientBase, 'query'>;

/** What the database holds, without writing anything. Refuses a foreign or newer one in words. */
export async function inspectServer(c: Queryable, latest: number): Promise<ServerState> {
  const { rows } = await c.query<{ has: boolean; tables: number }>(
    `SELECT to_regclass('stagger_schema') IS NOT NULL AS has,
       (SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()) AS tables`,
  );
  if (!rows[0].has) {
    if (Number(rows[0].tables) > 0) {
      throw new AppError('validation', 'db.server_not_stagger', 'This database holds tables that are not Stagger’s; choose an empty database.');
    }
    return { state: 'empty', version: 0, bookings: 0 };
  }
  const version = Number((await c.query<{ version: number }>('SELECT version FROM stagger_schema')).rows[0]?.version ?? 0);
  if (version > latest) {
    throw new AppError('validation', 'db.newer_version', `This database was written by a newer version of Stagger (schema ${version}, this app knows ${latest}).`, {
      params: { found: version, known: latest },
    });
  }
  const bookings = version >= 1 ? Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM bookings')).rows[0].n) : 0;
  return { state: 'stagger', version, bookings };
}

export async function migratePostgres(pool: pg.Pool, migrations = PG_MIGRATIONS): Promise<MigrationResult> {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} must have version ${i + 1}`);
  });
  const latest = migrations.length;
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const found = await inspectServer(c, latest);
    if (found.state === 'empty') await c.query('CREATE TABLE stagger_schema (version INTEGER NOT NULL); INSERT INTO stagger_schema VALUES (0)');
    for (const m of migrations.slice(found.version)) {
      await m.up(c);
      await c.query('UPDATE stagger_schema SET version = $1', [m.version]);
    }
    await c.query('COMMIT');
    return { from: found.version, to: latest };
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    c.release();
  }
}
