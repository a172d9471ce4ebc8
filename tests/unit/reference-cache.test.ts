/**
 * The booking checks read spaces, plans, holidays and closures from memory. These tests
 * prove the copy never goes stale: not after a change in the app, not after a change
 * made by another desk on the same file or server, and not after a change that was rolled back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../../electron/main/backend';
import { savePlan } from '../../electron/main/db/repos/plans';
import { referenceData, referenceStamp } from '../../electron/main/db/repos/reference';
import { spaceDays } from '../../electron/main/services/rules/space-days';
import { testBackend, type TestBackend } from '../helpers/backend';
import { booking } from '../helpers/fixtures';
import { readingRoom } from '../helpers/plans';

const open: TestBackend[] = [];
afterEach(async () => {
  for (const b of open.splice(0)) await b.close();
});
async function backend(target?: DatabaseTarget) {
  const b = await testBackend(target ? { target } : {});
  open.push(b);
  return b;
}

describe('reference data kept in memory', () => {
  it('a closure saved by another desk on the same file refuses the next booking at this desk', async () => {
    const desk1 = await backend();
    const { room, residents } = await readingRoom(desk1);
    const desk2 = await backend(desk1.target);
    // Desk 1 books, so its copy of the reference data is loaded and in use.
    await desk1.call('bookings.create', booking(room.id, '2026-11-24T08:00', '2026-11-24T09:00', { audienceId: residents.id }));
    await desk2.call('closures.save', {
      closure: { spaceId: room.id, siteId: null, firstDay: '2026-11-25', lastDay: '2026-11-25', reason: '换届选举' },
    });
    const err = await desk1.fail('bookings.create', booking(room.id, '2026-11-25T08:00', '2026-11-25T09:00', { audienceId: residents.id }));
    expect(err.details.code).toBe('plans.closure');
  });

  it('a partner group added at another desk can be booked here at once; an unknown one is refused', async () => {
    const desk1 = await backend();
    const { room, residents } = await readingRoom(desk1);
    await desk1.call('bookings.create', booking(room.id, '2026-11-24T08:00', '2026-11-24T09:00', { audienceId: residents.id }));
    const desk2 = await backend(desk1.target);
    const team = await desk2.call('organisations.save', { name: '社区足球队', kind: 'sports' });
    const ok = await desk1.call('bookings.create', booking(room.id, '2026-11-24T09:00', '2026-11-24T10:00', { audienceId: residents.id, organisationId: team.id }));
    expect(ok.organisationId).toBe(team.id);
    const err = await desk1.fail('bookings.create', booking(room.id, '2026-11-24T10:00', '2026-11-24T11:00', { audienceId: residents.id, organisationId: team.id + 100 }));
    expect(err.details.code).toBe('organisation.not_found');
  });

  it('a renamed space is named so in the next clash message', async () => {
    const t = await backend();
    const { room, residents } = await readingRoom(t);
    await t.call('bookings.create', booking(room.id, '2026-11-24T08:00', '2026-11-24T09:00', { audienceId: residents.id, title: '太极' }));
    await t.call('spaces.save', { ...room, name: '书香曲阳阅览室' });
    const clash = await t.fail('bookings.create', booking(room.id, '2026-11-24T08:30', '2026-11-24T09:30', { audienceId: residents.id }));
    expect(clash.details.conflicts[0].spaceName).toBe('书香曲阳阅览室');
  });

  it('a plan change that was rolled back is forgotten, even after it was read inside its transaction', async () => {
    const t = await backend();
    const { room, residents, students } = await readingRoom(t);
    const before = await referenceStamp(t.conn.db);
    await expect(
      t.conn.transaction(async (tx) => {
        await savePlan(tx, { spaceId: room.id, validFrom: '2026-11-23', name: '试行', nameEn: '', windows: [{ weekday: 2, start: '08:00', end: '21:00', audienceId: students.id, organisationId: null, maxPerWeek: null, maxHeadCount: null }] });
        const inside = await spaceDays(tx, [room.id], '2026-11-24', '2026-11-25');
        expect(inside[0].windows).toHaveLength(1);
        throw new Error('cancelled by the coordinator');
      }),
    ).rejects.toThrow('cancelled');
    expect(await referenceStamp(t.conn.db)).toBe(before);
    const [day] = await spaceDays(t.conn.db, [room.id], '2026-11-24', '2026-11-25');
    expect(day.windows.map((w) => w.audienceId)).toEqual([residents.id, students.id, expect.any(Number)]);
    // The morning is still the residents' window, so the booking goes through.
    await t.call('bookings.create', booking(room.id, '2026-11-24T08:00', '2026-11-24T09:00', { audienceId: residents.id }));
  });

  it('every write to a watched table gives a new stamp; a booking does not', async () => {
    const t = await backend();
    const { room, residents } = await readingRoom(t);
    const s1 = (await referenceData(t.conn.db)).stamp;
    await t.call('bookings.create', booking(room.id, '2026-11-24T08:00', '2026-11-24T09:00', { audienceId: residents.id }));
    expect((await referenceData(t.conn.db)).stamp).toBe(s1);
    await t.call('holidayPolicies.save', { siteId: room.siteId, mode: 'closed' });
    const s2 = (await referenceData(t.conn.db)).stamp;
    expect(s2).not.toBe(s1);
    expect((await referenceData(t.conn.db)).policies.get(room.siteId)?.mode).toBe('closed');
  });
});
