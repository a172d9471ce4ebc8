import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { booking, siteWithSpace } from '../helpers/fixtures';

let t: TestBackend;
let clock: string;
beforeEach(async () => {
  clock = '2026-11-23T09:00';
  t = await testBackend({ now: () => clock });
});
afterEach(async () => {
  await t.close();
});

describe('the audit log', () => {
  it('the coordinator reads it newest first, filtered by operator, entity, action and dates, a page at a time', async () => {
    const wang = await t.call('operators.save', { name: '小王', role: 'desk' });
    const li = await t.call('operators.save', { name: '李老师', role: 'coordinator' });
    // The coordinator sets up the site; the desk books.
    await t.call('session.setOperator', { operatorId: li.id });
    const { space } = await siteWithSpace(t);
    await t.call('session.setOperator', { operatorId: wang.id });
    clock = '2026-11-24T10:00';
    const b = await t.call('bookings.create', booking(space.id, '2026-11-25T10:00', '2026-11-25T11:00'));
    await t.call('bookings.cancel', { id: b.id, reason: '改期' });
    clock = '2026-11-25T10:00';
    await t.call('session.setOperator', { operatorId: li.id });
    await t.call('contacts.save', { name: '周先生', phone: '13800138010' });

    const all = await t.call('audit.list', {});
    expect(all.rows[0]).toMatchObject({ entity: 'contact', action: 'create', operatorName: '李老师' });
    expect(all.total).toBe(all.rows.length);
    const byWang = await t.call('audit.list', { operatorId: wang.id });
    expect(byWang.rows.map((r: { entity: string; action: string }) => `${r.entity}.${r.action}`)).toEqual(['booking.cancel', 'booking.create']);
    const byLi = await t.call('audit.list', { operatorId: li.id });
    expect(byLi.rows.map((r: { entity: string; action: string }) => `${r.entity}.${r.action}`)).toEqual(['contact.create', 'space.create', 'site.create']);
    const cancels = await t.call('audit.list', { entity: 'booking', action: 'cancel' });
    expect(cancels.rows).toEqual([expect.objectContaining({ entityId: b.id, at: '2026-11-24T10:00' })]);
    expect(cancels.rows[0].after.status).toBe('cancelled');
    const tuesday = await t.call('audit.list', { from: '2026-11-24', to: '2026-11-25' });
    expect(tuesday.total).toBe(2);
    const page = await t.call('audit.list', { operatorId: li.id, offset: 1, limit: 2 });
    expect(page.total).toBe(3);
    expect(page.rows.map((r: { entity: string }) => r.entity)).toEqual(['space', 'site']);
    expect((await t.call('audit.list', { entity: 'booking', entityId: b.id })).total).toBe(2);
  });

  it('is refused to the desk role', async () => {
    const li = await t.call('operators.save', { name: '李老师', role: 'coordinator' });
    await t.call('session.setOperator', { operatorId: li.id });
    const wang = await t.call('operators.save', { name: '小王', role: 'desk' });
    await t.call('session.setOperator', { operatorId: wang.id });
    expect(await t.fail('audit.list', {})).toMatchObject({ kind: 'permission', details: { code: 'operator.coordinator_only' } });
  });
});
