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
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

function serverBin() {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))) : [];
  if (versions.length === 0) {
    console.error('PostgreSQL server binaries not found under /usr/lib/postgresql. On Debian: apt-get install postgresql');
    process.exit(2);
  }
  versions.sort((a, b) => Number(b) - Number(a));
  return path.join(root, versions[0], 'bin');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

const asRoot = process.getuid?.() === 0;
/** runuser lives in sbin, which a minimal PATH (CI's) may leave out. */
const RUNUSER = ['/usr/sbin/runuser', '/sbin/runuser'].find((p) => fs.existsSync(p)) ?? 'runuser';
/** Runs a server binary, as `postgres` when this process is root. */
function run(bin, args, opts = {}) {
  const [cmd, full] = asRoot ? [RUNUSER, ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const r = spawnSync(cmd, full, { stdio: opts.quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
  if (r.status !== 0) {
    if (opts.quiet) process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    throw new Error(`${path.basename(bin)} failed (${r.status ?? r.error ?? r.signal})`);
  }
}

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('usage: node scripts/with-postgres.mjs <command> [args...]');
  process.exit(2);
}

const bin = serverBin();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagger-pg-'));
const data = path.join(dir, 'data');
const password = 'stagger-test';
fs.writeFileSync(path.join(dir, 'pw'), password);
if (asRoot) spawnSync(['/usr/bin/chown', '/bin/chown'].find((p) => fs.existsSync(p)) ?? 'chown', ['-R', 'postgres:postgres', dir]);
fs.chmodSync(dir, 0o755);

const port = await freePort();
let started = false;
let status = 1;
try {
  run(path.join(bin, 'initdb'), ['-D', data, '-U', 'stagger', `--pwfile=${path.join(dir, 'pw')}`, '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8'], { quiet: true });
  // Durability is not wanted of a throw-away cluster; speed is.
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  run(path.join(bin, 'pg_ctl'), ['-D', data, '-o', opts, '-l', path.join(dir, 'server.log'), '-w', 'start'], { quiet: true });
  started = true;
  const server = { host: '127.0.0.1', port, user: 'stagger', password, database: 'postgres', tls: false, bin, dir };
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
      run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop'], { quiet: true });
    } catch {
      /* the folder goes anyway */
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
