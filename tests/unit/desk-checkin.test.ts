import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { booking, siteWithSpace } from '../helpers/fixtures';

let t: TestBackend;
/** The desk's clock; tests move it forward. */
let clock: string;
beforeEach(async () => {
  clock = '2026-11-23T08:00';
  t = await testBackend({ now: () => clock });
});
afterEach(async () => {
  await t.close();
});

async function coordinator() {
  const op = await t.call('operators.save', { name: '李老师', role: 'coordinator' });
  await t.call('session.setOperator', { operatorId: op.id });
  return op;
}

describe('check-in', () => {
  it('checks a group in with one call, and can undo it', async () => {
    const { space } = await siteWithSpace(t);
    const b = await t.call('bookings.create', booking(space.id, '2026-11-23T09:00', '2026-11-23T10:00'));
    clock = '2026-11-23T08:55';
    expect((await t.call('bookings.checkIn', { id: b.id })).status).toBe('checked_in');
    expect((await t.call('bookings.checkIn', { id: b.id })).status).toBe('checked_in');
    expect((await t.call('bookings.undoCheckIn', { id: b.id })).status).toBe('confirmed');
    expect((await t.fail('bookings.undoCheckIn', { id: b.id })).details.code).toBe('checkin.not_checked_in');
  });

  it('refuses a booking of another day, a request not yet approved and a cancelled one', async () => {
    const { space } = await siteWithSpace(t);
    const tomorrow = await t.call('bookings.create', booking(space.id, '2026-11-24T09:00', '2026-11-24T10:00'));
    expect(await t.fail('bookings.checkIn', { id: tomorrow.id })).toMatchObject({
      kind: 'validation',
      details: { code: 'checkin.not_today', params: { date: '2026-11-24' } },
    });
    const cancelled = await t.call('bookings.create', booking(space.id, '2026-11-23T11:00', '2026-11-23T12:00'));
    await t.call('bookings.cancel', { id: cancelled.id });
    expect((await t.fail('bookings.checkIn', { id: cancelled.id })).details.code).toBe('checkin.cancelled');
    const hall = await siteWithSpace(t, { needsApproval: true });
    const request = await t.call('bookings.create', booking(hall.space.id, '2026-11-23T09:00', '2026-11-23T10:00'));
    expect((await t.fail('bookings.checkIn', { id: request.id })).details.code).toBe('checkin.not_approved');
  });
});

