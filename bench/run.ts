/**
 * `npm run bench`: generate (or reuse) the subdistrict dataset, measure each operation
 * through the app and as a bare query on the same database, print the table, and write
 * the figures to .bench-cache/results.json.
 *   --fresh      regenerate the dataset even if a cached one matches
 *   --no-render  skip the renderer measure in Chromium
 *   --pg         measure on PostgreSQL instead (scripts/bench.mjs starts the server)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { CACHE_DIR, prepareDataset } from './cache';
import { openFixture } from './fixture';
import type { Operation } from './operation';
import { operations } from './operations';
import { serverOperations } from './operations-server';
import { prepareServerDataset } from './pg-dataset';
import type { RenderResult } from './render';
import { measurePair, ratioVerdict, type Figures } from './stats';
import pg from 'pg';
import type { ServerSettings } from '../electron/shared/storage';

/**
 * A full garbage collection, so the memory figure is what the run kept, not whatever
 * garbage the collector has not swept yet (which made it vary by a factor of three).
 */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

interface Row {
  name: string;
  barMs?: number;
  unavailable?: string;
  app?: Figures;
  bare?: Figures;
  ratio?: number;
  ratioOk?: boolean;
  barOk?: boolean;
  rows?: [number, number];
}

const ms = (v: number | undefined) => (v === undefined ? '' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function measure(op: Operation): Promise<Row> {
  if (op.unavailable || !op.app || !op.bare) return { name: op.name, barMs: op.barMs, unavailable: op.unavailable };
  // One untimed pass of each side first, also to check that both answer alike.
  const a = await op.app();
  await op.reset?.();
  const b = await op.bare();
  await op.reset?.();
  const { app, bare } = await measurePair(op.app, op.bare, { runs: op.runs, warmup: op.warmup ?? 2, reset: op.reset });
  const { ratio, ok } = ratioVerdict(app, bare);
  return { name: op.name, barMs: op.barMs, app, bare, ratio, ratioOk: ok, barOk: op.barMs === undefined || app.median < op.barMs, rows: op.size?.(a, b) };
}

function printTable(rows: Row[]): void {
  const head = ['operation', 'app median', 'app p95', 'bare median', 'bare p95', 'ratio', 'bar (median)', 'rows app/bare', ''];
  const body = rows.map((r) =>
    r.unavailable
      ? [r.name, '', '', '', '', '', r.barMs ? `< ${r.barMs} ms` : '', '', r.unavailable]
      : [
          r.name,
          `${ms(r.app?.median)} ms`,
          `${ms(r.app?.p95)} ms`,
          `${ms(r.bare?.median)} ms`,
          `${ms(r.bare?.p95)} ms`,
          `${r.ratio?.toFixed(2)}x`,
          r.barMs ? `< ${r.barMs} ms` : 'ratio only',
          r.rows ? `${r.rows[0]}/${r.rows[1]}` : '',
          r.barOk && r.ratioOk ? 'ok' : `MISSED${r.barOk ? '' : ' bar'}${r.ratioOk ? '' : ' ratio'}`,
        ],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => [...b[i]].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] - ([...c].length - c.length))).join('  ').trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

