/**
 * Timing and the figures printed for each operation: median and 95th percentile over
 * repeated runs, and the ratio of the app's median to the bare query's.
 */
export interface Figures {
  runs: number;
  median: number;
  p95: number;
}

/** Nearest-rank percentile (p in 0..100) of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function figures(samples: readonly number[]): Figures {
  return { runs: samples.length, median: percentile(samples, 50), p95: percentile(samples, 95) };
}

export interface PairOptions {
  runs: number;
  /** Untimed runs first, so both sides start with warm caches and compiled statements. */
  warmup: number;
  /** Untimed, after every run of either side (e.g. undo a write so each run does the same work). */
  reset?: () => void | Promise<void>;
}

async function timed(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/**
 * Runs the app call and the bare query alternately, so both see the same cache and
 * the same background load on the machine.
 */
export async function measurePair(
  app: () => Promise<unknown>,
  bare: () => unknown,
  opts: PairOptions,
): Promise<{ app: Figures; bare: Figures }> {
  const appMs: number[] = [];
  const bareMs: number[] = [];
  for (let i = 0; i < opts.warmup + opts.runs; i++) {
    const a = await timed(app);
    await opts.reset?.();
    const b = await timed(bare);
    await opts.reset?.();
    if (i >= opts.warmup) {
      appMs.push(a);
      bareMs.push(b);
    }
  }
  return { app: figures(appMs), bare: figures(bareMs) };
}

/** The ratio bar: under 3x the bare query, or within 1 ms of it when the bare query takes under 0.5 ms. */
export function ratioVerdict(app: Figures, bare: Figures): { ratio: number; ok: boolean } {
  const ratio = app.median / bare.median;
  const ok = ratio < 3 || (bare.median < 0.5 && app.median - bare.median <= 1);
  return { ratio, ok };
}
