/** Vitest global setup: on PostgreSQL, the database whose schemas the tests use, with btree_gist in public. */
import { admin, TEST_DATABASE, TEST_SERVER } from './pg';

export async function setup(): Promise<void> {
  if (!TEST_SERVER) return;
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${TEST_DATABASE}`);
    await c.query(`CREATE DATABASE ${TEST_DATABASE}`);
  }, 'postgres');
  await admin((c) => c.query('CREATE EXTENSION btree_gist'));
}
