/**
 * The slot finder's pure core, fed with spaces, calendar days and bookings directly:
 * plans, holidays and closures are given as SpaceDay values, so these tests do not
 * depend on how the calendar is stored.
 */
import { describe, expect, it } from 'vitest';
import type { Booking, Space } from '../../electron/shared/domain';
import { familyOf, findFreeSlots, rankSlots, type SlotNeed } from '../../electron/main/services/desk/slots';
import type { SpaceDay } from '../../electron/main/services/plans/constraints';
import { addDays, isoWeekday } from '../../electron/shared/time';

const allWeek = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: '08:00', close: '22:00' }));

function space(id: number, extra: Partial<Space> = {}): Space {
  return {
    id,
    siteId: 1,
    parentId: null,
    name: `场地${id}`,
    nameEn: `Space ${id}`,
    kind: 'room',
    capacity: 10,
    amenities: [],
    openingHours: allWeek,
    slotMinutes: 30,
    minBookingMinutes: 30,
    maxBookingMinutes: 240,
    bufferMinutes: 0,
    needsApproval: false,
    mode: 'exclusive',
    color: '#4e79a7',
    archived: false,
    ...extra,
  };
}

let nextId = 1;
function booked(spaceId: number, start: string, end: string, headCount = 1): Booking {
  return {
    id: nextId++,
    spaceId,
    start,
    end,
    title: '活动',
    contactId: null,
    organisationId: null,
    audienceId: null,
    headCount,
    status: 'confirmed',
    note: '',
    seriesId: null,
    overrideReason: null,
    createdBy: null,
    createdAt: '2026-11-01T09:00',
    updatedAt: '2026-11-01T09:00',
  };
}

function day(spaceId: number, date: string, extra: Partial<SpaceDay> = {}): SpaceDay {
  return { spaceId, date, closed: null, planWeekday: isoWeekday(date), windows: [], unknownYear: false, ...extra };
}

function days(spaces: Space[], from: string, n: number, extra: (d: SpaceDay) => Partial<SpaceDay> = () => ({})): SpaceDay[] {
  const out: SpaceDay[] = [];
  for (let i = 0; i < n; i++) for (const s of spaces) {
    const d = day(s.id, addDays(from, i));
    out.push({ ...d, ...extra(d) });
  }
  return out;
}

const NOW = '2026-11-23T09:00';
const need = (n: Partial<SlotNeed> = {}): SlotNeed => ({ durationMinutes: 60, headCount: 2, amenities: [], ...n });
const starts = (slots: { start: string }[]) => slots.map((s) => s.start.slice(11));

