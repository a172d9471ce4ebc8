import { afterEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { booking } from '../helpers/fixtures';

/** The demo's court: 半场篮球场（全场） with its halves 东侧投篮区 and 西侧练习区. */
const WEEK = '2026-11-23';
let t: TestBackend;
afterEach(async () => t?.close());

interface Court {
  siteId: number;
  whole: number;
  east: number;
  west: number;
}

async function court(): Promise<Court> {
  const site = (await t.call('sites.list', {})).find((s: { name: string }) => s.name === '铭庭小区篮球场');
  const spaces: { id: number; name: string }[] = await t.call('spaces.list', { siteId: site.id });
  const id = (name: string) => spaces.find((s) => s.name === name)!.id;
  return { siteId: site.id, whole: id('半场篮球场（全场）'), east: id('东侧投篮区'), west: id('西侧练习区') };
}

const brief = (h: { relation: string; start: string; end: string; title: string; bookedSpaceName?: string }) =>
  `${h.relation} ${h.start.slice(5)}–${h.end.slice(11)} ${h.title}`;

describe('a court and its halves on the door', () => {
  it('the west half’s poster shows the whole court’s bookings as occupying it, and nothing personal', async () => {
    t = await testBackend({ demoData: true });
    const c = await court();
    const sheet = await t.call('print.weekTimetable.get', { spaceIds: [c.west, c.whole], weekStart: WEEK });
    const [west, whole] = sheet.spaces;
    // The west half has no bookings of its own this week: before, its poster said 本周暂无预约.
    expect(west.days.flatMap((d: { bookings: unknown[] }) => d.bookings)).toEqual([]);
    const westHeld = west.days.flatMap((d: { held: never[] }) => d.held);
    expect(westHeld.map(brief)).toEqual(['whole 11-24T18:00–20:00 社区篮球队训练', 'whole 11-29T16:00–18:00 社区足球队体能训练']);
    expect(westHeld[1]).toMatchObject({ bookedSpaceName: '半场篮球场（全场）', bookedSpaceNameEn: 'Half court (whole)', organisationName: '社区足球队' });
    // The same allow-list as a booking on the door: no contact (沈明 booked it), phone or head count.
    expect(JSON.stringify(westHeld)).not.toMatch(/沈明|1380013|contact|phone|headCount/);
    // Tuesday's hold sits on Tuesday, Sunday's on Sunday.
    expect(west.days[1].held).toHaveLength(1);
    expect(west.days[6].held).toHaveLength(1);
    // The whole court shows the east half's Sunday practice as 半场占用, beside its own bookings.
    expect(whole.days.flatMap((d: { held: never[] }) => d.held).map(brief)).toEqual(['part 11-29T09:00–11:00 青少年投篮练习']);
    expect(whole.days[6].bookings.map((b: { title: string }) => b.title)).toEqual(['社区足球队体能训练']);
  });

  it('every hold is ground the rules refuse: booking the held half then is a clash, and a cancelled booking holds nothing', async () => {
    t = await testBackend({ demoData: true });
    const c = await court();
    const holds = await t.call('bookings.familyHolds', { from: WEEK, to: '2026-11-30', siteId: c.siteId });
    // Two whole-court bookings hold both halves; the east half's practice holds the whole.
    expect(holds.map((h: { spaceId: number; relation: string; title: string }) => [h.spaceId, h.relation, h.title])).toEqual([
      [c.east, 'whole', '社区篮球队训练'],
      [c.west, 'whole', '社区篮球队训练'],
      [c.whole, 'part', '青少年投篮练习'],
      [c.east, 'whole', '社区足球队体能训练'],
      [c.west, 'whole', '社区足球队体能训练'],
    ]);
    for (const h of holds) {
      const refused = await t.fail('bookings.create', booking(h.spaceId, h.start, h.end, { title: '试订' }));
      expect(refused.kind).toBe('conflict');
    }
    const training = holds[0].bookingId;
    await t.call('bookings.cancel', { id: training, reason: '下雨' });
    const after = await t.call('bookings.familyHolds', { from: '2026-11-24', to: '2026-11-25', spaceIds: [c.west, c.east] });
    expect(after).toEqual([]);
    // Spaces without a family have nothing held.
    const other = (await t.call('sites.list', {})).find((s: { name: string }) => s.name === '曲苑·畅叙堂');
    expect(await t.call('bookings.familyHolds', { from: WEEK, to: '2026-11-30', siteId: other.id })).toEqual([]);
  });

  it('the today board and the desk sheet show the court held by its family', async () => {
    t = await testBackend({ demoData: true, now: () => '2026-11-24T18:30' });
    const c = await court();
    const half = await t.call('bookings.create', booking(c.east, '2026-11-24T08:00', '2026-11-24T09:00', { title: '晨练投篮', headCount: 4 }));
    const today = await t.call('desk.today', { siteId: c.siteId });
    const column = (id: number) => today.spaces.find((s: { spaceId: number }) => s.spaceId === id);
    expect(column(c.west).bookings).toEqual([]);
    expect(column(c.west).held.map(brief)).toEqual(['whole 11-24T18:00–20:00 社区篮球队训练']);
    expect(column(c.whole).held.map(brief)).toEqual(['part 11-24T08:00–09:00 晨练投篮']);
    expect(column(c.whole).held[0]).toMatchObject({ bookingId: half.id, bookedSpaceId: c.east, bookedSpaceName: '东侧投篮区' });
    const sheet = await t.call('print.deskSheet.get', { siteId: c.siteId, date: '2026-11-24' });
    expect(sheet.held.map((h: { spaceName: string; relation: string; title: string }) => `${h.spaceName} ${h.relation} ${h.title}`)).toEqual([
      '半场篮球场（全场） part 晨练投篮',
      '东侧投篮区 whole 社区篮球队训练',
      '西侧练习区 whole 社区篮球队训练',
    ]);
  });
});
