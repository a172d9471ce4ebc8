import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../helpers/backend';
import { booking, siteWithSpace } from '../helpers/fixtures';

function desk(file: string, input: unknown, signal: SharedArrayBuffer): Promise<{ ok: boolean; error?: { kind: string } }> {
  const worker = new Worker(new URL('./race-worker.mjs', import.meta.url), { workerData: { file, input, signal } });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe('two desks racing for one slot', () => {
  it('exactly one wins; the other is told it clashes', async () => {
    const t = await testBackend();
    const { space } = await siteWithSpace(t);
    await t.close();
    for (let round = 0; round < 3; round++) {
      const start = `2026-11-2${4 + round}T10:00`;
      const signal = new SharedArrayBuffer(4);
      const a = desk(t.file, booking(space.id, start, start.replace('10:00', '12:00'), { title: '甲' }), signal);
      const b = desk(t.file, booking(space.id, start, start.replace('10:00', '11:00'), { title: '乙' }), signal);
      await new Promise((r) => setTimeout(r, 800));
      Atomics.store(new Int32Array(signal), 0, 1);
      Atomics.notify(new Int32Array(signal), 0);
      const results = await Promise.all([a, b]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok).map((r) => r.error?.kind)).toEqual(['conflict']);
    }
    const check = await testBackend({ file: t.file });
    const rows = await check.call('bookings.range', { from: '2026-11-24', to: '2026-11-27' });
    expect(rows).toHaveLength(3);
    await check.close();
  });
});
