/**
 * A desk that waits for another desk's write on the same file waits a bounded time,
 * then is told in words to try again; nothing of its change is written.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { booking, siteWithSpace } from '../helpers/fixtures';

const open: TestBackend[] = [];
afterEach(async () => {
  for (const b of open.splice(0)) await b.close();
});

describe('another desk holds the database', () => {
  it('a booking made meanwhile is refused as busy after the wait, and is not written', async () => {
    const setup = await testBackend();
    open.push(setup);
    const { space } = await siteWithSpace(setup);
    const desk = await testBackend({ file: setup.file, busyTimeoutMs: 150 });
    open.push(desk);
    // The other desk is in the middle of a long write.
    const other = new Database(setup.file);
    other.prepare('BEGIN IMMEDIATE').run();
    const err = await desk.fail('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T11:00'));
    expect(err).toMatchObject({ kind: 'conflict', details: { code: 'db.busy' } });
    other.prepare('ROLLBACK').run();
    other.close();
    expect(await desk.call('bookings.range', { from: '2026-11-24', to: '2026-11-25' })).toEqual([]);
    // Once the other desk is done, the same booking goes through.
    await desk.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T11:00'));
  });
});
