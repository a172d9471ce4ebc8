/**
 * Every date and time anywhere in the contract, nested ones included, passes the same
 * strict checks: the exact shape (no seconds), a day that exists, a sane year, and a
 * start before its end. Nothing that fails them is stored.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { booking, siteWithSpace } from '../helpers/fixtures';
import { editSeriesFails, readingRoom } from '../helpers/plans';

let t: TestBackend;
beforeEach(async () => {
  t = await testBackend();
});
afterEach(async () => {
  await t.close();
});

describe('dates that do not exist', () => {
  it('2026-02-30, 2026-04-31 and 2026-02-29 are refused in words; 2028-02-29 is a leap day and books', async () => {
    const { space } = await siteWithSpace(t);
    for (const day of ['2026-02-30', '2026-04-31', '2026-02-29']) {
      const err = await t.fail('bookings.create', booking(space.id, `${day}T10:00`, `${day}T11:00`));
      expect(err.kind).toBe('validation');
      expect(err.details.fields[0]).toMatchObject({ path: 'start', code: 'date_invalid' });
    }
    await t.call('bookings.create', booking(space.id, '2028-02-29T10:00', '2028-02-29T11:00'));
    const rows = await t.call('bookings.range', { from: '2026-01-01', to: '2029-01-01' });
    expect(rows.map((b: { start: string }) => b.start)).toEqual(['2028-02-29T10:00']);
  });

  it('years 0000 and 9999 are refused, and say which years are allowed', async () => {
    const { space } = await siteWithSpace(t);
    for (const year of ['0000', '9999', '1999']) {
      const err = await t.fail('bookings.create', booking(space.id, `${year}-06-01T10:00`, `${year}-06-01T11:00`));
      expect(err.details.fields[0]).toMatchObject({ path: 'start', code: 'date_out_of_range', params: { min: 2000, max: 2100 } });
    }
    expect((await t.fail('bookings.range', { from: '2026-02-30', to: '2026-03-02' })).details.fields[0].code).toBe('date_invalid');
    expect((await t.fail('closures.list', { from: '9999-01-01' })).details.fields[0].code).toBe('date_out_of_range');
  });
});

describe('times inside series decisions', () => {
  const rule = { freq: 'weekly', weekdays: [3], startDate: '2026-12-02', count: 3 };

  it('a moved date with seconds is refused at the decision, and nothing is stored', async () => {
    const { room, students } = await readingRoom(t);
    const series = { spaceId: room.id, startTime: '12:00', endTime: '13:00', title: '午间自修', audienceId: students.id, rule };
    const err = await t.fail('series.create', {
      series,
      decisions: [{ date: '2026-12-02', action: 'move', start: '2026-12-02T12:00:00', end: '2026-12-02T13:00' }],
    });
    expect(err.kind).toBe('validation');
    expect(err.details.fields[0]).toMatchObject({ path: 'decisions.0.start', code: 'datetime' });
    expect(await t.call('series.list', {})).toEqual([]);
    // The time a stored "12:00:00" would have blocked by string order stays bookable.
    await t.call('bookings.create', booking(room.id, '2026-12-02T13:00', '2026-12-02T13:30', { audienceId: students.id }));
  });

  it('a move needs both times, the start before the end, and an edit cannot end before it starts', async () => {
    const { room, students } = await readingRoom(t);
    const series = { spaceId: room.id, startTime: '12:00', endTime: '13:00', title: '午间自修', audienceId: students.id, rule };
    const noEnd = await t.fail('series.create', { series, decisions: [{ date: '2026-12-02', action: 'move', start: '2026-12-02T12:00' }] });
    expect(noEnd.details.fields[0]).toMatchObject({ path: 'decisions.0.start', code: 'required' });
    const backwards = await t.fail('series.create', {
      series,
      decisions: [{ date: '2026-12-02', action: 'move', start: '2026-12-02T13:00', end: '2026-12-02T12:00' }],
    });
    expect(backwards.details.fields[0]).toMatchObject({ path: 'decisions.0.end', code: 'start_before_end' });
    const saved = await t.call('series.create', { series });
    const edit = { seriesId: saved.id, date: '2026-12-09', scope: 'all', action: 'change' };
    const late = await editSeriesFails(t, { ...edit, changes: { startTime: '14:00' } });
    expect(late.details.fields[0]).toMatchObject({ path: 'changes.startTime', code: 'start_before_end' });
    const both = await t.fail('series.previewEdit', { ...edit, changes: { startTime: '14:00', endTime: '13:00' } });
    expect(both.details.fields[0]).toMatchObject({ path: 'changes.endTime', code: 'start_before_end' });
  });
});
