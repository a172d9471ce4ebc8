import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { booking, operators, siteWithSpace } from '../helpers/fixtures';

let t: TestBackend;
beforeEach(async () => {
  t = await testBackend();
});
afterEach(async () => {
  await t.close();
});

describe('approvals', () => {
  it('a space that needs approval creates a request that waits in the queue', async () => {
    const { space } = await siteWithSpace(t, { name: '周六议事厅', needsApproval: true });
    const b = await t.call('bookings.create', booking(space.id, '2026-11-28T14:00', '2026-11-28T16:00', { title: '居民议事会' }));
    expect(b.status).toBe('requested');
    const queue = await t.call('approvals.list', {});
    expect(queue).toEqual([expect.objectContaining({ id: b.id, title: '居民议事会', spaceName: '周六议事厅', siteName: '测试驿站' })]);
  });

  it('a coordinator approves; the audit names who did it; the request leaves the queue', async () => {
    const { space } = await siteWithSpace(t, { needsApproval: true });
    const { coordinator } = await operators(t);
    const b = await t.call('bookings.create', booking(space.id, '2026-11-28T14:00', '2026-11-28T16:00'));
    await t.call('session.setOperator', { operatorId: coordinator.id });
    const approved = await t.call('bookings.approve', { id: b.id });
    expect(approved.status).toBe('confirmed');
    expect(await t.call('approvals.list', {})).toEqual([]);
    const log = await t.call('audit.list', { entity: 'booking', action: 'approve' });
    expect(log.rows).toEqual([expect.objectContaining({ entityId: b.id, operatorName: '李老师', operatorId: coordinator.id })]);
    expect(log.rows[0].before.status).toBe('requested');
    expect(log.rows[0].after.status).toBe('confirmed');
  });

  it('the desk cannot approve, and nobody can without choosing who is at the desk', async () => {
    const { space } = await siteWithSpace(t, { needsApproval: true });
    const { desk } = await operators(t);
    const b = await t.call('bookings.create', booking(space.id, '2026-11-28T14:00', '2026-11-28T16:00'));
    expect((await t.fail('bookings.approve', { id: b.id })).details.code).toBe('operator.required');
    await t.call('session.setOperator', { operatorId: desk.id });
    const err = await t.fail('bookings.approve', { id: b.id });
    expect(err).toMatchObject({ kind: 'permission', details: { code: 'operator.coordinator_only' } });
    expect((await t.call('bookings.get', { id: b.id })).status).toBe('requested');
  });

  it('declining needs a reason, frees the slot and keeps the reason in the contact history', async () => {
    const { space } = await siteWithSpace(t, { needsApproval: true });
    const { coordinator } = await operators(t);
    const c = await t.call('contacts.save', { name: '张阿姨', phone: '13800138001' });
    const b = await t.call('bookings.create', booking(space.id, '2026-11-28T14:00', '2026-11-28T16:00', { contactId: c.id }));
    await t.call('session.setOperator', { operatorId: coordinator.id });
    const noReason = await t.fail('bookings.decline', { id: b.id, reason: ' ' });
    expect(noReason.details.fields[0]).toMatchObject({ path: 'reason', code: 'required' });
    const declined = await t.call('bookings.decline', { id: b.id, reason: '当天已安排社区活动' });
    expect(declined.status).toBe('cancelled');
    await t.call('bookings.create', booking(space.id, '2026-11-28T14:00', '2026-11-28T16:00'));
    const history = await t.call('contacts.history', { contactId: c.id });
    expect(history.bookings).toEqual([expect.objectContaining({ id: b.id, status: 'cancelled', cancelReason: '当天已安排社区活动' })]);
    expect(history.counts).toMatchObject({ total: 1, cancelled: 1 });
  });

  it('a booking that is not waiting (already approved) cannot be approved or declined again', async () => {
    const { space } = await siteWithSpace(t, { needsApproval: true });
    const { coordinator } = await operators(t);
    const b = await t.call('bookings.create', booking(space.id, '2026-11-28T14:00', '2026-11-28T16:00'));
    await t.call('session.setOperator', { operatorId: coordinator.id });
    await t.call('bookings.approve', { id: b.id });
    expect((await t.fail('bookings.approve', { id: b.id })).details.code).toBe('approval.not_requested');
    expect((await t.fail('bookings.decline', { id: b.id, reason: '重复' })).details.code).toBe('approval.not_requested');
    expect((await t.fail('bookings.approve', { id: 999 })).details.code).toBe('booking.not_found');
  });

  it('the queue can be narrowed to one site and leaves out requests that are over', async () => {
    const a = await siteWithSpace(t, { needsApproval: true });
    const other = await siteWithSpace(t, { needsApproval: true });
    const mine = await t.call('bookings.create', booking(a.space.id, '2026-11-28T14:00', '2026-11-28T16:00'));
    await t.call('bookings.create', booking(other.space.id, '2026-11-28T14:00', '2026-11-28T16:00'));
    await t.call('bookings.create', booking(a.space.id, '2026-11-23T08:00', '2026-11-23T08:30'));
    const queue = await t.call('approvals.list', { siteId: a.site.id });
    expect(queue.map((q: { id: number }) => q.id)).toEqual([mine.id]);
  });
});
