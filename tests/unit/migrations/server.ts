/**
 * A migration's data test on the test server: a fresh schema migrated up to the version
 * before it, filled by the test, then that one migration run. The pool is closed after
 * each test.
 */
import { afterEach, expect } from 'vitest';
import pg from 'pg';
import { clientConfig } from '../../../electron/main/db/pg/connection';
import { migratePostgres } from '../../../electron/main/db/pg/migrate';
import { PG_MIGRATIONS } from '../../../electron/main/db/pg/migrations';
import { freshServerSchema } from '../../helpers/pg';

export function serverSchemas() {
  let pool: pg.Pool | undefined;
  afterEach(async () => {
    await pool?.end();
    pool = undefined;
  });
  /** A schema at `version`, and `next(name)` that runs migration version + 1 (named `name`) on it. */
  return async (version: number) => {
    const { server, pg: opts } = await freshServerSchema();
    const open = new pg.Pool({ ...clientConfig(server, opts), max: 2 });
    pool = open;
    expect(await migratePostgres(open, PG_MIGRATIONS.slice(0, version))).toEqual({ from: 0, to: version });
    return {
      pool: open,
      schema: opts.schema,
      next: async (name: string) => {
        expect(PG_MIGRATIONS[version]).toMatchObject({ version: version + 1, name });
        expect(await migratePostgres(open, PG_MIGRATIONS.slice(0, version + 1))).toEqual({ from: version, to: version + 1 });
      },
    };
  };
}
