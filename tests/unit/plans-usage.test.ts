import { describe, expect, it } from 'vitest';
import { testBackend } from '../helpers/backend';
import { booking } from '../helpers/fixtures';
import { readingRoom } from '../helpers/plans';
import { coveredMinutes } from '../../electron/main/services/reports/usage';

describe('off-peak usage', () => {
  it('counts overlapping bookings in a shared room once', () => {
    expect(coveredMinutes([[600, 660], [630, 700], [800, 900]], 600, 840)).toBe(140);
  });

  it('reports used and idle window time per space, audience and weekday × hour, most idle first', async () => {
    const t = await testBackend();
    try {
      const { room, students, residents, parents } = await readingRoom(t);
      // Week of 2026-11-23: students use Monday noon fully, residents one hour on Tuesday.
      await t.call('bookings.create', booking(room.id, '2026-11-23T12:00', '2026-11-23T13:30', { audienceId: students.id }));
      await t.call('bookings.create', booking(room.id, '2026-11-24T09:00', '2026-11-24T10:00', { audienceId: residents.id }));
      const r = await t.call('reports.usage', { from: '2026-11-23', to: '2026-11-30' });
      const aud = new Map(r.byAudience.map((a: { audienceId: number }) => [a.audienceId, a]));
      expect(aud.get(students.id)).toEqual({ audienceId: students.id, windowMinutes: 5 * 90, usedMinutes: 90 });
      expect(aud.get(residents.id)).toMatchObject({ windowMinutes: 5 * 210, usedMinutes: 60 });
      expect(aud.get(parents.id)).toMatchObject({ usedMinutes: 0 });
      expect(r.bySpace).toEqual([{ spaceId: room.id, spaceName: '阅读自修区', windowMinutes: 5 * (210 + 90 + 210), usedMinutes: 150 }]);
      expect(r.heatmap.find((c: { weekday: number; hour: number }) => c.weekday === 1 && c.hour === 12)).toMatchObject({ windowMinutes: 60, usedMinutes: 60 });
      // Wholly idle 3.5-hour windows come first (residents' mornings and parents' evenings tie).
      expect(r.idleWindows[0]).toMatchObject({ usedMinutes: 0, windowMinutes: 210 });
      expect(r.idleWindows.some((w: { audienceId: number }) => w.audienceId === parents.id)).toBe(true);
      expect(r.idleWindows.find((w: { weekday: number; audienceId: number }) => w.weekday === 1 && w.audienceId === students.id).usedMinutes).toBe(90);
    } finally {
      await t.close();
    }
  });
});