describe('the slot finder core', () => {
  it('offers every grid start in the wanted time of day, within opening hours', () => {
    const room = space(1);
    const slots = findFreeSlots(need({ earliest: '14:00', latest: '16:00' }), [room], [room], days([room], '2026-11-28', 1), [], NOW);
    expect(starts(slots)).toEqual(['14:00', '14:30', '15:00']);
    expect(slots[0]).toMatchObject({ spaceId: 1, start: '2026-11-28T14:00', end: '2026-11-28T15:00', freePlaces: 10 });
    const evening = findFreeSlots(need({ earliest: '20:00' }), [room], [room], days([room], '2026-11-28', 1), [], NOW);
    expect(starts(evening)).toEqual(['20:00', '20:30', '21:00']);
  });

  it('offers nothing that starts before now', () => {
    const room = space(1);
    const slots = findFreeSlots(need({ latest: '11:00' }), [room], [room], days([room], '2026-11-23', 1), [], NOW);
    expect(starts(slots)).toEqual(['09:00', '09:30', '10:00']);
  });

  it('keeps the turnover buffer on both sides of an existing booking', () => {
    const room = space(1, { bufferMinutes: 30 });
    const b = booked(1, '2026-11-28T10:00', '2026-11-28T12:00');
    const slots = findFreeSlots(need({ earliest: '08:00', latest: '14:00' }), [room], [room], days([room], '2026-11-28', 1), [b], NOW);
    expect(starts(slots)).toEqual(['08:00', '08:30', '12:30', '13:00']);
  });

  it('a shared room of 10 with 6 already there has a slot for 4 but not for 5', () => {
    const parlour = space(1, { mode: 'shared' });
    const b = booked(1, '2026-11-28T10:00', '2026-11-28T12:00', 6);
    const cal = days([parlour], '2026-11-28', 1);
    const four = findFreeSlots(need({ headCount: 4, earliest: '10:00', latest: '12:00' }), [parlour], [parlour], cal, [b], NOW);
    expect(starts(four)).toEqual(['10:00', '10:30', '11:00']);
    expect(four[0].freePlaces).toBe(4);
    const five = findFreeSlots(need({ headCount: 5, earliest: '09:00', latest: '13:00' }), [parlour], [parlour], cal, [b], NOW);
    expect(starts(five)).toEqual(['09:00', '12:00']);
  });

  it('keeps to the audience windows of the plan on days the space has one', () => {
    const room = space(1);
    const windows = [
      { start: '09:00', end: '12:00', audienceId: 1, organisationId: null },
      { start: '12:00', end: '14:00', audienceId: 3, organisationId: null },
      { start: '18:00', end: '20:00', audienceId: 1, organisationId: 7 },
    ];
    const cal = [day(1, '2026-11-28', { windows }), day(1, '2026-11-29')];
    const students = findFreeSlots(need({ audienceId: 3, durationMinutes: 120 }), [room], [room], cal, [], NOW);
    // Saturday: only the students' noon window; Sunday has no plan, so any open time.
    expect(students.filter((s) => s.start.startsWith('2026-11-28')).map((s) => [s.start.slice(11), s.windowAudienceId])).toEqual([['12:00', 3]]);
    expect(students.filter((s) => s.start.startsWith('2026-11-29'))).toHaveLength(25);
    const residents = findFreeSlots(need({ audienceId: 1, durationMinutes: 120 }), [room], [room], cal.slice(0, 1), [], NOW);
    expect(starts(residents)).toEqual(['09:00', '09:30', '10:00']);
    // The evening window stands for one partner group: it is theirs only.
    const partner = findFreeSlots(need({ audienceId: 1, organisationId: 7, durationMinutes: 120 }), [room], [room], cal.slice(0, 1), [], NOW);
    expect(starts(partner)).toEqual(['09:00', '09:30', '10:00', '18:00']);
  });

  it('offers nothing on a holiday or a closure, and flags a year without holiday data', () => {
    const room = space(1);
    const cal = [
      day(1, '2026-11-28', { closed: { kind: 'holiday', reason: '国庆' } }),
      day(1, '2026-11-29', { closed: { kind: 'closure', reason: '设备检修' } }),
      day(1, '2026-11-30', { unknownYear: true }),
    ];
    const slots = findFreeSlots(need({ earliest: '09:00', latest: '10:00' }), [room], [room], cal, [], NOW);
    expect(slots.map((s) => [s.start, s.unknownYear])).toEqual([['2026-11-30T09:00', true]]);
  });

  it('uses the opening hours of the weekday and skips days the space is closed', () => {
    const room = space(1, { openingHours: allWeek.filter((h) => h.weekday !== 6).map((h) => (h.weekday === 7 ? { ...h, open: '13:00' } : h)) });
    const slots = findFreeSlots(need({ latest: '14:00' }), [room], [room], days([room], '2026-11-28', 2), [], NOW);
    expect(slots.map((s) => s.start)).toEqual(['2026-11-29T13:00']);
  });

  it('a booked whole court blocks both halves; a booked half blocks the whole, not the other half', () => {
    const whole = space(1, { kind: 'court' });
    const east = space(2, { kind: 'court', parentId: 1 });
    const west = space(3, { kind: 'court', parentId: 1 });
    const all = [whole, east, west];
    const cal = days(all, '2026-11-28', 1);
    const n = need({ earliest: '18:00', latest: '19:00' });
    const onWhole = findFreeSlots(n, all, all, cal, [booked(1, '2026-11-28T18:00', '2026-11-28T20:00')], NOW);
    expect(onWhole).toEqual([]);
    const onEast = findFreeSlots(n, all, all, cal, [booked(2, '2026-11-28T18:00', '2026-11-28T19:00')], NOW);
    expect(onEast.map((s) => s.spaceId)).toEqual([3]);
    expect([...familyOf(all, 2)]).toEqual([1]);
    expect([...familyOf(all, 1)].sort()).toEqual([2, 3]);
  });

  it('leaves out spaces that are too small, lack an amenity, or do not take that length', () => {
    const small = space(1, { capacity: 4, amenities: ['烤箱'] });
    const bakery = space(2, { capacity: 8, amenities: ['烤箱', '投影仪'] });
    const shortOnly = space(3, { capacity: 20, amenities: ['烤箱'], maxBookingMinutes: 60 });
    const hourGrid = space(4, { capacity: 20, amenities: ['烤箱'], slotMinutes: 60 });
    const all = [small, bakery, shortOnly, hourGrid];
    const slots = findFreeSlots(
      need({ headCount: 6, durationMinutes: 90, amenities: ['烤箱'], earliest: '14:00', latest: '15:30' }),
      all,
      all,
      days(all, '2026-11-28', 1),
      [],
      NOW,
    );
    expect(slots.map((s) => s.spaceId)).toEqual([2]);
  });

  it('ends a slot at midnight when the space is open until 24:00', () => {
    const late = space(1, { openingHours: allWeek.map((h) => ({ ...h, close: '24:00' })) });
    const slots = findFreeSlots(need({ earliest: '22:30' }), [late], [late], days([late], '2026-11-28', 1), [], NOW);
    expect(slots.map((s) => s.end)).toEqual(['2026-11-28T23:30', '2026-11-29T00:00']);
  });

  it('ranks the soonest first, then the room that fits the group best, then rooms without approval', () => {
    const hall = space(1, { capacity: 100 });
    const room = space(2, { capacity: 8 });
    const approval = space(3, { capacity: 8, needsApproval: true });
    const all = [hall, approval, room];
    const slots = findFreeSlots(need({ headCount: 6, earliest: '14:00', latest: '15:30' }), all, all, days(all, '2026-11-28', 1), [], NOW);
    const ranked = rankSlots(slots, 6);
    expect(ranked.map((s) => [s.start.slice(11), s.spaceId])).toEqual([
      ['14:00', 2],
      ['14:00', 3],
      ['14:00', 1],
      ['14:30', 2],
      ['14:30', 3],
      ['14:30', 1],
    ]);
  });
});
