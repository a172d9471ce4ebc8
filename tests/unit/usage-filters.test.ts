/** The off-peak view narrowed to one space and one audience, as the coordinator filters it. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { booking } from '../helpers/fixtures';
import { readingRoom } from '../helpers/plans';

const allWeek = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: '08:00', close: '22:00' }));

let t: TestBackend;
beforeEach(async () => {
  t = await testBackend();
});
afterEach(async () => {
  await t.close();
});

type Usage = {
  bySpace: { spaceId: number }[];
  byAudience: { audienceId: number; windowMinutes: number; usedMinutes: number }[];
  heatmap: { weekday: number; hour: number; windowMinutes: number; usedMinutes: number }[];
  idleWindows: { spaceId: number; audienceId: number; weekday: number; start: string }[];
};

it('one space and one audience: only that space’s windows for that audience are counted', async () => {
  const { room, site, students, residents, windows } = await readingRoom(t);
  // A second room in the same site with the same plan, fully used by students on Monday noon.
  const other = await t.call('spaces.save', { siteId: site.id, name: '小会议室', kind: 'room', capacity: 8, openingHours: allWeek });
  await t.call('plans.save', { spaceId: other.id, validFrom: '2026-09-07', windows });
  await t.call('bookings.create', booking(other.id, '2026-11-23T12:00', '2026-11-23T13:30', { audienceId: students.id }));
  await t.call('bookings.create', booking(room.id, '2026-11-24T12:00', '2026-11-24T12:30', { audienceId: students.id }));
  await t.call('bookings.create', booking(room.id, '2026-11-24T09:00', '2026-11-24T10:00', { audienceId: residents.id }));

  const all: Usage = await t.call('reports.usage', { from: '2026-11-23', to: '2026-11-30', siteId: site.id });
  expect(all.bySpace.map((s) => s.spaceId).sort()).toEqual([room.id, other.id].sort());

  const r: Usage = await t.call('reports.usage', { from: '2026-11-23', to: '2026-11-30', spaceId: room.id, audienceId: students.id });
  expect(r.bySpace.map((s) => s.spaceId)).toEqual([room.id]);
  // Five weekday noons of 90 minutes, 30 used on Tuesday; the residents' hour is not counted.
  expect(r.byAudience).toEqual([{ audienceId: students.id, windowMinutes: 450, usedMinutes: 30 }]);
  expect(r.idleWindows.every((w) => w.spaceId === room.id && w.audienceId === students.id)).toBe(true);
  expect(r.idleWindows).toHaveLength(5);
  // Only the noon hours have window time; Tuesday 12:00 is half used.
  expect(new Set(r.heatmap.map((c) => c.hour))).toEqual(new Set([12, 13]));
  expect(r.heatmap.find((c) => c.weekday === 2 && c.hour === 12)).toMatchObject({ windowMinutes: 60, usedMinutes: 30 });
});
