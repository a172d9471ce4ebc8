/**
 * The benchmark's dataset on PostgreSQL (`npm run bench -- --pg`): the cached SQLite
 * dataset copied once into a database of the bench cluster named after the dataset's
 * key, with the app's own move (db/transfer.ts, what 设置 → 数据存放 does), then
 * analysed. Later runs find it complete and reuse it; a new key drops the old copies.
 */
import pg from 'pg';
import { openDatabase } from '../electron/main/db/connection';
import { openPostgres } from '../electron/main/db/pg/connection';
import { copyDatabase } from '../electron/main/db/transfer';
import type { ServerSettings } from '../electron/shared/storage';

/** Set on the database once the copy and ANALYZE have finished. */
const COMPLETE = 'stagger bench dataset, complete';

export interface ServerDataset {
  server: ServerSettings;
  /** Milliseconds spent loading, or null when the copy on the server was reused. */
  loadMs: number | null;
}

async function withClient<T>(server: ServerSettings, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ host: server.host, port: server.port, user: server.user, password: server.password, database: server.database });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function prepareServerDataset(cluster: ServerSettings, key: string, file: string): Promise<ServerDataset> {
  // The key is twelve hex digits made by bench/cache.ts, never input.
  const name = `stagger_bench_${key}`;
  const server = { ...cluster, database: name };
  const found = await withClient(cluster, async (c) => {
    const r = await c.query<{ datname: string; note: string | null }>(
      `SELECT datname, shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname LIKE 'stagger_bench_%'`,
    );
    for (const db of r.rows) {
      if (db.datname !== name || db.note !== COMPLETE) await c.query(`DROP DATABASE "${db.datname}"`);
    }
    return r.rows.some((db) => db.datname === name && db.note === COMPLETE);
  });
  if (found) return { server, loadMs: null };

  const t0 = performance.now();
  await withClient(cluster, (c) => c.query(`CREATE DATABASE ${name}`));
  await withClient(server, (c) => c.query('CREATE EXTENSION btree_gist'));
  const source = openDatabase(file);
  const target = await openPostgres(server, { listen: false });
  try {
    let last = '';
    await copyDatabase(source, target, (p) => {
      const line = `  loading into PostgreSQL: ${p.table} ${p.done.toLocaleString('en')}/${p.total.toLocaleString('en')}`;
      if (process.stdout.isTTY && line !== last) process.stdout.write(`\x1b[2K${line}\r`);
      last = line;
    });
  } finally {
    source.close();
    await target.close();
  }
  await withClient(server, async (c) => {
    await c.query('VACUUM ANALYZE');
    await c.query(`COMMENT ON DATABASE ${name} IS '${COMPLETE}'`);
  });
  return { server, loadMs: performance.now() - t0 };
}
