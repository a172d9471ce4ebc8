import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { allWeek, booking, siteWithSpace } from '../helpers/fixtures';

let t: TestBackend;
beforeEach(async () => {
  t = await testBackend();
});
afterEach(async () => {
  await t.close();
});

describe('exclusive spaces', () => {
  it('refuses an overlapping booking, names the clash, and writes nothing', async () => {
    const { space } = await siteWithSpace(t);
    const first = await t.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T12:00', { title: '英语角' }));
    const err = await t.fail('bookings.create', booking(space.id, '2026-11-24T11:00', '2026-11-24T13:00'));
    expect(err.kind).toBe('conflict');
    expect(err.details.code).toBe('booking.overlap');
    expect(err.details.conflicts).toEqual([expect.objectContaining({ bookingId: first.id, title: '英语角' })]);
    const all = await t.call('bookings.range', { from: '2026-11-24', to: '2026-11-25' });
    expect(all.map((b: { id: number }) => b.id)).toEqual([first.id]);
  });

  it('allows back-to-back bookings without a buffer', async () => {
    const { space } = await siteWithSpace(t);
    await t.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T12:00'));
    await t.call('bookings.create', booking(space.id, '2026-11-24T12:00', '2026-11-24T13:00'));
  });

  it('keeps the turnover buffer free after a booking (and before the next one)', async () => {
    const { space } = await siteWithSpace(t, { bufferMinutes: 30 });
    await t.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T12:00'));
    const after = await t.fail('bookings.create', booking(space.id, '2026-11-24T12:00', '2026-11-24T13:00'));
    expect(after.details.code).toBe('booking.overlap');
    // A booking that ends right at 10:00 would leave no turnover time before the next group.
    const before = await t.fail('bookings.create', booking(space.id, '2026-11-24T09:00', '2026-11-24T10:00'));
    expect(before.details.code).toBe('booking.overlap');
    await t.call('bookings.create', booking(space.id, '2026-11-24T09:00', '2026-11-24T09:30'));
    await t.call('bookings.create', booking(space.id, '2026-11-24T12:30', '2026-11-24T13:30'));
  });

  it('frees the slot when the clashing booking is cancelled', async () => {
    const { space } = await siteWithSpace(t);
    const first = await t.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T12:00'));
    await t.call('bookings.cancel', { id: first.id, reason: '临时取消' });
    await t.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T12:00'));
  });

  it('moving a booking onto another one is refused and leaves it where it was', async () => {
    const { space } = await siteWithSpace(t);
    await t.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T12:00'));
    const second = await t.call('bookings.create', booking(space.id, '2026-11-24T14:00', '2026-11-24T15:00'));
    const err = await t.fail('bookings.move', { id: second.id, version: second.version, start: '2026-11-24T11:00', end: '2026-11-24T12:00' });
    expect(err.kind).toBe('conflict');
    expect(err.details.code).toBe('booking.overlap');
    const still = await t.call('bookings.get', { id: second.id });
    expect(still.start).toBe('2026-11-24T14:00');
  });

  it('a booking can be moved over its own old time', async () => {
    const { space } = await siteWithSpace(t);
    const b = await t.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T12:00'));
    const moved = await t.call('bookings.move', { id: b.id, version: b.version, start: '2026-11-24T11:00', end: '2026-11-24T13:00' });
    expect(moved).toMatchObject({ start: '2026-11-24T11:00', version: 2 });
    const edited = await t.call('bookings.update', { id: b.id, version: moved.version, changes: booking(space.id, '2026-11-24T12:00', '2026-11-24T14:00') });
    expect(edited).toMatchObject({ start: '2026-11-24T12:00', version: 3 });
  });
});

describe('shared spaces', () => {
  it('a second group of 6 cannot join a shared room of 10 that already has 6', async () => {
    const { space } = await siteWithSpace(t, { mode: 'shared', capacity: 10 });
    await t.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T12:00', { headCount: 6 }));
    const err = await t.fail('bookings.create', booking(space.id, '2026-11-24T11:00', '2026-11-24T12:00', { headCount: 6 }));
    expect(err.kind).toBe('conflict');
    expect(err.details.code).toBe('booking.capacity_exceeded');
    expect(err.details.params.used).toBe(6);
  });

  it('a group of 4 can join the 6 already there', async () => {
    const { space } = await siteWithSpace(t, { mode: 'shared', capacity: 10 });
    await t.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T12:00', { headCount: 6 }));
    await t.call('bookings.create', booking(space.id, '2026-11-24T11:00', '2026-11-24T12:00', { headCount: 4 }));
  });

  it('counts the peak, not the sum: two groups one after the other leave room for a third', async () => {
    const { space } = await siteWithSpace(t, { mode: 'shared', capacity: 10 });
    await t.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T11:00', { headCount: 6 }));
    await t.call('bookings.create', booking(space.id, '2026-11-24T11:00', '2026-11-24T12:00', { headCount: 6 }));
    await t.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T12:00', { headCount: 4 }));
    await t.fail('bookings.create', booking(space.id, '2026-11-24T10:30', '2026-11-24T11:30', { headCount: 1 }));
  });
});

