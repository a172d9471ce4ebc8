import { afterEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { allWeek, booking, siteWithSpace } from '../helpers/fixtures';

let t: TestBackend;
afterEach(async () => t?.close());

interface Stretch {
  start: string;
  end: string;
  slots: { start: string; end: string; freePlaces: number }[];
}
interface Day {
  date: string;
  open: string | null;
  close: string | null;
  busy: { start: string; end: string; title: string; hold: string }[];
  stretches: Stretch[];
}
interface Board {
  spaces: { spaceId: number; spaceName: string; days: Day[] }[];
}

const span = (x: { start: string; end: string }) => `${x.start.slice(11)}–${x.end.slice(11)}`;

describe('desk.slotBoard: the room finder', () => {
  it('groups by space, spreads a fortnight over its days, and draws each day’s free stretches between the bookings', async () => {
    t = await testBackend();
    const { site, space: room } = await siteWithSpace(t, { name: '活动室', capacity: 10, maxBookingMinutes: 600 });
    await t.call('spaces.save', { siteId: site.id, name: '大厅', kind: 'hall', capacity: 40, openingHours: allWeek });
    // Today (Monday 23rd, 09:00) the room is taken 10–11 and 14–16; on Friday all afternoon.
    await t.call('bookings.create', booking(room.id, '2026-11-23T10:00', '2026-11-23T11:00', { title: '书法课' }));
    await t.call('bookings.create', booking(room.id, '2026-11-23T14:00', '2026-11-23T16:00', { title: '合唱排练' }));
    await t.call('bookings.create', booking(room.id, '2026-11-27T12:00', '2026-11-27T22:00', { title: '布展' }));
    const need = { siteId: site.id, from: '2026-11-23', to: '2026-12-07', durationMinutes: 60, headCount: 8 };
    const board: Board = await t.call('desk.slotBoard', need);
    // The fitting room first (best fit for eight), then the hall; each with all fourteen days.
    expect(board.spaces.map((s) => s.spaceName)).toEqual(['活动室', '大厅']);
    for (const s of board.spaces) expect(s.days.map((d) => d.date)).toHaveLength(14);
    const [monday, , , , friday] = board.spaces[0].days;
    expect(monday).toMatchObject({ date: '2026-11-23', open: '08:00', close: '22:00' });
    expect(monday.busy.map((b) => `${span(b)} ${b.title} ${b.hold}`)).toEqual(['10:00–11:00 书法课 own', '14:00–16:00 合唱排练 own']);
    // Nothing before now (09:00); a stretch is a run of one-hour slots on the half hour.
    expect(monday.stretches.map(span)).toEqual(['09:00–10:00', '11:00–14:00', '16:00–22:00']);
    expect(monday.stretches[1].slots.map((s) => s.start.slice(11))).toEqual(['11:00', '11:30', '12:00', '12:30', '13:00']);
    expect(friday.stretches.map(span)).toEqual(['08:00–12:00']);
    // The last day of the fortnight is there too, not crowded out by today.
    expect(board.spaces[0].days[13].stretches.map(span)).toEqual(['08:00–22:00']);
  });

  it('offers exactly the slots the rule engine’s finder offers, and none where the whole court holds a half', async () => {
    t = await testBackend({ demoData: true });
    const site = (await t.call('sites.list', {})).find((s: { name: string }) => s.name === '铭庭小区篮球场');
    const need = { siteId: site.id, from: '2026-11-24', to: '2026-11-25', durationMinutes: 60, headCount: 4 };
    const board: Board = await t.call('desk.slotBoard', need);
    const listed = await t.call('desk.findSlots', { ...need, limit: 500 });
    expect(listed.length).toBeLessThan(500);
    const onBoard = board.spaces.flatMap((s) => s.days.flatMap((d) => d.stretches.flatMap((st) => st.slots.map((x) => `${s.spaceId} ${x.start} ${x.end}`))));
    expect(onBoard.sort()).toEqual(listed.map((s: { spaceId: number; start: string; end: string }) => `${s.spaceId} ${s.start} ${s.end}`).sort());
    // Tuesday 18–20 the basketball team has the whole court: the west half shows it grey, free only around it.
    const west = board.spaces.find((s) => s.spaceName === '西侧练习区')!;
    expect(west.days[0].busy.map((b) => `${span(b)} ${b.title} ${b.hold}`)).toEqual(['18:00–20:00 社区篮球队训练 whole']);
    expect(west.days[0].stretches.some((s) => s.start < '2026-11-24T20:00' && s.end > '2026-11-24T18:00')).toBe(false);
  });

  it('refuses a group larger than every space, in words', async () => {
    t = await testBackend();
    const { site } = await siteWithSpace(t, { capacity: 10 });
    const e = await t.fail('desk.slotBoard', { siteId: site.id, from: '2026-11-23', to: '2026-11-24', durationMinutes: 60, headCount: 40 });
    expect(e.details.code).toBe('slots.over_capacity');
  });
});
