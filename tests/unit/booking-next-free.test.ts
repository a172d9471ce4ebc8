/**
 * After a refusal the desk is offered the next free time in the same space: the rule
 * engine's slot finder picks it, so the time offered is one that books.
 * "Now" is Monday 2026-11-23 09:00.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { booking, siteWithSpace } from '../helpers/fixtures';
import { readingRoom } from '../helpers/plans';

let t: TestBackend;
afterEach(() => t?.close());

/** The refused booking, then the time offered for it, then that time booked. */
async function refusedThenOffered(input: Record<string, unknown>) {
  const refusal = await t.fail('bookings.create', input);
  const offer = await t.call('bookings.nextFree', input);
  return { refusal, offer };
}

describe('the next free time after a refusal', () => {
  it('after a clash: the first start after the booking in the way and its turnover, same length, and it books', async () => {
    t = await testBackend();
    const { space } = await siteWithSpace(t, { bufferMinutes: 15, slotMinutes: 30 });
    await t.call('bookings.create', booking(space.id, '2026-11-24T14:00', '2026-11-24T15:00', { title: '布艺手作课' }));
    // 14:30–16:00 meets the class; 15:00 is inside its turnover; 15:30 is the first grid start that is free.
    const wanted = booking(space.id, '2026-11-24T14:30', '2026-11-24T16:00', { title: '读书会', headCount: 6 });
    const { refusal, offer } = await refusedThenOffered(wanted);
    expect(refusal.details.code).toBe('booking.overlap');
    expect(offer).toEqual({ start: '2026-11-24T15:30', end: '2026-11-24T17:00' });
    const booked = await t.call('bookings.create', { ...wanted, ...offer });
    expect(booked).toMatchObject({ start: '2026-11-24T15:30', end: '2026-11-24T17:00', title: '读书会', headCount: 6 });
  });

  it('a shared room that is full for a while: the first time the group fits again', async () => {
    t = await testBackend();
    const { space } = await siteWithSpace(t, { mode: 'shared', capacity: 10, slotMinutes: 30 });
    await t.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T12:00', { headCount: 8 }));
    const wanted = booking(space.id, '2026-11-24T11:00', '2026-11-24T12:00', { headCount: 4 });
    const { refusal, offer } = await refusedThenOffered(wanted);
    expect(refusal.details.code).toBe('booking.capacity_exceeded');
    expect(offer).toEqual({ start: '2026-11-24T12:00', end: '2026-11-24T13:00' });
    await t.call('bookings.create', { ...wanted, ...offer });
  });

  it("in another audience's window: the first time no other audience holds; with a recorded exception, the next free hour", async () => {
    t = await testBackend();
    const { room, residents, parents } = await readingRoom(t);
    // Tuesday 12:00–13:30 is the students' window; 13:30–18:00 is nobody's, open to residents too.
    const wanted = booking(room.id, '2026-11-24T12:00', '2026-11-24T13:00', { audienceId: residents.id, headCount: 5 });
    const { refusal, offer } = await refusedThenOffered(wanted);
    expect(refusal.kind).toBe('outside_window');
    expect(offer).toEqual({ start: '2026-11-24T13:30', end: '2026-11-24T14:30' });
    await t.call('bookings.create', { ...wanted, ...offer });
    // Parents want three hours across the students' noon: 13:30 is taken now, and the free afternoon is open to them: 14:30–17:30.
    const evening = booking(room.id, '2026-11-24T11:00', '2026-11-24T14:00', { audienceId: parents.id });
    expect(await t.call('bookings.nextFree', evening)).toEqual({ start: '2026-11-24T14:30', end: '2026-11-24T17:30' });

    // An exception given on purpose is kept: the clash is what is in the way, not the plan.
    const exception = { ...wanted, start: '2026-11-25T12:00', end: '2026-11-25T13:00', overrideReason: '社区活动周' };
    await t.call('bookings.create', { ...exception, title: '占位' });
    const next = await t.call('bookings.nextFree', exception);
    expect(next).toEqual({ start: '2026-11-25T13:00', end: '2026-11-25T14:00' });
    await t.call('bookings.create', { ...exception, ...next });
  });

  it('a closure and a closed weekday are skipped; nothing is offered before now', async () => {
    t = await testBackend();
    const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, open: '09:00', close: '17:00' }));
    const { space } = await siteWithSpace(t, { openingHours: weekdays, slotMinutes: 60 });
    await t.call('closures.save', { closure: { spaceId: space.id, siteId: null, firstDay: '2026-11-27', lastDay: '2026-11-27', reason: '设备检修' } });
    // Friday is closed for repairs, the weekend has no opening hours: Monday 09:00.
    const { refusal, offer } = await refusedThenOffered(booking(space.id, '2026-11-27T10:00', '2026-11-27T11:00'));
    expect(refusal.kind).toBe('closed');
    expect(offer).toEqual({ start: '2026-11-30T09:00', end: '2026-11-30T10:00' });
    // Asked about this morning at 08:00 (now is 09:00): the first start is now.
    expect(await t.call('bookings.nextFree', booking(space.id, '2026-11-23T08:00', '2026-11-23T09:00'))).toEqual({
      start: '2026-11-23T09:00',
      end: '2026-11-23T10:00',
    });
  });

  it("an edit's own place does not stand in its way; a group too big for the room gets no offer", async () => {
    t = await testBackend();
    const { space } = await siteWithSpace(t, { capacity: 10, slotMinutes: 60 });
    await t.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T11:00', { title: 'A' }));
    const b = await t.call('bookings.create', booking(space.id, '2026-11-24T11:00', '2026-11-24T12:00', { title: 'B' }));
    // B moved onto A: its own hour at 11:00 is free for it, though not for anyone else.
    const moved = booking(space.id, '2026-11-24T10:00', '2026-11-24T11:00', { title: 'B' });
    const refusal = await t.fail('bookings.update', { id: b.id, version: b.version, changes: moved });
    expect(refusal.details.code).toBe('booking.overlap');
    expect(await t.call('bookings.nextFree', { ...moved, excludeBookingId: b.id })).toEqual({ start: '2026-11-24T11:00', end: '2026-11-24T12:00' });
    expect(await t.call('bookings.nextFree', moved)).toEqual({ start: '2026-11-24T12:00', end: '2026-11-24T13:00' });

    expect(await t.call('bookings.nextFree', booking(space.id, '2026-11-24T10:00', '2026-11-24T11:00', { headCount: 11 }))).toBeNull();
    expect((await t.fail('bookings.nextFree', booking(999, '2026-11-24T10:00', '2026-11-24T11:00'))).details.code).toBe('space.not_found');
  });
});
