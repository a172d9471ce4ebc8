import { describe, expect, it } from 'vitest';
import { runFuzz } from '../fuzz/fuzz';
import { describeFailure, verdictLine } from '../fuzz/report';

/**
 * The short version of `npm run fuzz`: a few thousand calls of every method with one
 * fixed seed (so a failure here replays with `npm run fuzz -- --seed 20261123 --runs 3000`).
 */
describe('fuzzing the contract through the dispatch', () => {
  it('answers every input with a well-formed, translated envelope and keeps the database sound', async () => {
    const report = await runFuzz({ runs: 3000, seed: 20261123 });
    expect(report.failures.map((f) => describeFailure(f, report.seed))).toEqual([]);
    expect(report.database.problems).toEqual([]);
    expect(verdictLine(report)).toBe('3000 calls, 0 internal errors, 0 raw messages, integrity ok');
  }, 300_000);
});
