/**
 * The run's bookkeeping, apart from the loop: counts and time per method, each
 * distinct failure once (with the first input that caused it, for replay), and the
 * slowest calls (what to weight down or cap).
 */
import type { InputKind } from './inputs';
import type { Verdict } from './envelope';

export interface MethodStats {
  calls: number;
  ok: number;
  /** Error envelopes by kind. */
  kinds: Record<string, number>;
  /** Error envelopes of valid inputs by code: what stops the calls that should get through. */
  validCodes: Record<string, number>;
  internal: number;
  raw: number;
  ms: number;
  maxMs: number;
}

export interface Failure {
  /** Method, what went wrong and the exception's first line, with numbers masked: groups repeats. */
  signature: string;
  type: 'internal' | 'raw';
  method: string;
  /** 0-based call number within the run: the same seed reaches it again. */
  call: number;
  kind: InputKind;
  change?: string;
  input: unknown;
  envelope?: unknown;
  exception?: unknown;
  reason: string;
  count: number;
}

export interface Call {
  call: number;
  method: string;
  kind: InputKind;
  change?: string;
  input: unknown;
  envelope: unknown;
  /** What the dispatch logged (or threw) during the call. */
  exception: unknown;
  ms: number;
  verdict: Verdict;
}

const SLOWEST = 8;
const firstLine = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).split('\n')[0].slice(0, 200);
const mask = (s: string) => s.replace(/\d+/g, 'N');

export class Tally {
  readonly perMethod: Map<string, MethodStats>;
  readonly failures = new Map<string, Failure>();
  readonly slowest: { call: number; method: string; ms: number; input: unknown }[] = [];
  internal = 0;
  raw = 0;

  constructor(methods: readonly string[]) {
    this.perMethod = new Map(methods.map((m) => [m, { calls: 0, ok: 0, kinds: {}, validCodes: {}, internal: 0, raw: 0, ms: 0, maxMs: 0 }]));
  }

  add(c: Call): void {
    const stats = this.perMethod.get(c.method)!;
    stats.calls++;
    stats.ms += c.ms;
    stats.maxMs = Math.max(stats.maxMs, c.ms);
    if (c.ms > (this.slowest[SLOWEST - 1]?.ms ?? 0)) {
      this.slowest.push({ call: c.call, method: c.method, ms: c.ms, input: c.input });
      this.slowest.sort((a, b) => b.ms - a.ms).splice(SLOWEST);
    }
    const env = c.envelope as { ok?: boolean; error?: { kind?: string; details?: { code?: string; fields?: { code: string }[] } } } | undefined;
    if (env?.ok === true) stats.ok++;
    else if (env?.error?.kind) {
      stats.kinds[env.error.kind] = (stats.kinds[env.error.kind] ?? 0) + 1;
      const d = env.error.details;
      const code = d?.fields?.length ? `${d.code}:${d.fields[0].code}` : String(d?.code);
      if (c.kind === 'valid') stats.validCodes[code] = (stats.validCodes[code] ?? 0) + 1;
    }
    for (const type of ['internal', 'raw'] as const) {
      const reason = c.verdict[type];
      if (!reason) continue;
      this[type]++;
      stats[type]++;
      const signature = mask(`${c.method} | ${reason}${c.exception ? ` | ${firstLine(c.exception)}` : ''}`);
      const known = this.failures.get(signature);
      if (known) known.count++;
      else this.failures.set(signature, { signature, type, method: c.method, call: c.call, kind: c.kind, change: c.change, input: c.input, envelope: c.envelope, exception: c.exception, reason, count: 1 });
    }
  }
}

export { firstLine };
