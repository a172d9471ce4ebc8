/**
 * The unit suite on PostgreSQL: `npm run test:pg` starts a throw-away server
 * (scripts/with-postgres.mjs) and names it in STAGGER_TEST_PG. Every test backend then
 * gets a schema of its own in one test database, migrated from nothing as a new server
 * database would be, so a test sees exactly what it would see in a fresh file.
 * (A database per test, copied from a template, cost over two seconds each.)
 */
import pg from 'pg';
import type { PgOptions } from '../../electron/main/db/pg/connection';
import type { ServerSettings } from '../../electron/shared/storage';

interface TestServer extends ServerSettings {
  bin: string;
  dir: string;
}

export const TEST_SERVER: TestServer | undefined = process.env.STAGGER_TEST_PG ? JSON.parse(process.env.STAGGER_TEST_PG) : undefined;

/** True when the suite runs on PostgreSQL; file-only tests skip with `describe.skipIf(onServer)`. */
export const onServer = TEST_SERVER !== undefined;

export const TEST_DATABASE = 'stagger_test';

export function serverSettings(database = TEST_DATABASE): ServerSettings {
  if (!TEST_SERVER) throw new Error('STAGGER_TEST_PG is not set');
  const { host, port, user, password, tls } = TEST_SERVER;
  return { host, port, user, password, tls, database };
}

/** Runs SQL as the cluster's owner. */
export async function admin<T>(fn: (c: pg.Client) => Promise<T>, database = TEST_DATABASE): Promise<T> {
  const c = new pg.Client({ ...serverSettings(database) });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

let made = 0;

/** A new, empty schema of the test database: what a test's backend opens (and migrates). */
export async function freshServerSchema(): Promise<{ server: ServerSettings; pg: PgOptions }> {
  const schema = `t_${process.pid}_${++made}_${Math.random().toString(36).slice(2, 8)}`;
  // The name is built here from digits and letters, never from input.
  await admin((c) => c.query(`CREATE SCHEMA ${schema}`));
  return { server: serverSettings(), pg: { schema } };
}
