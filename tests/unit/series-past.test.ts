/**
 * A series started mid-term: its dates before now are marked past in the preview and are
 * not written unless the coordinator books them on purpose ("today" is Monday 2026-11-23, 09:00).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { readingRoom } from '../helpers/plans';

let t: TestBackend;
beforeEach(async () => {
  t = await testBackend();
});
afterEach(async () => {
  await t.close();
});

type Occ = { date: string; status: string; past?: boolean };

/** Mondays from 2026-11-02 to 2026-12-14 at 12:00: three gone, today's still to come, three more. */
async function mondaySeries(startTime = '12:00', endTime = '13:00') {
  const { room, students } = await readingRoom(t);
  return {
    room,
    series: {
      spaceId: room.id,
      startTime,
      endTime,
      title: '学期自修',
      audienceId: students.id,
      headCount: 10,
      rule: { freq: 'weekly', weekdays: [1], startDate: '2026-11-02', until: '2026-12-14' },
    },
  };
}

async function bookedDates(roomId: number) {
  const rows: { title: string; start: string; seriesId: number | null }[] = await t.call('bookings.range', { from: '2026-11-01', to: '2026-12-31', spaceIds: [roomId] });
  return rows.filter((b) => b.title === '学期自修').map((b) => b.start.slice(0, 10));
}

describe('a series started mid-term', () => {
  it('the preview marks the dates before now as past; today at noon is still to come', async () => {
    const { series } = await mondaySeries();
    const occ: Occ[] = await t.call('series.preview', series);
    expect(occ.map((o) => [o.date, o.past])).toEqual([
      ['2026-11-02', true],
      ['2026-11-09', true],
      ['2026-11-16', true],
      ['2026-11-23', false],
      ['2026-11-30', false],
      ['2026-12-07', false],
      ['2026-12-14', false],
    ]);
  });

  it('today at 08:00 has already begun at 09:00: it is past', async () => {
    const { series } = await mondaySeries('08:00', '09:30');
    const occ: Occ[] = await t.call('series.preview', series);
    expect(occ.filter((o) => o.past).map((o) => o.date)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
  });

  it('saved without decisions, the past dates are not written, nor kept as skips to restore', async () => {
    const { series, room } = await mondaySeries();
    const saved: { id: number; occurrences: { date: string; bookingId: number | null; exception: string | null }[] } = await t.call('series.create', { series });
    expect(await bookedDates(room.id)).toEqual(['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14']);
    const past = saved.occurrences.filter((o) => o.date < '2026-11-23');
    expect(past.map((o) => [o.date, o.bookingId, o.exception])).toEqual([
      ['2026-11-02', null, null],
      ['2026-11-09', null, null],
      ['2026-11-16', null, null],
    ]);
    const list: { id: number; booked: number; skipped: number; firstDate: string }[] = await t.call('series.list', { spaceId: room.id });
    expect(list.find((s) => s.id === saved.id)).toMatchObject({ booked: 4, skipped: 0, firstDate: '2026-11-23' });
  });

  it('the screen’s default decisions (the past left alone, the rest booked) write the same', async () => {
    const { series, room } = await mondaySeries();
    const occ: Occ[] = await t.call('series.preview', series);
    const decisions = occ.filter((o) => !o.past).map((o) => ({ date: o.date, action: o.status !== 'free' ? 'skip' : 'book' }));
    await t.call('series.create', { series, decisions });
    expect(await bookedDates(room.id)).toEqual(['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14']);
  });

  it('a past date skipped on purpose is kept as a skip, like any other', async () => {
    const { series } = await mondaySeries();
    const saved: { occurrences: { date: string; exception: string | null }[] } = await t.call('series.create', { series, decisions: [{ date: '2026-11-09', action: 'skip' }] });
    expect(saved.occurrences.filter((o) => o.exception).map((o) => [o.date, o.exception])).toEqual([['2026-11-09', 'skipped']]);
  });

  it('a past date booked on purpose is written (recording what already happened)', async () => {
    const { series, room } = await mondaySeries();
    await t.call('series.create', { series, decisions: [{ date: '2026-11-16', action: 'book' }] });
    expect(await bookedDates(room.id)).toEqual(['2026-11-16', '2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14']);
  });
});
