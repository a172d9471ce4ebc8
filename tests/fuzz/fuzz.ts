/**
 * The run loop: open the real backend (demo data, fixed clock, a fake printer) on a
 * fresh temp file, then send every contract method generated inputs through the real
 * dispatch, check each envelope, and at the end check the database itself. Methods,
 * inputs and the clock all come from the seed, so a seed replays the same run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openBackend } from '../../electron/main/backend';
import { providePrinter, type Printer } from '../../electron/main/services/print/printer';
import { provideFileSaver } from '../../electron/main/services/files/saver';
import { METHODS, type Method } from '../../electron/shared/contract';
import { checkEnvelope, loadTranslations, type Verdict } from './envelope';
import { capSpan, NOW, type IdRanges } from './hints';
import { InputGenerator } from './inputs';
import { bookingViolations, checkDatabase, type DatabaseCheck } from './invariants';
import { Rand } from './rng';
import { firstLine, Tally, type Failure, type MethodStats } from './tally';

export type { Failure, MethodStats };

export interface FuzzOptions {
  runs: number;
  seed: number;
  /** Only these methods (default: every method of the contract). */
  methods?: string[];
  /** Check the booking rules every n calls to find the call that broke one (0: only at the end). */
  checkEvery?: number;
  /** Called every `progressEvery` calls with a line of progress. */
  onProgress?: (line: string) => void;
  progressEvery?: number;
  /** Keep the database file (its path is in the report). */
  keepDatabase?: boolean;
  /** Also send dates in years 0000 and 9999, which some methods take minutes and gigabytes over. */
  extremeYears?: boolean;
}

/**
 * Relative call weights: a method that is slow on purpose (a usage report over a
 * period) gets fewer calls so no method dominates the time; every method not named
 * here weighs 1, so new methods are called as often as the others.
 */
export const WEIGHTS: Record<string, number> = {
  'reports.usage': 0.3,
  // Calls that take rows out of play (cancel, delete) at full rate would soon leave
  // nothing to check in, approve or edit; they still get hundreds of calls.
  'bookings.cancel': 0.3,
  'bookings.decline': 0.5,
  'contacts.delete': 0.3,
  'closures.save': 0.5,
};

/**
 * Methods whose date range the contract does not bound and whose time and memory grow
 * with it: reports.usage over 1000 years takes half a minute and 1.3 GB, from
 * 0000-01-01 it runs the process out of memory. Longer spans are cut to this many days
 * (and counted) so the run can go on; the report lists how many were cut.
 */
export const SPAN_CAPS: Record<string, number> = { 'reports.usage': 400 };

export interface InvariantBreak {
  call: number;
  problem: string;
  /** The successful calls since the previous check, the last one the likeliest culprit. */
  suspects: { call: number; method: string; input: unknown }[];
}

export interface FuzzReport {
  seed: number;
  calls: number;
  internal: number;
  raw: number;
  ms: number;
  perMethod: Map<string, MethodStats>;
  failures: Failure[];
  invariantBreaks: InvariantBreak[];
  /** The slowest calls, slowest first: what to weight down or cap. */
  slowest: { call: number; method: string; ms: number; input: unknown }[];
  /** Inputs whose date span was cut (SPAN_CAPS), per method. */
  capped: Map<string, number>;
  database: DatabaseCheck;
  databaseFile: string;
  validStats: Map<string, { asked: number; parsed: number }>;
  unknownKinds: string[];
}

/** Largest id of every table that has one: the id arbitraries aim at existing rows. */
function refreshRanges(sqlite: Database.Database, ranges: IdRanges): void {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  for (const { name } of tables) {
    const columns = sqlite.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[];
    if (!columns.some((c) => c.name === 'id')) continue;
    const row = sqlite.prepare(`SELECT max(id) AS max FROM "${name}"`).get() as { max: number | null };
    ranges.set(name, row.max ?? 0);
  }
}

/** A printer that never opens a dialog: saves "succeed" on A4 and are "cancelled" on A3. */
const fakePrinter: Printer = {
  savePdf: async (job) => ({ path: job.paper === 'A3' ? null : path.join(os.tmpdir(), job.fileName) }),
  print: async (job) => ({ printed: job.paper === 'A4' }),
};


