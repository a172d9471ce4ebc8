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

/** 瑞虹共享会客厅 with a baking corner (oven), a parlour and a small room. */
async function ruihong() {
  const { site, space: bakery } = await siteWithSpace(t, { name: '烘焙区', kind: 'kitchen', capacity: 8, amenities: ['烤箱'] });
  const parlour = await t.call('spaces.save', { siteId: site.id, name: '会客厅', kind: 'parlour', capacity: 30, mode: 'shared', openingHours: allWeek, amenities: ['投影仪'] });
  const small = await t.call('spaces.save', { siteId: site.id, name: '小会议室', kind: 'room', capacity: 6, openingHours: allWeek });
  return { site, bakery, parlour, small };
}

describe('desk.findSlots', () => {
  it('is the baking corner free on Saturday afternoon for six people? only the free hours are offered', async () => {
    const { site, bakery } = await ruihong();
    await t.call('bookings.create', booking(bakery.id, '2026-11-28T14:00', '2026-11-28T16:00', { title: '亲子烘焙' }));
    const slots = await t.call('desk.findSlots', {
      siteId: site.id,
      from: '2026-11-28',
      to: '2026-11-29',
      durationMinutes: 120,
      headCount: 6,
      earliest: '13:00',
      latest: '18:00',
      amenities: ['烤箱'],
    });
    expect(slots.map((s: { start: string; spaceName: string }) => [s.spaceName, s.start.slice(11)])).toEqual([['烘焙区', '16:00']]);
  });

  it('every slot it offers can be booked', async () => {
    const { site, bakery, parlour, small } = await ruihong();
    await t.call('bookings.create', booking(bakery.id, '2026-11-24T10:00', '2026-11-24T11:00'));
    await t.call('bookings.create', booking(parlour.id, '2026-11-24T10:00', '2026-11-24T12:00', { headCount: 28 }));
    await t.call('bookings.create', booking(small.id, '2026-11-24T09:30', '2026-11-24T12:30'));
    const slots = await t.call('desk.findSlots', { siteId: site.id, from: '2026-11-24', to: '2026-11-25', durationMinutes: 60, headCount: 4, earliest: '08:00', latest: '14:00', limit: 500 });
    expect(slots.length).toBeGreaterThan(10);
    for (const s of slots) {
      const b = await t.call('bookings.create', booking(s.spaceId, s.start, s.end, { headCount: 4 }));
      await t.call('bookings.cancel', { id: b.id });
    }
    // And the ones it leaves out are the busy ones.
    const parlourTen = slots.filter((s: { spaceId: number; start: string }) => s.spaceId === parlour.id && s.start === '2026-11-24T10:00');
    expect(parlourTen).toEqual([]);
  });

  it('searches only the site asked about, and only the spaces asked for', async () => {
    const { site, small } = await ruihong();
    const other = await siteWithSpace(t, { name: '别处活动室' });
    const input = { siteId: site.id, from: '2026-11-24', to: '2026-11-25', durationMinutes: 60, headCount: 2, limit: 500 };
    const all = await t.call('desk.findSlots', input);
    expect(all.some((s: { spaceId: number }) => s.spaceId === other.space.id)).toBe(false);
    const one = await t.call('desk.findSlots', { ...input, spaceIds: [small.id] });
    expect(new Set(one.map((s: { spaceId: number }) => s.spaceId))).toEqual(new Set([small.id]));
    const limited = await t.call('desk.findSlots', { ...input, limit: 3 });
    expect(limited).toHaveLength(3);
  });

  it('reads on past the first days when they do not give enough slots', async () => {
    const { site } = await siteWithSpace(t, { name: '英语角', openingHours: [{ weekday: 4, open: '18:00', close: '20:00' }] });
    const slots = await t.call('desk.findSlots', { siteId: site.id, from: '2026-11-23', to: '2026-12-07', durationMinutes: 60, headCount: 2 });
    expect(slots.map((s: { start: string }) => s.start)).toEqual([
      '2026-11-26T18:00',
      '2026-11-26T18:30',
      '2026-11-26T19:00',
      '2026-12-03T18:00',
      '2026-12-03T18:30',
      '2026-12-03T19:00',
    ]);
    const two = await t.call('desk.findSlots', { siteId: site.id, from: '2026-11-23', to: '2026-12-07', durationMinutes: 60, headCount: 2, limit: 2 });
    expect(two.map((s: { start: string }) => s.start)).toEqual(['2026-11-26T18:00', '2026-11-26T18:30']);
  });

  it('says clearly when no space of the site holds that many people', async () => {
    const { site } = await ruihong();
    const err = await t.fail('desk.findSlots', { siteId: site.id, from: '2026-11-24', to: '2026-11-25', durationMinutes: 60, headCount: 31 });
    expect(err).toMatchObject({ kind: 'validation', details: { code: 'slots.over_capacity', params: { headCount: 31, capacity: 30 } } });
  });

  it('refuses a range of more than a month, an unknown site and a time of day the wrong way round', async () => {
    const { site } = await ruihong();
    const base = { siteId: site.id, from: '2026-11-24', to: '2026-11-25', durationMinutes: 60, headCount: 2 };
    const long = await t.fail('desk.findSlots', { ...base, to: '2027-01-24' });
    expect(long.details.fields[0]).toMatchObject({ path: 'to', code: 'range_too_long' });
    const backwards = await t.fail('desk.findSlots', { ...base, earliest: '18:00', latest: '09:00' });
    expect(backwards.details.fields[0]).toMatchObject({ path: 'latest', code: 'start_before_end' });
    expect((await t.fail('desk.findSlots', { ...base, siteId: 999 })).details.code).toBe('site.not_found');
  });
});
