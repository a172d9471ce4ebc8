/**
 * The slot finder over a real database: where it looks (opening hours, the wanted time
 * of day, the audience's windows) and what the booking rules let through (buffers,
 * shared capacity, holidays, closures, courts and their halves, lengths, amenities).
 * "Today" is Monday 2026-11-23 09:00.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { allWeek, booking } from '../helpers/fixtures';

let t: TestBackend;
let siteId: number;
beforeEach(async () => {
  t = await testBackend();
  siteId = (await t.call('sites.save', { name: '测试驿站' })).id;
});
afterEach(async () => {
  await t.close();
});

async function space(extra: Record<string, unknown> = {}) {
  return t.call('spaces.save', { siteId, name: `场地${Math.random()}`, kind: 'room', capacity: 10, openingHours: allWeek, ...extra });
}

type Slot = { spaceId: number; start: string; end: string; freePlaces: number; windowAudienceId: number | null; unknownYear: boolean };
async function find(from: string, days: number, need: Record<string, unknown> = {}): Promise<Slot[]> {
  const to = new Date(Date.parse(`${from}T00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return t.call('desk.findSlots', { siteId, from, to, durationMinutes: 60, headCount: 2, limit: 500, ...need });
}
const starts = (slots: { start: string }[]) => slots.map((s) => s.start.slice(11));

describe('the slot finder', () => {
  it('offers every grid start in the wanted time of day, within opening hours', async () => {
    const room = await space();
    const slots = await find('2026-11-28', 1, { earliest: '14:00', latest: '16:00' });
    expect(starts(slots)).toEqual(['14:00', '14:30', '15:00']);
    expect(slots[0]).toMatchObject({ spaceId: room.id, start: '2026-11-28T14:00', end: '2026-11-28T15:00', freePlaces: 10 });
    expect(starts(await find('2026-11-28', 1, { earliest: '20:00' }))).toEqual(['20:00', '20:30', '21:00']);
  });

  it('offers nothing that starts before now', async () => {
    await space();
    expect(starts(await find('2026-11-23', 1, { latest: '11:00' }))).toEqual(['09:00', '09:30', '10:00']);
  });

  it('keeps the turnover buffer on both sides of an existing booking', async () => {
    const room = await space({ bufferMinutes: 30 });
    await t.call('bookings.create', booking(room.id, '2026-11-28T10:00', '2026-11-28T12:00'));
    expect(starts(await find('2026-11-28', 1, { earliest: '08:00', latest: '14:00' }))).toEqual(['08:00', '08:30', '12:30', '13:00']);
  });

  it('a shared room of 10 with 6 already there has a slot for 4 but not for 5', async () => {
    const parlour = await space({ mode: 'shared' });
    await t.call('bookings.create', booking(parlour.id, '2026-11-28T10:00', '2026-11-28T12:00', { headCount: 6 }));
    const four = await find('2026-11-28', 1, { headCount: 4, earliest: '10:00', latest: '12:00' });
    expect(starts(four)).toEqual(['10:00', '10:30', '11:00']);
    expect(four[0].freePlaces).toBe(4);
    expect(starts(await find('2026-11-28', 1, { headCount: 5, earliest: '09:00', latest: '13:00' }))).toEqual(['09:00', '12:00']);
  });

  it('keeps to the audience windows of the plan, and a standing window is its group’s only', async () => {
    const room = await space();
    const residents = await t.call('audiences.save', { name: '居民', color: '#4e79a7' });
    const students = await t.call('audiences.save', { name: '师生', color: '#f28e2b' });
    const club = await t.call('organisations.save', { name: '英语角' });
    // Saturdays only: Sunday has no window, so any open time is bookable then.
    await t.call('plans.save', {
      spaceId: room.id,
      validFrom: '2026-11-01',
      windows: [
        { weekday: 6, start: '09:00', end: '12:00', audienceId: residents.id },
        { weekday: 6, start: '12:00', end: '14:00', audienceId: students.id },
        { weekday: 6, start: '18:00', end: '20:00', audienceId: residents.id, organisationId: club.id },
      ],
    });
    const two = { durationMinutes: 120 };
    const studentSlots = await find('2026-11-28', 2, { ...two, audienceId: students.id });
    expect(studentSlots.filter((s) => s.start.startsWith('2026-11-28')).map((s) => [s.start.slice(11), s.windowAudienceId])).toEqual([['12:00', students.id]]);
    expect(studentSlots.filter((s) => s.start.startsWith('2026-11-29'))).toHaveLength(25);
    expect(starts(await find('2026-11-28', 1, { ...two, audienceId: residents.id }))).toEqual(['09:00', '09:30', '10:00']);
    expect(starts(await find('2026-11-28', 1, { ...two, audienceId: residents.id, organisationId: club.id }))).toEqual(['09:00', '09:30', '10:00', '18:00']);
    // Without an audience, a planned day offers only the time no window claims.
    expect(starts(await find('2026-11-28', 1, { ...two, latest: '12:00' }))).toEqual([]);
    expect(starts(await find('2026-11-28', 1, { ...two, earliest: '14:00', latest: '18:00' }))).toEqual(['14:00', '14:30', '15:00', '15:30', '16:00']);
  });

  it('offers nothing on a holiday the site keeps closed or during a closure, and flags a year without holiday data', async () => {
    const room = await space();
    await t.call('holidayPolicies.save', { siteId, mode: 'closed' });
    await t.call('calendarDays.save', { date: '2026-11-28', day: { date: '2026-11-28', kind: 'holiday', name: '测试假日' } });
    await t.call('closures.save', { closure: { spaceId: room.id, siteId: null, firstDay: '2026-11-29', lastDay: '2026-11-29', reason: '设备检修' } });
    const slots = await find('2026-11-28', 3, { earliest: '09:00', latest: '10:00' });
    expect(slots.map((s) => [s.start, s.unknownYear])).toEqual([['2026-11-30T09:00', false]]);
    const next = await find('2027-01-04', 1, { earliest: '09:00', latest: '10:00' });
    expect(next.map((s) => [s.start, s.unknownYear])).toEqual([['2027-01-04T09:00', true]]);
  });

  it('uses the opening hours of the weekday and skips days the space is closed', async () => {
    await space({ openingHours: allWeek.filter((h) => h.weekday !== 6).map((h) => (h.weekday === 7 ? { ...h, open: '13:00' } : h)) });
    expect((await find('2026-11-28', 2, { latest: '14:00' })).map((s) => s.start)).toEqual(['2026-11-29T13:00']);
  });

  it('a booked whole court blocks both halves; a booked half blocks the whole, not the other half', async () => {
    const whole = await space({ kind: 'court' });
    const east = await space({ kind: 'court', parentId: whole.id });
    const west = await space({ kind: 'court', parentId: whole.id });
    const evening = { earliest: '18:00', latest: '19:00' };
    const onWhole = await t.call('bookings.create', booking(whole.id, '2026-11-28T18:00', '2026-11-28T20:00'));
    expect(await find('2026-11-28', 1, evening)).toEqual([]);
    await t.call('bookings.cancel', { id: onWhole.id, version: onWhole.version });
    await t.call('bookings.create', booking(east.id, '2026-11-28T18:00', '2026-11-28T19:00'));
    expect((await find('2026-11-28', 1, evening)).map((s) => s.spaceId)).toEqual([west.id]);
  });

  it('leaves out spaces that are too small, lack an amenity, or do not take that length', async () => {
    await space({ capacity: 4, amenities: ['烤箱'] });
    const bakery = await space({ capacity: 8, amenities: ['烤箱', '投影仪'] });
    await space({ capacity: 20, amenities: ['烤箱'], maxBookingMinutes: 60 });
    await space({ capacity: 20, amenities: ['烤箱'], slotMinutes: 60 });
    const slots = await find('2026-11-28', 1, { headCount: 6, durationMinutes: 90, amenities: ['烤箱'], earliest: '14:00', latest: '15:30' });
    expect(slots.map((s) => s.spaceId)).toEqual([bakery.id]);
  });

  it('ends a slot at midnight when the space is open until 24:00', async () => {
    await space({ openingHours: allWeek.map((h) => ({ ...h, close: '24:00' })) });
    expect((await find('2026-11-28', 1, { earliest: '22:30' })).map((s) => s.end)).toEqual(['2026-11-28T23:30', '2026-11-29T00:00']);
  });

  it('ranks the soonest first, then the room that fits the group best, then rooms without approval', async () => {
    const hall = await space({ capacity: 100 });
    const approval = await space({ capacity: 8, needsApproval: true });
    const room = await space({ capacity: 8 });
    const slots = await find('2026-11-28', 1, { headCount: 6, earliest: '14:00', latest: '15:30' });
    expect(slots.map((s) => [s.start.slice(11), s.spaceId])).toEqual([
      ['14:00', room.id],
      ['14:00', approval.id],
      ['14:00', hall.id],
      ['14:30', room.id],
      ['14:30', approval.id],
      ['14:30', hall.id],
    ]);
  });
});
