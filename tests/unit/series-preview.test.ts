import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { booking } from '../helpers/fixtures';
import { readingRoom } from '../helpers/plans';
import { overlapsWithBuffer } from '../../electron/main/services/rules/space-rules';

let t: TestBackend;
// The coordinator plans the autumn term at its start: the series' dates are still to come.
beforeEach(async () => {
  t = await testBackend({ now: () => '2026-09-01T09:00' });
});
afterEach(async () => {
  await t.close();
});

type Occ = { date: string; status: string; code: string | null; bookingId: number | null; exception: string | null; clashes: { bookingId: number }[]; holidayName: string | null; makeUpWorkday: boolean; unknownYear: boolean };

async function xiandaSeries(extra: Record<string, unknown> = {}) {
  const setup = await readingRoom(t);
  const series = {
    spaceId: setup.room.id,
    startTime: '12:00',
    endTime: '13:30',
    title: '贤达学院午间自修',
    audienceId: setup.students.id,
    organisationId: setup.xianda.id,
    headCount: 15,
    rule: { freq: 'weekly', weekdays: [3], startDate: '2026-09-09', until: '2026-10-31' },
    ...extra,
  };
  return { ...setup, series };
}

describe('series preview on 调休 make-up days', () => {
  it('a Saturday series in February says 02-14 and 02-28 are make-up workdays running Friday’s and Monday’s plans', async () => {
    const { room, students } = await readingRoom(t);
    const series = {
      spaceId: room.id,
      startTime: '10:00',
      endTime: '11:00',
      title: '周六读书会',
      audienceId: students.id,
      rule: { freq: 'weekly', weekdays: [6], startDate: '2026-02-07', count: 4 },
    };
    const occ: (Occ & { followsWeekday: number | null })[] = await t.call('series.preview', series);
    expect(occ.map((o) => [o.date, o.makeUpWorkday, o.followsWeekday])).toEqual([
      ['2026-02-07', false, null],
      ['2026-02-14', true, 5],
      ['2026-02-21', false, null],
      ['2026-02-28', true, 1],
    ]);
  });
});

describe('series preview across 国庆', () => {
  it('marks Oct 7 as a holiday and offers the make-up Saturday that runs Wednesday’s plan', async () => {
    const { series } = await xiandaSeries();
    const occ: Occ[] = await t.call('series.preview', series);
    const byDate = new Map(occ.map((o) => [o.date, o]));
    expect(byDate.get('2026-09-30')?.status).toBe('free');
    expect(byDate.get('2026-10-07')).toMatchObject({ status: 'holiday', holidayName: '国庆节', code: 'plans.on_holiday' });
    expect(byDate.get('2026-10-10')).toMatchObject({ status: 'makeup', makeUpWorkday: true });
    expect(occ.filter((o) => o.status === 'free')).toHaveLength(7);
  });

  it('names the clashing booking, and a closure and a closed-on-holiday site', async () => {
    const { series, room, site, students } = await xiandaSeries();
    const other = await t.call('bookings.create', booking(room.id, '2026-09-16T12:30', '2026-09-16T13:00', { audienceId: students.id, title: '新北郊中学' }));
    await t.call('closures.save', { closure: { spaceId: room.id, firstDay: '2026-09-23', lastDay: '2026-09-23', reason: '消防检查' } });
    await t.call('holidayPolicies.save', { siteId: site.id, mode: 'closed' });
    const occ: Occ[] = await t.call('series.preview', series);
    const byDate = new Map(occ.map((o) => [o.date, o]));
    expect(byDate.get('2026-09-16')).toMatchObject({ status: 'clash', clashes: [expect.objectContaining({ bookingId: other.id })] });
    expect(byDate.get('2026-09-23')?.status).toBe('closure');
    expect(byDate.get('2026-10-07')).toMatchObject({ status: 'holiday', code: 'plans.holiday_closed' });
  });

  it('a moved occurrence is checked at its new time before the series is saved', async () => {
    const { series, room, students } = await xiandaSeries();
    const other = await t.call('bookings.create', booking(room.id, '2026-09-17T12:30', '2026-09-17T13:00', { audienceId: students.id, title: '新北郊中学' }));
    const move = (start: string, end: string) => t.call('series.previewMove', { series, date: '2026-10-07', start, end });
    expect(await move('2026-09-17T12:00', '2026-09-17T13:30')).toMatchObject({
      date: '2026-10-07',
      start: '2026-09-17T12:00',
      status: 'clash',
      clashes: [expect.objectContaining({ bookingId: other.id, title: '新北郊中学' })],
    });
    expect(await move('2026-09-18T12:00', '2026-09-18T13:30')).toMatchObject({ status: 'free', code: null, clashes: [] });
    expect(await move('2026-10-05T12:00', '2026-10-05T13:30')).toMatchObject({ status: 'holiday', holidayName: '国庆节' });
    // Nothing was written by looking.
    expect(await t.call('bookings.range', { from: '2026-09-01', to: '2026-11-01' })).toHaveLength(1);
    const bad = await t.fail('series.previewMove', { series, date: '2026-10-07', start: '2026-09-18T13:30', end: '2026-09-18T12:00' });
    expect(bad.kind).toBe('validation');
  });

  it('outside the audience window, and an unknown year is flagged on each occurrence', async () => {
    const { series, residents } = await xiandaSeries({ rule: { freq: 'weekly', weekdays: [3], startDate: '2026-12-30', count: 2 } });
    const occ: Occ[] = await t.call('series.preview', { ...series, audienceId: residents.id });
    expect(occ.map((o) => [o.date, o.status, o.unknownYear])).toEqual([
      ['2026-12-30', 'outside_window', false],
      ['2027-01-06', 'outside_window', true],
    ]);
  });
});

