import type { TestBackend } from './backend';
import { siteWithSpace } from './fixtures';

/**
 * A reading room with the staggered plan of 书香曲阳 from Monday 2026-09-07: residents
 * 08:00–11:30, students 12:00–13:30, parents 18:00–21:30 on weekdays.
 */
export async function readingRoom(t: TestBackend, space: Record<string, unknown> = {}) {
  const { site, space: room } = await siteWithSpace(t, { name: '阅读自修区', capacity: 40, ...space });
  const residents = await t.call('audiences.save', { name: '居民', color: '#4e79a7' });
  const students = await t.call('audiences.save', { name: '师生', color: '#f28e2b' });
  const parents = await t.call('audiences.save', { name: '家长', color: '#59a14f' });
  const xianda = await t.call('organisations.save', { name: '上外贤达经济人文学院', kind: 'university' });
  const windows = [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: '08:00', end: '11:30', audienceId: residents.id },
    { weekday, start: '12:00', end: '13:30', audienceId: students.id },
    { weekday, start: '18:00', end: '21:30', audienceId: parents.id },
  ]);
  const plan = await t.call('plans.save', { spaceId: room.id, validFrom: '2026-09-07', name: '秋季学期', windows });
  return { site, room, plan, residents, students, parents, xianda, windows };
}

/** Weekly on Tuesdays from 2026-12-01, six times, for 上外贤达 in the reading room ("today" is 2026-11-23). */
export async function tuesdaySeries(t: TestBackend) {
  const setup = await readingRoom(t);
  const series = {
    spaceId: setup.room.id,
    startTime: '12:00',
    endTime: '13:00',
    title: '贤达学院午间自修',
    audienceId: setup.students.id,
    organisationId: setup.xianda.id,
    headCount: 15,
    rule: { freq: 'weekly', weekdays: [2], startDate: '2026-12-01', count: 6 },
  };
  const saved = await t.call('series.create', { series });
  return { ...setup, series, saved };
}

/** An edit of a series as the plans screen makes it: from the series' current version. */
export async function editSeries(t: TestBackend, edit: Record<string, unknown> & { seriesId: number }) {
  const { version } = await t.call('series.get', { id: edit.seriesId });
  return t.call('series.applyEdit', { ...edit, version });
}

/** editSeries that is expected to be refused: the error envelope. */
export async function editSeriesFails(t: TestBackend, edit: Record<string, unknown> & { seriesId: number }) {
  const { version } = await t.call('series.get', { id: edit.seriesId });
  return t.fail('series.applyEdit', { ...edit, version });
}

/** Restore a skipped date from the series' current version. */
export async function restoreOccurrence(t: TestBackend, seriesId: number, date: string, fails = false) {
  const { version } = await t.call('series.get', { id: seriesId });
  return fails ? t.fail('series.restoreOccurrence', { seriesId, version, date }) : t.call('series.restoreOccurrence', { seriesId, version, date });
}
