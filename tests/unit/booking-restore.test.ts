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

/** Every column as the database holds it, for "exactly as it was". */
async function row(id: number): Promise<Record<string, unknown>> {
  return (await t.conn.db.selectFrom('bookings').selectAll().where('id', '=', id).executeTakeFirstOrThrow()) as Record<string, unknown>;
}

describe('undoing a cancellation', () => {
  it('restores the same row with every field and the status it had, and audits both steps', async () => {
    const { space } = await siteWithSpace(t, { capacity: 20 });
    const contact = await t.call('contacts.save', { name: '陈女士', phone: '13800138123' });
    const org = await t.call('organisations.save', { name: '英语角' });
    const { desk } = await operators(t);
    await t.call('session.setOperator', { operatorId: desk.id });
    const made = await t.call('bookings.create', booking(space.id, '2026-11-28T14:00', '2026-11-28T16:00', {
      title: '英语角活动',
      contactId: contact.id,
      organisationId: org.id,
      headCount: 12,
      note: '自带茶歇',
    }));
    const before = await row(made.id);
    const cancelled = await t.call('bookings.cancel', { id: made.id, version: made.version, reason: '天气原因' });
    expect(await row(made.id)).toMatchObject({ status: 'cancelled', cancel_reason: '天气原因' });

    const restored = await t.call('bookings.restore', { id: made.id, version: cancelled.version });
    expect(restored.id).toBe(made.id);
    const after = await row(made.id);
    // The same booking, everything as it was; only the version and time of the change move on.
    const { version: v0, updated_at: u0, ...was } = before;
    const { version: v1, updated_at: u1, ...now } = after;
    expect(now).toEqual(was);
    expect(v1).toBeGreaterThan(v0 as number);
    expect([u0, u1]).toHaveLength(2);

    const log = (await t.conn.db
      .selectFrom('audit_log')
      .select(['action', 'operator_id as operatorId', 'before', 'after'])
      .where('entity', '=', 'booking')
      .where('entity_id', '=', made.id)
      .orderBy('id')
      .execute()) as { action: string; operatorId: number; before: string; after: string }[];
    expect(log.map((r) => [r.action, r.operatorId])).toEqual([
      ['create', desk.id],
      ['cancel', desk.id],
      ['restore', desk.id],
    ]);
    expect(JSON.parse(log[2].before)).toMatchObject({ status: 'cancelled' });
    expect(JSON.parse(log[2].after)).toMatchObject({ status: 'confirmed', title: '英语角活动' });
  });

  it('says what took the slot meanwhile, and leaves the booking cancelled', async () => {
    const { space } = await siteWithSpace(t);
    const made = await t.call('bookings.create', booking(space.id, '2026-11-28T14:00', '2026-11-28T16:00', { title: '亲子烘焙' }));
    const cancelled = await t.call('bookings.cancel', { id: made.id, reason: '改期' });
    const taker = await t.call('bookings.create', booking(space.id, '2026-11-28T15:00', '2026-11-28T17:00', { title: '布艺手作课' }));
    const err = await t.fail('bookings.restore', { id: made.id, version: cancelled.version });
    expect(err.kind).toBe('conflict');
    expect(err.details.code).toBe('booking.overlap');
    expect(err.details.params).toMatchObject({ title: '布艺手作课', start: '2026-11-28 15:00' });
    expect(err.details.conflicts).toEqual([expect.objectContaining({ bookingId: taker.id, title: '布艺手作课' })]);
    expect(await row(made.id)).toMatchObject({ status: 'cancelled', cancel_reason: '改期', version: cancelled.version });
  });

  it('a request comes back as a request; a booking changed since, or not cancelled, is refused', async () => {
    const { space } = await siteWithSpace(t, { needsApproval: true });
    const made = await t.call('bookings.create', booking(space.id, '2026-11-28T14:00', '2026-11-28T16:00'));
    expect(made.status).toBe('requested');
    const notCancelled = await t.fail('bookings.restore', { id: made.id, version: made.version });
    expect(notCancelled.details.code).toBe('booking.not_cancelled');
    const cancelled = await t.call('bookings.cancel', { id: made.id, reason: '人数不足' });
    const stale = await t.fail('bookings.restore', { id: made.id, version: made.version });
    expect(stale.details.code).toMatch(/^edit\.stale/);
    expect((await t.call('bookings.restore', { id: made.id, version: cancelled.version })).status).toBe('requested');
  });

  it('the waitlist no longer offers a slot whose cancellation was undone', async () => {
    const { site, space } = await siteWithSpace(t);
    const contact = await t.call('contacts.save', { name: '王阿姨', phone: '13800138003' });
    const made = await t.call('bookings.create', booking(space.id, '2026-11-28T14:00', '2026-11-28T16:00'));
    await t.call('waitlist.add', { siteId: site.id, spaceId: space.id, contactId: contact.id, from: '2026-11-28', to: '2026-11-29', durationMinutes: 120, headCount: 2 });
    const cancelled = await t.call('bookings.cancel', { id: made.id, reason: '改期' });
    expect(await t.call('waitlist.offers', { siteId: site.id })).toHaveLength(1);
    await t.call('bookings.restore', { id: made.id, version: cancelled.version });
    expect(await t.call('waitlist.offers', { siteId: site.id })).toEqual([]);
  });
});
