/**
 * Two desks, each a thread with its own connection to the same file (200 slots) or the
 * same server (1,000 slots: there the exclusion constraint and the rows held for a
 * check must agree), book the same slots in the same order. They announce that they are ready, are released at the
 * same instant, and meet before every slot, so each slot is raced for: exactly one desk
 * wins it, the other is told it clashes, and the file holds one booking per slot.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../helpers/backend';
import { onServer } from '../helpers/pg';
import { booking, siteWithSpace } from '../helpers/fixtures';
import { GO, READY, SIGNAL_BYTES, type RaceOutcome, type RaceWorkerData } from './race-signal';

const SLOTS = onServer ? 1000 : 200;
const DESKS = ['甲', '乙'];

/** Half-hour slots, 08:00–22:00 from Tuesday 2026-11-24 on, each at a different time. */
function slots(): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  for (let day = 0; out.length < SLOTS; day++) {
    const date = new Date(Date.UTC(2026, 10, 24 + day)).toISOString().slice(0, 10);
    for (let m = 8 * 60; m < 22 * 60 && out.length < SLOTS; m += 30) out.push({ start: `${date}T${hhmm(m)}`, end: `${date}T${hhmm(m + 30)}` });
  }
  return out;
}

/**
 * Worker threads run plain Node, which cannot load the TypeScript back end: the desk is
 * bundled into one file first (as the app's main process is), with every package left
 * to load from the project's node_modules (better-sqlite3 is native, pg and exceljs
 * require Node's modules at run time). The bundle is written inside node_modules/.cache
 * so those packages resolve from there. Loading one file takes a fraction of the
 * seconds a TypeScript loader needs for the whole tree on a 2-core machine.
 */
async function bundleDesk(): Promise<string> {
  const cache = path.resolve('node_modules/.cache');
  fs.mkdirSync(cache, { recursive: true });
  const outfile = path.join(fs.mkdtempSync(path.join(cache, 'stagger-race-')), 'desk.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./race-worker.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'warning',
    packages: 'external',
  });
  return outfile;
}

function startDesk(script: string, data: RaceWorkerData): { done: Promise<RaceOutcome[]>; worker: Worker } {
  const worker = new Worker(script, { workerData: data });
  const done = new Promise<RaceOutcome[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`desk exited (${code}) before it reported`)));
  });
  return { done, worker };
}

/** Resolves once `count` desks have announced they are ready; fails after `ms`. */
async function allReady(flags: Int32Array, count: number, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  // Polled: the main thread must not block (Atomics.wait) while the desks start.
  while (Atomics.load(flags, READY) < count) {
    if (Date.now() > deadline) throw new Error(`only ${Atomics.load(flags, READY)} of ${count} desks got ready within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('two desks racing for the same slots', () => {
  it(`for each of ${SLOTS} slots exactly one desk wins and the other is told it clashes`, async () => {
    const [script, t] = await Promise.all([bundleDesk(), testBackend()]);
    const { space } = await siteWithSpace(t);
    await t.close();
    const list = slots();
    expect(new Set(list.map((s) => s.start)).size).toBe(SLOTS);

    const signal = new SharedArrayBuffer(SIGNAL_BYTES);
    const flags = new Int32Array(signal);
    const desks = DESKS.map((title) =>
      startDesk(script, { target: t.target, desks: DESKS.length, signal, inputs: list.map((s) => booking(space.id, s.start, s.end, { title })) }),
    );
    try {
      // A desk that fails while starting rejects at once instead of after the timeout.
      await Promise.race([allReady(flags, DESKS.length, 20_000), ...desks.map((d) => d.done)]);
      expect(Atomics.load(flags, READY)).toBe(DESKS.length);
      Atomics.store(flags, GO, 1);
      Atomics.notify(flags, GO);
      const [a, b] = await Promise.all(desks.map((d) => d.done));

      expect(a).toHaveLength(SLOTS);
      expect(b).toHaveLength(SLOTS);
      const winners: string[] = [];
      for (let i = 0; i < SLOTS; i++) {
        const pair = [a[i], b[i]];
        expect(pair.filter((r) => r.ok), list[i].start).toHaveLength(1);
        expect(pair.find((r) => !r.ok), list[i].start).toEqual({ ok: false, kind: 'conflict', code: 'booking.overlap' });
        winners.push(a[i].ok ? DESKS[0] : DESKS[1]);
      }

      const check = await testBackend({ target: t.target });
      const rows: { start: string; end: string; title: string; status: string }[] = await check.call('bookings.range', {
        from: '2026-11-24',
        to: '2027-06-30',
        spaceIds: [space.id],
        includeCancelled: true,
      });
      await check.close();
      expect(rows).toHaveLength(SLOTS);
      const byStart = new Map(rows.map((r) => [r.start, r]));
      expect(byStart.size).toBe(SLOTS);
      list.forEach((s, i) => expect(byStart.get(s.start), s.start).toMatchObject({ end: s.end, title: winners[i], status: 'confirmed' }));
    } finally {
      for (const d of desks) await d.worker.terminate();
      fs.rmSync(path.dirname(script), { recursive: true, force: true });
    }
  }, onServer ? 300_000 : 30_000);
});
