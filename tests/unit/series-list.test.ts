import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { editSeries, tuesdaySeries } from '../helpers/plans';

let t: TestBackend;
beforeEach(async () => {
  t = await testBackend();
});
afterEach(async () => {
  await t.close();
});

describe('listing series', () => {
  it('lists a space’s series with first and last date and the booked and skipped counts', async () => {
    const { saved, room, site } = await tuesdaySeries(t);
    await editSeries(t, { seriesId: saved.id, date: '2026-12-15', scope: 'this', action: 'cancel', reason: '场地检修' });
    const list = await t.call('series.list', { spaceId: room.id });
    expect(list).toEqual([
      expect.objectContaining({
        id: saved.id,
        spaceId: room.id,
        title: '贤达学院午间自修',
        startTime: '12:00',
        endTime: '13:00',
        firstDate: '2026-12-01',
        lastDate: '2027-01-05',
        booked: 5,
        skipped: 1,
      }),
    ]);
    expect(list[0].rule).toMatchObject({ freq: 'weekly', weekdays: [2], count: 6 });
    expect(await t.call('series.list', { siteId: site.id })).toHaveLength(1);
    expect(await t.call('series.list', {})).toHaveLength(1);
  });

  it('shows both parts after a split, and filters by space and site', async () => {
    const { saved, room, site } = await tuesdaySeries(t);
    await editSeries(t, { seriesId: saved.id, date: '2026-12-22', scope: 'following', action: 'change', changes: { startTime: '12:30', endTime: '13:30' } });
    const list = await t.call('series.list', { spaceId: room.id });
    expect(list.map((s: { firstDate: string; lastDate: string; booked: number }) => [s.firstDate, s.lastDate, s.booked])).toEqual([
      ['2026-12-01', '2026-12-15', 3],
      ['2026-12-22', '2027-01-05', 3],
    ]);
    const other = await t.call('sites.save', { name: '另一驿站', address: '测试路 2 号' });
    expect(await t.call('series.list', { siteId: other.id })).toEqual([]);
    expect(await t.call('series.list', { spaceId: room.id, siteId: site.id })).toHaveLength(2);
  });

  it('a fully cancelled series stays listed with no dates left', async () => {
    const { saved, room } = await tuesdaySeries(t);
    await editSeries(t, { seriesId: saved.id, date: '2026-12-01', scope: 'all', action: 'cancel', reason: '合作结束' });
    const [s] = await t.call('series.list', { spaceId: room.id });
    expect(s).toMatchObject({ firstDate: null, lastDate: null, booked: 0 });
  });
});