async function serverDatabaseBytes(server: ServerSettings): Promise<number> {
  const c = new pg.Client({ host: server.host, port: server.port, user: server.user, password: server.password, database: server.database });
  await c.connect();
  const r = await c.query<{ n: string }>('SELECT pg_database_size(current_database()) AS n');
  await c.end();
  return Number(r.rows[0].n);
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const t0 = performance.now();
  console.log(`Stagger benchmark — ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}`);
  const dataset = prepareDataset({ fresh: args.has('--fresh') });
  const c = dataset.generated.counts;
  console.log(
    dataset.generationMs === null
      ? 'dataset: cached (run with --fresh to regenerate and time it)'
      : `dataset generated in ${(dataset.generationMs / 1000).toFixed(1)} s (bar < 120 s)`,
  );
  console.log(
    `  ${c.sites} sites, ${c.spaces} spaces, ${c.organisations} organisations, ${c.contacts} contacts, ` +
      `${c.bookings.toLocaleString('en')} bookings (${c.series} weekly series)`,
  );
  for (const n of dataset.generated.notes) console.log(`  ${n}`);

  const cluster = process.env.STAGGER_BENCH_PG ? (JSON.parse(process.env.STAGGER_BENCH_PG) as ServerSettings) : undefined;
  const server = cluster ? await prepareServerDataset(cluster, dataset.key, dataset.file) : undefined;
  if (server) {
    if (process.stdout.isTTY) process.stdout.write('\x1b[2K');
    console.log(
      server.loadMs === null
        ? `PostgreSQL: the dataset's copy on the server reused (database ${server.server.database})`
        : `PostgreSQL: dataset copied to the server with the app's move in ${(server.loadMs / 1000).toFixed(0)} s, then analysed`,
    );
  }
  const fixture = await openFixture(dataset.file, server?.server);
  const rows: Row[] = [];
  for (const op of server ? await serverOperations(fixture) : operations(fixture)) {
    if (process.stdout.isTTY) process.stdout.write(`\x1b[2K  measuring ${op.name} ...\r`);
    // A refused or broken call is reported in its row; the other operations still run.
    rows.push(await measure(op).catch((e: Error) => ({ name: op.name, barMs: op.barMs, unavailable: `failed: ${e.message}` })));
  }
  await fixture.close();
  collectGarbage();
  const memory = process.memoryUsage();
  const dbBytes = server
    ? await serverDatabaseBytes(server.server)
    : ['', '-wal'].reduce((s, x) => s + (fs.existsSync(dataset.file + x) ? fs.statSync(dataset.file + x).size : 0), 0);

  // Loaded only now: vite and Playwright would otherwise count towards the memory figure above.
  const { measureRender, renderAvailable } = await import('./render');
  let render: RenderResult | string = 'renderer calendar not present: not measured';
  if (args.has('--no-render')) render = 'skipped (--no-render)';
  else if (server) render = 'not measured on PostgreSQL (the renderer does not know the database)';
  else if (renderAvailable()) render = await measureRender().catch((e: Error) => `failed: ${e.message}`);

  console.log('');
  printTable(rows);
  console.log('');
  console.log(`database on disk: ${mb(dbBytes)}${server ? ' (pg_database_size)' : ''}`);
  console.log(`main process memory after the run (after a full garbage collection): rss ${mb(memory.rss)}, heap used ${mb(memory.heapUsed)}`);
  if (typeof render === 'string') console.log(`renderer: ${render}`);
  else {
    for (const r of render.views) {
      console.log(
        `renderer: ${r.view}, ${r.events} events: ${ms(r.median)} ms median, ${ms(r.p95)} ms p95 ` +
          // The long-task API reports only tasks over 50 ms: none seen is not "0 ms".
          `(${r.runs} renders), longest main-thread task ${r.longestTaskMs > 0 ? `${ms(r.longestTaskMs)} ms` : 'under 50 ms (no long task)'}`,
      );
    }
  }
  console.log(`total ${((performance.now() - t0) / 1000).toFixed(0)} s`);

  const results = {
    at: new Date().toISOString(),
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model.trim(), node: process.version },
    dataset: { counts: c, generationMs: dataset.generationMs, notes: dataset.generated.notes, bytes: dbBytes },
    operations: rows,
    memory: { rss: memory.rss, heapUsed: memory.heapUsed },
    render,
  };
  fs.writeFileSync(path.join(CACHE_DIR, server ? 'results-pg.json' : 'results.json'), JSON.stringify({ ...results, database: server ? 'postgresql' : 'sqlite' }, null, 2));
  fs.rmSync(path.dirname(dataset.file), { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
