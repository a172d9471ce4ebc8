import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { booking } from '../helpers/fixtures';
import { editSeries, editSeriesFails, readingRoom, restoreOccurrence, tuesdaySeries } from '../helpers/plans';

let t: TestBackend;
beforeEach(async () => {
  t = await testBackend();
});
afterEach(async () => {
  await t.close();
});

type Occ = { date: string; status: string; code: string | null; bookingId: number | null; exception: string | null; start: string };

/** 仅此次: one date of the series to another day and time. */
const moveOne = (seriesId: number, date: string, start: string, end: string) =>
  editSeries(t, { seriesId, date, scope: 'this', action: 'change', decisions: [{ date, action: 'move', start, end }] });
/** 此次及以后: a new title from `date` on. */
const renameFrom = (seriesId: number, date: string) =>
  editSeries(t, { seriesId, date, scope: 'following', action: 'change', changes: { title: '贤达学院冬季自修' } });

const booked = (occ: Occ[]) => occ.filter((o) => o.bookingId !== null).map((o) => o.date);

describe('editing a series', () => {
  it('cancels this occurrence only, keeps it visible as skipped, and can restore it', async () => {
    const { saved } = await tuesdaySeries(t);
    const after = await editSeries(t, { seriesId: saved.id, date: '2026-12-15', scope: 'this', action: 'cancel', reason: '场地检修' });
    expect(after.occurrences.find((o: Occ) => o.date === '2026-12-15')).toMatchObject({ exception: 'skipped', bookingId: null, exceptionNote: '场地检修' });
    expect(booked(after.occurrences)).toHaveLength(5);
    const restored = await restoreOccurrence(t, saved.id, '2026-12-15');
    expect(booked(restored.occurrences)).toHaveLength(6);
    expect((await restoreOccurrence(t, saved.id, '2026-12-15', true)).details.code).toBe('series.not_skipped');
  });

  it('moves one occurrence to another day: checked first without its own booking, then kept in the series', async () => {
    const { saved, series } = await tuesdaySeries(t);
    const own = saved.occurrences.find((o: Occ) => o.date === '2026-12-15').bookingId;
    // Half an hour later on the same day overlaps only its own booking: that is no clash.
    const sameDay = await t.call('series.previewMove', { series, date: '2026-12-15', start: '2026-12-15T12:30', end: '2026-12-15T13:30', bookingId: own });
    expect(sameDay).toMatchObject({ status: 'free', bookingId: own });
    const unexcluded = await t.call('series.previewMove', { series, date: '2026-12-15', start: '2026-12-15T12:30', end: '2026-12-15T13:30' });
    expect(unexcluded.clashes).toEqual([expect.objectContaining({ bookingId: own })]);

    const after = await editSeries(t, {
      seriesId: saved.id,
      date: '2026-12-15',
      scope: 'this',
      action: 'change',
      reason: '周二停电',
      decisions: [{ date: '2026-12-15', action: 'move', start: '2026-12-17T12:00', end: '2026-12-17T13:00' }],
    });
    expect(after.occurrences.find((o: Occ) => o.date === '2026-12-15')).toMatchObject({
      exception: 'moved',
      bookingId: own,
      start: '2026-12-17T12:00',
      exceptionNote: '周二停电',
    });
    expect((await t.call('bookings.get', { id: own })).start).toBe('2026-12-17T12:00');
    // Still one of the six: "all" from today would change it with the others.
    expect(booked(after.occurrences)).toHaveLength(6);
  });

  it('a split follows occurrence dates: a date moved before the split point stays in the old series as it was', async () => {
    const { saved } = await tuesdaySeries(t);
    const moved = saved.occurrences.find((o: Occ) => o.date === '2026-12-08').bookingId;
    // 仅此次: Tuesday 12-08 goes to Thursday 12-17, after the coming split point.
    await moveOne(saved.id, '2026-12-08', '2026-12-17T12:00', '2026-12-17T13:00');
    const split = await renameFrom(saved.id, '2026-12-15');
    const old = await t.call('series.get', { id: saved.id });
    expect(old.occurrences.find((o: Occ) => o.date === '2026-12-08')).toMatchObject({ exception: 'moved', bookingId: moved, start: '2026-12-17T12:00' });
    expect(old.occurrences.map((o: Occ) => o.date)).toEqual(['2026-12-01', '2026-12-08']);
    expect((await t.call('bookings.get', { id: moved })).title).toBe('贤达学院午间自修');
    expect(split.id).not.toBe(saved.id);
    expect(split.occurrences.map((o: Occ) => o.date)).toEqual(['2026-12-15', '2026-12-22', '2026-12-29', '2027-01-05']);
    expect(split.occurrences.some((o: Occ) => o.bookingId === moved)).toBe(false);
  });

  it('a split takes along a later date moved to before the split point', async () => {
    const { saved } = await tuesdaySeries(t);
    const moved = saved.occurrences.find((o: Occ) => o.date === '2026-12-22').bookingId;
    // 仅此次: Tuesday 12-22 goes to Monday 12-14, before the coming split point.
    await moveOne(saved.id, '2026-12-22', '2026-12-14T12:30', '2026-12-14T13:30');
    const split = await renameFrom(saved.id, '2026-12-15');
    // A new title leaves the moved date at the day and time it was moved to.
    expect(split.occurrences.find((o: Occ) => o.date === '2026-12-22')).toMatchObject({ exception: 'moved', bookingId: moved, start: '2026-12-14T12:30' });
    expect((await t.call('bookings.get', { id: moved })).title).toBe('贤达学院冬季自修');
    const old = await t.call('series.get', { id: saved.id });
    expect(old.occurrences.some((o: Occ) => o.bookingId === moved)).toBe(false);
  });

  it('this and following: splits the series, moves the later ones to the new time, leaves the earlier ones alone', async () => {
    const { saved } = await tuesdaySeries(t);
    const preview: Occ[] = await t.call('series.previewEdit', {
      seriesId: saved.id,
      date: '2026-12-22',
      scope: 'following',
      action: 'change',
      changes: { startTime: '12:30', endTime: '13:30' },
    });
    expect(preview.map((o) => [o.date, o.status])).toEqual([
      ['2026-12-22', 'free'],
      ['2026-12-29', 'free'],
      ['2027-01-05', 'free'],
    ]);
    const tail = await editSeries(t, {
      seriesId: saved.id,
      date: '2026-12-22',
      scope: 'following',
      action: 'change',
      changes: { startTime: '12:30', endTime: '13:30' },
    });
    expect(tail.id).not.toBe(saved.id);
    expect(tail.occurrences.map((o: Occ) => o.start)).toEqual(['2026-12-22T12:30', '2026-12-29T12:30', '2027-01-05T12:30']);
    const head = await t.call('series.get', { id: saved.id });
    expect(head.occurrences.map((o: Occ) => o.start)).toEqual(['2026-12-01T12:00', '2026-12-08T12:00', '2026-12-15T12:00']);
  });

  it('the edit preview names a clash, and the edit is refused unless that date is skipped', async () => {
    const { saved, room, students } = await tuesdaySeries(t);
    const other = await t.call('bookings.create', booking(room.id, '2026-12-29T13:00', '2026-12-29T13:30', { audienceId: students.id, title: '新北郊中学' }));
    const edit = { seriesId: saved.id, date: '2026-12-01', scope: 'all', action: 'change', changes: { endTime: '13:30' } };
    const preview: Occ[] = await t.call('series.previewEdit', edit);
    expect(preview.find((o) => o.date === '2026-12-29')).toMatchObject({ status: 'clash' });
    expect((await editSeriesFails(t, edit)).details.code).toBe('booking.overlap');
    const done = await editSeries(t, { ...edit, decisions: [{ date: '2026-12-29', action: 'skip' }] });
    expect(done.occurrences.find((o: Occ) => o.date === '2026-12-29')).toMatchObject({ exception: 'skipped' });
    expect((await t.call('bookings.get', { id: other.id })).status).toBe('confirmed');
  });

  it('cancel all: future occurrences are cancelled and the rule ends', async () => {
    const { saved } = await tuesdaySeries(t);
    const after = await editSeries(t, { seriesId: saved.id, date: '2026-12-01', scope: 'all', action: 'cancel', reason: '合作结束' });
    expect(booked(after.occurrences)).toEqual([]);
    const bookings = await t.call('bookings.range', { from: '2026-12-01', to: '2027-01-10', includeCancelled: true });
    expect(bookings.every((b: { status: string }) => b.status === 'cancelled')).toBe(true);
  });

  it('a plan version switching mid-series: occurrences after the switch are checked against the new windows', async () => {
    const { room, windows, students, parents, xianda } = await readingRoom(t);
    // From 2027-01-04 the noon window belongs to parents.
    await t.call('plans.save', {
      spaceId: room.id,
      validFrom: '2027-01-04',
      windows: windows.map((w) => (w.audienceId === students.id ? { ...w, audienceId: parents.id } : w)),
    });
    const occ: Occ[] = await t.call('series.preview', {
      spaceId: room.id,
      startTime: '12:00',
      endTime: '13:00',
      title: '自修',
      audienceId: students.id,
      organisationId: xianda.id,
      rule: { freq: 'weekly', weekdays: [2], startDate: '2026-12-22', count: 4 },
    });
    expect(occ.map((o) => o.status)).toEqual(['free', 'free', 'outside_window', 'outside_window']);
  });
});
