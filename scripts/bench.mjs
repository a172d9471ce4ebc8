#!/usr/bin/env node
/**
 * `npm run bench`: bundle the benchmark with the app's main-process code, then run it.
 * The app ships bundled (electron-vite), where functions keep no names; run through
 * tsx instead, every function the code creates is first given a name at run time,
 * which costs the app (closures in hot paths) and not the bare SQL beside it.
 *
 * `npm run bench -- --pg` measures on PostgreSQL: a local cluster kept under
 * .bench-cache/pg (created on first use) is started for the run and stopped after; the
 * benchmark loads the dataset into it once and names it in STAGGER_BENCH_PG.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { CLUSTER_USER, freePort, initCluster, serverBin, startCluster, stopCluster } from './pg-cluster.mjs';

const outfile = path.resolve('.bench-cache/bench.mjs');
await build({
  entryPoints: ['bench/run.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});

if (process.argv.includes('--pg')) {
  const bin = serverBin();
  const dir = path.resolve('.bench-cache/pg');
  const password = 'stagger-bench';
  if (!fs.existsSync(path.join(dir, 'data', 'PG_VERSION'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    initCluster(bin, dir, password);
  }
  const port = await freePort();
  // A server set up as a subdistrict's would be: durable (fsync and synchronous commits
  // stay on), with a quarter of this machine's memory for its cache at most.
  startCluster(bin, dir, port, { shared_buffers: '2GB', work_mem: '64MB', maintenance_work_mem: '512MB', effective_cache_size: '8GB' });
  process.on('exit', () => stopCluster(bin, dir));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
  process.env.STAGGER_BENCH_PG = JSON.stringify({ host: '127.0.0.1', port, user: CLUSTER_USER, password, database: 'postgres', tls: false });
  console.log(`PostgreSQL (${path.basename(path.dirname(bin))}) on 127.0.0.1:${port}, cluster in .bench-cache/pg`);
}
await import(pathToFileURL(outfile).href);
