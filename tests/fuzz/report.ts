/**
 * The run's report for people: calls and time per method, each distinct failure once
 * with a replayable example (method, input as JS source, envelope, exception), the
 * database checks, and the one-line verdict that must be the last line printed.
 */
import fc from 'fast-check';
import { SPAN_CAPS, type Failure, type FuzzReport } from './fuzz';

/** The value with whatever lies deeper than `depth` levels replaced by a note (stringify recurses). */
function shallow(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || value instanceof Date) return value;
  if (depth === 0) return `<nested deeper than shown>`;
  if (Array.isArray(value)) return value.map((v) => shallow(v, depth - 1));
  if (value instanceof Map || value instanceof Set) return value;
  const out = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const k of Object.keys(value)) Object.defineProperty(out, k, { value: shallow((value as Record<string, unknown>)[k], depth - 1), enumerable: true, writable: true, configurable: true });
  return out;
}

/** JS source of a value (fast-check's stringify keeps undefined, NaN, -0, Map...), cut when huge or deep. */
export function show(value: unknown, max = 1500): string {
  let s = fc.stringify(shallow(value, 12));
  s = s.replace(/"(x{200,})"/g, (_m, xs: string) => `"x".repeat(${xs.length})`);
  return s.length > max ? `${s.slice(0, max)}… (${s.length} chars)` : s;
}

function exceptionText(e: unknown): string {
  if (!(e instanceof Error)) return show(e, 400);
  const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l) && !l.includes('node_modules')).slice(0, 4);
  return [`${e.name}: ${e.message.slice(0, 600)}`, ...frames].join('\n      ');
}

export function describeFailure(f: Failure, seed: number): string {
  return [
    `  [${f.type}] ${f.method} ×${f.count} — ${f.reason}${f.exception !== undefined ? ` — ${exceptionText(f.exception).split('\n')[0].slice(0, 160)}` : ''}`,
    `    first at call ${f.call} of seed ${seed} (${f.kind} input${f.change ? `, ${f.change}` : ''})`,
    `    input:     ${show(f.input)}`,
    f.envelope !== undefined ? `    envelope:  ${show(f.envelope, 800)}` : '',
    f.exception !== undefined ? `    exception: ${exceptionText(f.exception)}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

export function methodTable(r: FuzzReport): string {
  const rows = [...r.perMethod.entries()].sort((a, b) => b[1].ms - a[1].ms);
  const head = `${'method'.padEnd(26)} ${'calls'.padStart(6)} ${'ok'.padStart(6)} ${'valid%'.padStart(6)} ${'avg ms'.padStart(7)} ${'max ms'.padStart(7)} ${'total s'.padStart(7)}  errors by kind`;
  const lines = rows.map(([m, s]) => {
    const v = r.validStats.get(m);
    const validPct = v && v.asked ? Math.round((100 * v.parsed) / v.asked) : 0;
    const kinds = Object.entries(s.kinds)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    return `${m.padEnd(26)} ${String(s.calls).padStart(6)} ${String(s.ok).padStart(6)} ${String(validPct).padStart(6)} ${(s.ms / Math.max(1, s.calls)).toFixed(2).padStart(7)} ${s.maxMs.toFixed(0).padStart(7)} ${(s.ms / 1000).toFixed(1).padStart(7)}  ${kinds}`;
  });
  // Methods that rarely succeed: what their valid inputs run into (better hints, or state drift).
  const rare = rows
    .filter(([, s]) => s.ok < s.calls * 0.2)
    .map(([m, s]) => {
      const top = Object.entries(s.validCodes).sort((a, b) => b[1] - a[1]).slice(0, 4);
      return `  ${m}: ${top.map(([c, n]) => `${c} ${n}`).join(', ')}`;
    });
  return [head, ...lines, ...(rare.length ? ['\nmethods ok in under 20% of calls, and what stopped their valid inputs:', ...rare] : [])].join('\n');
}

/** The last line: `N calls, 0 internal errors, 0 raw messages, integrity ok`, or what failed. */
export function verdictLine(r: FuzzReport): string {
  const problems = r.database.problems;
  const integrity = problems.length ? `integrity FAILED: ${problems.length} problem${problems.length > 1 ? 's' : ''}, first ${problems[0]}` : 'integrity ok';
  return `${r.calls} calls, ${r.internal} internal errors, ${r.raw} raw messages, ${integrity}`;
}

export const failed = (r: FuzzReport) => r.internal > 0 || r.raw > 0 || !r.database.ok;

export function fullReport(r: FuzzReport, maxFailures = 30): string {
  const out: string[] = [];
  out.push(`\ncalls per method (valid% = generated valid inputs that passed the schema):\n${methodTable(r)}`);
  out.push(`\n${r.calls} calls in ${(r.ms / 1000).toFixed(1)} s (${Math.round((r.calls * 1000) / r.ms)} calls/s)`);
  out.push(`slowest calls:\n${r.slowest.map((s) => `  ${s.ms.toFixed(0).padStart(6)} ms ${s.method} (call ${s.call}) ${show(s.input, 300)}`).join('\n')}`);
  for (const [m, n] of r.capped) out.push(`${m}: ${n} inputs had their date span cut to ${SPAN_CAPS[m]} days (a longer one runs out of memory)`);
  if (r.unknownKinds.length) out.push(`schema kinds the generator does not know (sent anything): ${r.unknownKinds.join(', ')}`);
  if (r.failures.length) {
    out.push(`\n${r.failures.length} distinct failures (replay: --seed ${r.seed} --runs ${r.calls}):`);
    for (const f of r.failures.slice(0, maxFailures)) out.push(describeFailure(f, r.seed));
    if (r.failures.length > maxFailures) out.push(`  … and ${r.failures.length - maxFailures} more`);
  }
  for (const b of r.invariantBreaks.slice(0, 20)) {
    out.push(`\nbooking rule broken by call ≤ ${b.call}: ${b.problem}`);
    for (const s of b.suspects) out.push(`    after call ${s.call} ${s.method} ${show(s.input, 600)}`);
  }
  if (r.database.problems.length) {
    out.push(`\ndatabase check (${r.database.problems.length} problems):`);
    for (const p of r.database.problems.slice(0, 20)) out.push(`  ${p}`);
  }
  return out.join('\n');
}
