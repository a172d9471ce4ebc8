/**
 * The generated database is cached under .bench-cache/, keyed by the generator version
 * and the migrations' source: a new migration or a changed generator means a new
 * dataset, anything else reuses the one on disk. Each run works on a copy, so the
 * cached file stays exactly as generated.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MIGRATIONS } from '../electron/main/db/migrations';
import { GENERATOR_VERSION, SEED, type Generated } from './generator';

export const CACHE_DIR = path.resolve('.bench-cache');

export interface Dataset {
  /** A private copy to measure on. */
  file: string;
  /** Names this dataset (generator and migrations); the server's copy is kept under it. */
  key: string;
  /** Milliseconds spent generating, or null when the cached file was reused. */
  generationMs: number | null;
  generated: Generated;
}

function cacheKey(): string {
  const h = createHash('sha1');
  h.update(`generator ${GENERATOR_VERSION} seed ${SEED}\n`);
  for (const m of MIGRATIONS) h.update(`${m.version} ${m.name}\n${m.up.toString()}\n`);
  return h.digest('hex').slice(0, 12);
}

export function prepareDataset(opts: { fresh?: boolean } = {}): Dataset {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const key = cacheKey();
  const cached = path.join(CACHE_DIR, `subdistrict-${key}.db`);
  const meta = `${cached}.json`;
  let generationMs: number | null = null;
  if (opts.fresh || !fs.existsSync(meta)) {
    // Datasets of older generators or schemas are a quarter of a gigabyte each: drop them.
    for (const f of fs.readdirSync(CACHE_DIR)) if (f.startsWith('subdistrict-')) fs.rmSync(path.join(CACHE_DIR, f), { force: true });
    const t0 = performance.now();
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('bench/generate.ts'), cached], {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (child.status !== 0) throw new Error(`dataset generation failed (exit ${child.status})`);
    const generated = JSON.parse(child.stdout) as Generated;
    generationMs = performance.now() - t0;
    // The metadata file is written last: its presence means the database is complete.
    fs.writeFileSync(meta, JSON.stringify({ generated, generationMs }, null, 2));
  }
  const { generated } = JSON.parse(fs.readFileSync(meta, 'utf8')) as { generated: Generated };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagger-bench-'));
  const file = path.join(dir, 'bench.db');
  fs.copyFileSync(cached, file);
  return { file, key, generationMs, generated };
}
