/**
 * What `npm run fuzz` found, one story each: a series or plan naming something that is
 * not there, a plan version moved to another space, a late no-show checked in over the
 * booking that took its slot, a space changed under bookings still to come, and a usage
 * report without bounds. Each is refused in words and nothing is written.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { booking, siteWithSpace } from '../helpers/fixtures';
import { readingRoom } from '../helpers/plans';

let t: TestBackend;
beforeEach(async () => {
  t = await testBackend();
});
afterEach(async () => {
  await t.close();
});

describe('what the fuzzer found', () => {
  it('a series naming a contact, group or audience that does not exist is refused, and no series row is left', async () => {
    const { space } = await siteWithSpace(t);
    const series = { spaceId: space.id, startTime: '09:00', endTime: '10:00', title: '周二活动', rule: { freq: 'weekly', weekdays: [2], startDate: '2026-12-01', count: 1 } };
    expect((await t.fail('series.create', { series: { ...series, contactId: 999 } })).details.code).toBe('contact.not_found');
    expect((await t.fail('series.create', { series: { ...series, organisationId: 999 } })).details.code).toBe('organisation.not_found');
    // A rule that gives no date at all still names a real space.
    const none = { ...series, spaceId: 999, rule: { ...series.rule, until: '2026-11-30', count: null } };
    expect((await t.fail('series.create', { series: none })).details.code).toBe('space.not_found');
    expect(await t.call('series.list', {})).toEqual([]);
  });

  it('a plan whose window names an unknown audience or group is refused; a version stays with its space', async () => {
    const { room, residents, plan } = await readingRoom(t);
    const window = { weekday: 1, start: '09:00', end: '10:00', audienceId: residents.id };
    expect((await t.fail('plans.save', { spaceId: room.id, validFrom: '2027-03-01', windows: [{ ...window, audienceId: 999 }] })).details.code).toBe('audience.not_found');
    expect((await t.fail('plans.save', { spaceId: room.id, validFrom: '2027-03-01', windows: [{ ...window, organisationId: 999 }] })).details.code).toBe('organisation.not_found');
    const other = await t.call('spaces.save', { siteId: room.siteId, name: '会议室', kind: 'room', capacity: 10 });
    const moved = await t.fail('plans.save', { ...plan, spaceId: other.id });
    expect(moved.details.code).toBe('plans.other_space');
    expect(await t.call('plans.list', { spaceId: other.id })).toEqual([]);
  });

  it('a late no-show cannot be checked in over the booking that took its freed slot', async () => {
    const { space } = await siteWithSpace(t);
    const late = await t.call('bookings.create', booking(space.id, '2026-11-23T08:00', '2026-11-23T09:00', { title: '迟到的小组' }));
    await t.call('desk.markNoShows', {});
    expect((await t.call('bookings.get', { id: late.id })).status).toBe('no_show');
    await t.call('bookings.create', booking(space.id, '2026-11-23T08:00', '2026-11-23T09:00', { title: '接替的小组' }));
    const err = await t.fail('bookings.checkIn', { id: late.id });
    expect(err).toMatchObject({ kind: 'conflict', details: { code: 'booking.overlap', params: { title: '接替的小组' } } });
    expect((await t.call('bookings.get', { id: late.id })).status).toBe('no_show');
  });

  it('a smaller capacity or exclusive use is refused while bookings to come would clash; bookings already over do not count', async () => {
    const { space } = await siteWithSpace(t, { mode: 'shared', capacity: 10 });
    await t.call('bookings.create', booking(space.id, '2026-11-20T10:00', '2026-11-20T11:00', { headCount: 8 }));
    await t.call('bookings.create', booking(space.id, '2026-11-25T10:00', '2026-11-25T12:00', { headCount: 4, title: '书法班' }));
    await t.call('bookings.create', booking(space.id, '2026-11-25T11:00', '2026-11-25T12:00', { headCount: 4, title: '棋社' }));
    const smaller = await t.fail('spaces.save', { ...space, capacity: 6 });
    expect(smaller.kind).toBe('conflict');
    expect(smaller.details).toMatchObject({ code: 'space.change_breaks_bookings', params: { count: 2 } });
    expect(smaller.details.conflicts.map((c: { title: string }) => c.title).sort()).toEqual(['书法班', '棋社']);
    expect((await t.fail('spaces.save', { ...space, mode: 'exclusive' })).details.code).toBe('space.change_breaks_bookings');
    expect((await t.call('spaces.get', { id: space.id })).capacity).toBe(10);
    // 8 people last week do not stop a capacity of 8 now.
    expect((await t.call('spaces.save', { ...space, capacity: 8 })).capacity).toBe(8);
  });

  it('a usage report covers at most five years', async () => {
    const err = await t.fail('reports.usage', { from: '2020-01-01', to: '2026-01-02' });
    expect(err.details.fields[0]).toMatchObject({ path: 'to', code: 'report_too_long' });
    await t.call('reports.usage', { from: '2022-01-01', to: '2026-01-01' });
  });
});