describe('parent and child spaces', () => {
  async function court() {
    const { site, space: whole } = await siteWithSpace(t, { name: '篮球场', kind: 'court', slotMinutes: 60, minBookingMinutes: 60 });
    const east = await t.call('spaces.save', { siteId: site.id, parentId: whole.id, name: '东半场', kind: 'court', capacity: 10, openingHours: allWeek, slotMinutes: 60, minBookingMinutes: 60 });
    const west = await t.call('spaces.save', { siteId: site.id, parentId: whole.id, name: '西半场', kind: 'court', capacity: 10, openingHours: allWeek, slotMinutes: 60, minBookingMinutes: 60 });
    return { whole, east, west };
  }

  it('booking the whole court blocks both halves', async () => {
    const { whole, east, west } = await court();
    await t.call('bookings.create', booking(whole.id, '2026-11-24T18:00', '2026-11-24T20:00', { title: '篮球队训练' }));
    for (const half of [east, west]) {
      const err = await t.fail('bookings.create', booking(half.id, '2026-11-24T19:00', '2026-11-24T20:00'));
      expect(err.details.code).toBe('booking.family_overlap');
      expect(err.details.conflicts[0].title).toBe('篮球队训练');
    }
  });

  it('a booked half blocks the whole court but not the other half', async () => {
    const { whole, east, west } = await court();
    await t.call('bookings.create', booking(east.id, '2026-11-24T18:00', '2026-11-24T19:00'));
    await t.call('bookings.create', booking(west.id, '2026-11-24T18:00', '2026-11-24T19:00'));
    const err = await t.fail('bookings.create', booking(whole.id, '2026-11-24T18:00', '2026-11-24T20:00'));
    expect(err.details.code).toBe('booking.family_overlap');
    expect(err.details.conflicts).toHaveLength(2);
  });
});

describe('what the space allows', () => {
  it('refuses a booking outside opening hours with the hours in the message', async () => {
    const { space } = await siteWithSpace(t);
    const err = await t.fail('bookings.create', booking(space.id, '2026-11-24T21:00', '2026-11-24T23:00'));
    expect(err.kind).toBe('closed');
    expect(err.details).toMatchObject({ code: 'booking.outside_opening_hours', params: { open: '08:00', close: '22:00' } });
  });

  it('refuses a day the space is closed', async () => {
    const { space } = await siteWithSpace(t, { openingHours: allWeek.filter((h) => h.weekday !== 2) });
    const err = await t.fail('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T11:00'));
    expect(err.details.code).toBe('booking.closed_weekday');
  });

  it('refuses more people than the room holds', async () => {
    const { space } = await siteWithSpace(t, { capacity: 6 });
    const err = await t.fail('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T11:00', { headCount: 7 }));
    expect(err).toMatchObject({ kind: 'validation', details: { code: 'booking.over_capacity', params: { capacity: 6 } } });
  });

  it('enforces minimum and maximum length and the slot grid', async () => {
    const { space } = await siteWithSpace(t, { minBookingMinutes: 60, maxBookingMinutes: 120, slotMinutes: 30 });
    expect((await t.fail('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T10:30'))).details.code).toBe('booking.too_short');
    expect((await t.fail('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T13:00'))).details.code).toBe('booking.too_long');
    expect((await t.fail('bookings.create', booking(space.id, '2026-11-24T10:15', '2026-11-24T11:15'))).details.code).toBe('booking.slot_alignment');
  });

  it('rejects malformed input as a validation error without touching the database', async () => {
    const { space } = await siteWithSpace(t);
    const err = await t.fail('bookings.create', { spaceId: space.id, start: '2026-11-24 10:00', end: 'x', title: '' });
    expect(err.kind).toBe('validation');
    expect(err.details.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['start', 'title']));
    const err2 = await t.fail('bookings.create', booking(space.id, '2026-11-24T12:00', '2026-11-24T11:00'));
    expect(err2.details.fields[0]).toMatchObject({ path: 'end', code: 'start_before_end' });
  });

  it('a booking naming a contact deleted meanwhile is refused', async () => {
    const { space } = await siteWithSpace(t);
    const c = await t.call('contacts.save', { name: '周先生', phone: '13800138010' });
    await t.call('contacts.delete', { id: c.id });
    const err = await t.fail('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T11:00', { contactId: c.id }));
    expect(err).toMatchObject({ kind: 'not_found', details: { code: 'contact.not_found' } });
  });

  it('an unknown method or an exception never leaks its text', async () => {
    const err = await t.fail('bookings.drop', {});
    expect(err.kind).toBe('validation');
    expect(err.details.code).toBe('validation.unknown_method');
  });
});