describe('no-shows', () => {
  it('a group not checked in 15 minutes after the start becomes a no-show; the contact history shows it', async () => {
    const { space } = await siteWithSpace(t);
    const c = await t.call('contacts.save', { name: '王先生', phone: '13800138002' });
    const late = await t.call('bookings.create', booking(space.id, '2026-11-23T09:00', '2026-11-23T10:00', { contactId: c.id }));
    const other = await siteWithSpace(t);
    const came = await t.call('bookings.create', booking(other.space.id, '2026-11-23T09:00', '2026-11-23T10:00'));
    clock = '2026-11-23T09:05';
    await t.call('bookings.checkIn', { id: came.id });
    clock = '2026-11-23T09:14';
    expect(await t.call('desk.markNoShows', {})).toEqual({ marked: [] });
    clock = '2026-11-23T09:15';
    expect(await t.call('desk.markNoShows', {})).toEqual({ marked: [late.id] });
    expect((await t.call('bookings.get', { id: came.id })).status).toBe('checked_in');
    const history = await t.call('contacts.history', { contactId: c.id });
    expect(history.counts).toMatchObject({ total: 1, noShow: 1 });
    expect(history.bookings[0]).toMatchObject({ id: late.id, status: 'no_show' });
    // Running it again marks nothing more; a no-show who turns up late can still be checked in.
    expect(await t.call('desk.markNoShows', {})).toEqual({ marked: [] });
    expect((await t.call('bookings.checkIn', { id: late.id })).status).toBe('checked_in');
  });

  it('follows the grace period from the settings, which only a coordinator may change', async () => {
    const { space } = await siteWithSpace(t);
    const b = await t.call('bookings.create', booking(space.id, '2026-11-23T09:00', '2026-11-23T10:00'));
    expect(await t.call('settings.get', {})).toEqual({ noShowGraceMinutes: 15 });
    const li = await coordinator();
    const desk = await t.call('operators.save', { name: '小王', role: 'desk' });
    await t.call('session.setOperator', { operatorId: desk.id });
    expect((await t.fail('settings.save', { noShowGraceMinutes: 30 })).kind).toBe('permission');
    await t.call('session.setOperator', { operatorId: li.id });
    expect(await t.call('settings.save', { noShowGraceMinutes: 30 })).toEqual({ noShowGraceMinutes: 30 });
    expect((await t.fail('settings.save', { noShowGraceMinutes: 1 })).details.fields[0]).toMatchObject({ path: 'noShowGraceMinutes', code: 'min' });
    clock = '2026-11-23T09:20';
    expect((await t.call('desk.markNoShows', {})).marked).toEqual([]);
    clock = '2026-11-23T09:30';
    expect((await t.call('desk.markNoShows', {})).marked).toEqual([b.id]);
    const log = await t.call('audit.list', { action: 'no_show' });
    expect(log.rows.map((r: { entityId: number }) => r.entityId)).toEqual([b.id]);
  });

  it('leaves requests and bookings of more than a week ago alone, and can be limited to one site', async () => {
    const { space } = await siteWithSpace(t);
    clock = '2026-11-10T08:00';
    const old = await t.call('bookings.create', booking(space.id, '2026-11-10T09:00', '2026-11-10T10:00'));
    const hall = await siteWithSpace(t, { needsApproval: true });
    await t.call('bookings.create', booking(hall.space.id, '2026-11-23T09:00', '2026-11-23T10:00'));
    const other = await siteWithSpace(t);
    const elsewhere = await t.call('bookings.create', booking(other.space.id, '2026-11-23T09:00', '2026-11-23T10:00'));
    clock = '2026-11-23T11:00';
    expect(await t.call('desk.markNoShows', { siteId: hall.site.id })).toEqual({ marked: [] });
    expect(await t.call('desk.markNoShows', {})).toEqual({ marked: [elsewhere.id] });
    expect((await t.call('bookings.get', { id: old.id })).status).toBe('confirmed');
  });

  it('the history of a contact deleted meanwhile is refused clearly', async () => {
    const c = await t.call('contacts.save', { name: '赵女士', phone: '021-65432100' });
    await t.call('contacts.delete', { id: c.id });
    expect((await t.fail('contacts.history', { contactId: c.id })).details.code).toBe('contact.not_found');
  });
});

describe('desk.today', () => {
  it('shows per space what runs now, what is next and who is late', async () => {
    const { site, space } = await siteWithSpace(t, { name: '活动室' });
    const room2 = await t.call('spaces.save', { siteId: site.id, name: '阅览室', kind: 'reading_room', capacity: 10, openingHours: [{ weekday: 2, open: '09:00', close: '17:00' }] });
    const running = await t.call('bookings.create', booking(space.id, '2026-11-23T09:00', '2026-11-23T10:00', { title: '太极' }));
    const next = await t.call('bookings.create', booking(space.id, '2026-11-23T11:00', '2026-11-23T12:00', { title: '书法' }));
    await t.call('bookings.create', booking(space.id, '2026-11-23T14:00', '2026-11-23T15:00'));
    clock = '2026-11-23T09:05';
    await t.call('bookings.checkIn', { id: running.id });
    const late = await t.call('bookings.create', booking(room2.id, '2026-11-24T09:00', '2026-11-24T10:00'));
    clock = '2026-11-24T09:10';
    const tuesday = await t.call('desk.today', { siteId: site.id });
    expect(tuesday.date).toBe('2026-11-24');
    const reading = tuesday.spaces.find((s: { spaceId: number }) => s.spaceId === room2.id);
    expect(reading).toMatchObject({ open: '09:00', close: '17:00', closed: null });
    expect(reading.late.map((b: { id: number }) => b.id)).toEqual([late.id]);
    const monday = await t.call('desk.today', { siteId: site.id, date: '2026-11-23' });
    const room = monday.spaces.find((s: { spaceId: number }) => s.spaceId === space.id);
    expect(room.bookings).toHaveLength(3);
    expect(monday.spaces.find((s: { spaceId: number }) => s.spaceId === room2.id).open).toBeNull();
    clock = '2026-11-23T09:30';
    const now = await t.call('desk.today', { siteId: site.id });
    const col = now.spaces.find((s: { spaceId: number }) => s.spaceId === space.id);
    expect(col.current.map((b: { id: number }) => b.id)).toEqual([running.id]);
    expect(col.next.id).toBe(next.id);
    expect(col.late).toEqual([]);
    expect(now.graceMinutes).toBe(15);
  });
});
