/**
 * A local PostgreSQL cluster run with Debian's server binaries, for the test command
 * (a throw-away one) and the benchmark (one kept under .bench-cache/ between runs).
 * As root the binaries run as the unprivileged `postgres` user: the server refuses root.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export function serverBin() {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))) : [];
  if (versions.length === 0) {
    console.error('PostgreSQL server binaries not found under /usr/lib/postgresql. On Debian: apt-get install postgresql');
    process.exit(2);
  }
  versions.sort((a, b) => Number(b) - Number(a));
  return path.join(root, versions[0], 'bin');
}

export function freePort() {
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
/** runuser and chown live in sbin or bin, which a minimal PATH (CI's) may leave out. */
const RUNUSER = ['/usr/sbin/runuser', '/sbin/runuser'].find((p) => fs.existsSync(p)) ?? 'runuser';
const CHOWN = ['/usr/bin/chown', '/bin/chown'].find((p) => fs.existsSync(p)) ?? 'chown';

/** Runs a server binary, as `postgres` when this process is root. */
export function runServerBinary(bin, args, opts = {}) {
  const [cmd, full] = asRoot ? [RUNUSER, ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const r = spawnSync(cmd, full, { stdio: opts.quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
  if (r.status !== 0) {
    if (opts.quiet) process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    throw new Error(`${path.basename(bin)} failed (${r.status ?? r.error ?? r.signal})`);
  }
}

export const CLUSTER_USER = 'stagger';

/** initdb into `dir`/data, with a password for TCP connections (scram) and trust on the socket. */
export function initCluster(bin, dir, password) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'pw'), password);
  if (asRoot) spawnSync(CHOWN, ['-R', 'postgres:postgres', dir]);
  fs.chmodSync(dir, 0o755);
  runServerBinary(
    path.join(bin, 'initdb'),
    ['-D', path.join(dir, 'data'), '-U', CLUSTER_USER, `--pwfile=${path.join(dir, 'pw')}`, '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8'],
    { quiet: true },
  );
}

/** Starts the cluster in `dir` on 127.0.0.1:`port` with extra `-c` settings; waits until it accepts connections. */
export function startCluster(bin, dir, port, settings = {}) {
  const extra = Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`).join(' ');
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 ${extra}`;
  runServerBinary(path.join(bin, 'pg_ctl'), ['-D', path.join(dir, 'data'), '-o', opts, '-l', path.join(dir, 'server.log'), '-w', 'start'], { quiet: true });
}

export function stopCluster(bin, dir, mode = 'fast') {
  runServerBinary(path.join(bin, 'pg_ctl'), ['-D', path.join(dir, 'data'), '-m', mode, 'stop'], { quiet: true });
}
