#!/usr/bin/env node
/**
 * Runs a command against a throw-away PostgreSQL cluster: initdb in a temporary folder,
 * a free local port, started with Debian's server binaries (as the unprivileged
 * `postgres` user when run as root: the server refuses to run as root), and stopped and
 * removed afterwards whatever the command's outcome. The command receives the server in
 * STAGGER_TEST_PG (JSON of host, port, user, password, database).
 *
 *   node scripts/with-postgres.mjs npx vitest run
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { CLUSTER_USER, freePort, initCluster, serverBin, startCluster, stopCluster } from './pg-cluster.mjs';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('usage: node scripts/with-postgres.mjs <command> [args...]');
  process.exit(2);
}

const bin = serverBin();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagger-pg-'));
const password = 'stagger-test';

const port = await freePort();
let started = false;
let status = 1;
try {
  initCluster(bin, dir, password);
  // Durability is not wanted of a throw-away cluster; speed is.
  startCluster(bin, dir, port, { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: 300 });
  started = true;
  const server = { host: '127.0.0.1', port, user: CLUSTER_USER, password, database: 'postgres', tls: false, bin, dir };
  // The database the tests use, a schema each; btree_gist in public, where every schema finds it.
  for (const [database, sql] of [
    ['postgres', 'CREATE DATABASE stagger_test'],
    ['stagger_test', 'CREATE EXTENSION btree_gist'],
  ]) {
    const c = new pg.Client({ ...server, database });
    await c.connect();
    await c.query(sql);
    await c.end();
  }
  console.log(`PostgreSQL (${path.basename(path.dirname(bin))}) on 127.0.0.1:${port}`);
  status = await new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, STAGGER_TEST_PG: JSON.stringify(server) } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
} catch (e) {
  console.error(String(e));
  const log = path.join(dir, 'server.log');
  if (fs.existsSync(log)) process.stderr.write(fs.readFileSync(log, 'utf8'));
} finally {
  if (started) {
    try {
      stopCluster(bin, dir, 'immediate');
    } catch {
      /* the folder goes anyway */
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