export async function runFuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagger-fuzz-'));
  const file = path.join(dir, 'fuzz.db');
  let exception: unknown;
  const backend = await openBackend(file, {
    demoData: true,
    now: () => NOW,
    checkOutput: true,
    log: (_message, e) => {
      exception = e;
    },
  });
  providePrinter(backend.ctx, fakePrinter);
  // Exports and templates are written into the run's own folder: the save dialog never opens.
  provideFileSaver(backend.ctx, { chooseSavePath: async (r) => path.join(dir, r.suggestedName) });
  const sqlite = backend.conn.sqlite!;
  const rand = new Rand(opts.seed);
  const ranges: IdRanges = new Map();
  refreshRanges(sqlite, ranges);
  const inputs = new InputGenerator(rand, ranges, opts.extremeYears);
  const translations = loadTranslations();
  const methods = (opts.methods?.length ? METHODS.filter((m) => opts.methods!.includes(m)) : METHODS) as Method[];
  if (!methods.length) throw new Error(`no such method: ${opts.methods?.join(', ')}`);
  const weights = methods.map((m) => WEIGHTS[m] ?? 1);
  const tally = new Tally(methods);
  const invariantBreaks: InvariantBreak[] = [];
  const seenViolations = new Set<string>();
  const capped = new Map<string, number>();
  let sinceCheck: InvariantBreak['suspects'] = [];
  const started = performance.now();
  let lap = started;
  const progressEvery = opts.progressEvery ?? 10_000;

  for (let call = 0; call < opts.runs; call++) {
    if (call % 200 === 0) refreshRanges(sqlite, ranges);
    const method = methods[rand.weighted(weights)];
    const gen = inputs.next(method);
    if (SPAN_CAPS[method]) {
      const cut = capSpan(gen.input, SPAN_CAPS[method]);
      if (cut.capped) {
        gen.input = cut.input;
        capped.set(method, (capped.get(method) ?? 0) + 1);
      }
    }
    exception = undefined;
    let envelope: unknown;
    let threw = false;
    const t0 = performance.now();
    try {
      envelope = await backend.dispatch(method, gen.input);
    } catch (e) {
      // The dispatch promises an envelope for everything: a rejection is a bug.
      threw = true;
      exception = e;
    }
    const ms = performance.now() - t0;
    const verdict: Verdict = threw ? { internal: `dispatch threw ${firstLine(exception)}` } : checkEnvelope(envelope, translations);
    tally.add({ call, method, kind: gen.kind, change: gen.change, input: gen.input, envelope, exception, ms, verdict });

    if ((envelope as { ok?: boolean } | undefined)?.ok === true) {
      if (gen.kind === 'valid') inputs.remember(method, gen.input);
      if (opts.checkEvery) {
        sinceCheck.push({ call, method, input: gen.input });
        if (sinceCheck.length > 5) sinceCheck.shift();
      }
    }
    // With --check-every: the booking rules after the calls that wrote, to name the culprit.
    if (opts.checkEvery && (call + 1) % opts.checkEvery === 0 && sinceCheck.length) {
      for (const v of bookingViolations(sqlite, NOW)) {
        const key = `${v.rule}:${v.bookingIds.join(',')}`;
        if (seenViolations.has(key)) continue;
        seenViolations.add(key);
        invariantBreaks.push({ call, problem: `${v.rule}: ${v.detail}`, suspects: sinceCheck });
      }
      sinceCheck = [];
    }
    if ((call + 1) % progressEvery === 0 && opts.onProgress) {
      const now = performance.now();
      const rate = Math.round((progressEvery * 1000) / (now - lap));
      lap = now;
      const mb = Math.round(process.memoryUsage().rss / 1e6);
      opts.onProgress(`${call + 1} calls (${rate}/s), ${tally.internal} internal errors, ${tally.raw} raw messages, ${mb} MB`);
    }
  }
  const ms = performance.now() - started;
  const database = checkDatabase(sqlite, NOW);
  await backend.close();
  if (!opts.keepDatabase) fs.rmSync(dir, { recursive: true, force: true });
  return {
    seed: opts.seed,
    calls: opts.runs,
    internal: tally.internal,
    raw: tally.raw,
    ms,
    perMethod: tally.perMethod,
    failures: [...tally.failures.values()],
    invariantBreaks,
    slowest: tally.slowest,
    capped,
    database,
    databaseFile: file,
    validStats: inputs.validStats,
    unknownKinds: [...inputs.unknownKinds],
  };
}