describe('saving a series', () => {
  it('needs a decision for every problem, then saves the free ones and the decisions in one go', async () => {
    const { series } = await xiandaSeries();
    const undecided = await t.fail('series.create', { series });
    expect(undecided.details).toMatchObject({ code: 'series.undecided', params: { date: '2026-10-07' } });
    expect(await t.call('bookings.range', { from: '2026-09-01', to: '2026-11-01' })).toEqual([]);

    const saved = await t.call('series.create', {
      series,
      decisions: [
        { date: '2026-10-07', action: 'skip' },
        { date: '2026-10-10', action: 'skip' },
      ],
    });
    const occ: Occ[] = saved.occurrences;
    expect(occ.filter((o) => o.bookingId !== null)).toHaveLength(7);
    expect(occ.find((o) => o.date === '2026-10-07')).toMatchObject({ exception: 'skipped', bookingId: null });
    expect(occ.some((o) => o.date === '2026-10-10')).toBe(false);
    const bookings = await t.call('bookings.range', { from: '2026-09-01', to: '2026-11-01' });
    expect(bookings.every((b: { seriesId: number }) => b.seriesId === saved.id)).toBe(true);
    // The save answers with the series as it was written, without reading it back: it must match.
    expect(saved).toEqual(await t.call('series.get', { id: saved.id }));
  });

  it('a date free in the preview but taken before the save asks for a decision, and nothing is written', async () => {
    const { series, room, students } = await xiandaSeries();
    const preview: Occ[] = await t.call('series.preview', series);
    expect(preview.find((o) => o.date === '2026-09-16')?.status).toBe('free');
    // Another desk books the Wednesday while the coordinator reads the preview.
    await t.call('bookings.create', booking(room.id, '2026-09-16T12:30', '2026-09-16T13:00', { audienceId: students.id }));
    const decisions = preview.filter((o) => o.status !== 'free').map((o) => ({ date: o.date, action: 'skip' }));
    const err = await t.fail('series.create', { series, decisions });
    expect(err.details).toMatchObject({ code: 'series.undecided', params: { date: '2026-09-16', status: 'clash' } });
    expect(await t.call('bookings.range', { from: '2026-09-01', to: '2026-11-01' })).toHaveLength(1);
    expect(await t.call('series.list', { spaceId: room.id })).toEqual([]);
  });

  it('books the make-up Saturday when asked, moves an occurrence, keeps one outside the window with a reason', async () => {
    const { series } = await xiandaSeries();
    const saved = await t.call('series.create', {
      series,
      decisions: [
        { date: '2026-10-07', action: 'move', start: '2026-10-08T15:00', end: '2026-10-08T16:30' },
        { date: '2026-10-10', action: 'book' },
      ],
    });
    const byDate = new Map((saved.occurrences as Occ[]).map((o) => [o.date, o]));
    expect(byDate.get('2026-10-07')).toMatchObject({ exception: 'moved' });
    const moved = await t.call('bookings.get', { id: byDate.get('2026-10-07')!.bookingId });
    expect(moved.start).toBe('2026-10-08T15:00');
    expect(byDate.get('2026-10-10')?.bookingId).not.toBeNull();
    expect(saved).toEqual(await t.call('series.get', { id: saved.id }));
  });

  it('a decision that breaks a rule fails the whole save and writes nothing', async () => {
    const { series, room, students } = await xiandaSeries();
    await t.call('bookings.create', booking(room.id, '2026-09-16T12:30', '2026-09-16T13:00', { audienceId: students.id }));
    const err = await t.fail('series.create', {
      series,
      decisions: [
        { date: '2026-09-16', action: 'book' },
        { date: '2026-10-07', action: 'skip' },
      ],
    });
    expect(err.kind).toBe('conflict');
    expect(await t.call('bookings.range', { from: '2026-09-01', to: '2026-11-01' })).toHaveLength(1);
  });

  it('property: whatever the existing bookings and the decisions, a saved series never holds a conflict', async () => {
    const { room, students, xianda } = await readingRoom(t, { mode: 'exclusive' });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 27 }), slot: fc.integer({ min: 0, max: 5 }) }), { maxLength: 8 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('book', 'keep', 'skip'),
        async (existing, weekdays, choice) => {
          // Each run gets its own four weeks, so runs do not see each other's bookings.
          const base = new Date(Date.UTC(2027, 0, 4 + 28 * run++)).toISOString().slice(0, 10);
          const day = (n: number) => new Date(Date.parse(base) + n * 86400000).toISOString().slice(0, 10);
          for (const e of existing) {
            const start = `${day(e.day)}T${String(12 + (e.slot % 2)).padStart(2, '0')}:${e.slot < 3 ? '00' : '30'}`;
            const end = start.slice(0, 11) + (start.slice(11) === '13:30' ? '14:00' : '13:30');
            await t.dispatch('bookings.create', booking(room.id, start, end, { audienceId: students.id }));
          }
          const series = {
            spaceId: room.id,
            startTime: '12:00',
            endTime: '13:30',
            title: '自修',
            audienceId: students.id,
            organisationId: xianda.id,
            rule: { freq: 'weekly', weekdays, startDate: base, until: day(27) },
          };
          const preview: Occ[] = await t.call('series.preview', series);
          const decisions = preview.filter((o) => o.status !== 'free').map((o) => ({ date: o.date, action: choice, overrideReason: '测试' }));
          const r = await t.dispatch('series.create', { series, decisions });
          const all = await t.call('bookings.range', { from: base, to: day(28), spaceIds: [room.id] });
          for (let i = 0; i < all.length; i++) {
            for (let j = i + 1; j < all.length; j++) expect(overlapsWithBuffer(all[i], all[j], 0)).toBe(false);
          }
          if (choice === 'skip') expect(r.ok).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });
});
