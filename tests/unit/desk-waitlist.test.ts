import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { booking, siteWithSpace } from '../helpers/fixtures';

let t: TestBackend;
beforeEach(async () => {
  t = await testBackend();
});
afterEach(async () => {
  await t.close();
});

/** A baking corner booked all Saturday afternoon, and a resident who waits for it. */
async function fullSaturday() {
  const { site, space } = await siteWithSpace(t, { name: '烘焙区', kind: 'kitchen', capacity: 8, amenities: ['烤箱'] });
  const taken = await t.call('bookings.create', booking(space.id, '2026-11-28T13:00', '2026-11-28T17:00', { title: '亲子烘焙', headCount: 8 }));
  const c = await t.call('contacts.save', { name: '陈女士', phone: '13800138003' });
  const wish = {
    siteId: site.id,
    contactId: c.id,
    from: '2026-11-28',
    to: '2026-11-29',
    earliest: '13:00',
    latest: '18:00',
    durationMinutes: 120,
    headCount: 6,
    amenities: ['烤箱'],
  };
  return { site, space, taken, contact: c, wish };
}

describe('waitlist', () => {
  it('when nothing fits, the request waits; when the booking is cancelled, the desk is offered the slot', async () => {
    const { site, space, taken, contact, wish } = await fullSaturday();
    const free = await t.call('desk.findSlots', { ...wish, amenities: ['烤箱'] });
    expect(free).toEqual([]);
    const entry = await t.call('waitlist.add', wish);
    expect(entry).toMatchObject({ status: 'waiting', contactName: '陈女士', contactPhone: '13800138003' });
    expect(await t.call('waitlist.offers', {})).toEqual([]);
    await t.call('bookings.cancel', { id: taken.id, reason: '老师生病' });
    const offers = await t.call('waitlist.offers', { siteId: site.id });
    expect(offers).toEqual([
      expect.objectContaining({
        freedBookingId: taken.id,
        spaceId: space.id,
        spaceName: '烘焙区',
        start: '2026-11-28T13:00',
        end: '2026-11-28T15:00',
        entry: expect.objectContaining({ id: entry.id, contactId: contact.id }),
      }),
    ]);
    // The desk books it for her and closes the entry: the offer goes away.
    await t.call('bookings.create', booking(space.id, offers[0].start, offers[0].end, { contactId: contact.id, headCount: 6 }));
    expect((await t.call('waitlist.remove', { id: entry.id, outcome: 'booked' })).status).toBe('booked');
    expect(await t.call('waitlist.offers', {})).toEqual([]);
    expect(await t.call('waitlist.list', {})).toEqual([]);
    expect((await t.call('waitlist.list', { includeClosed: true }))[0].status).toBe('booked');
  });

  it('a cancellation that does not fit the wish offers nothing', async () => {
    const { site, space, wish } = await fullSaturday();
    await t.call('waitlist.add', { ...wish, headCount: 9 - 1, earliest: '16:00', latest: '18:00', durationMinutes: 120 });
    const morning = await t.call('bookings.create', booking(space.id, '2026-11-28T09:00', '2026-11-28T11:00'));
    await t.call('bookings.cancel', { id: morning.id });
    const sunday = await t.call('bookings.create', booking(space.id, '2026-11-29T13:00', '2026-11-29T17:00'));
    await t.call('bookings.cancel', { id: sunday.id });
    expect(await t.call('waitlist.offers', { siteId: site.id })).toEqual([]);
  });

  it('a declined request frees its slot for the waitlist too', async () => {
    const { site, space: hall } = await siteWithSpace(t, { name: '周六议事厅', needsApproval: true });
    const request = await t.call('bookings.create', booking(hall.id, '2026-11-28T14:00', '2026-11-28T16:00'));
    const c = await t.call('contacts.save', { name: '刘老师', phone: '13800138004' });
    await t.call('waitlist.add', { siteId: site.id, spaceId: hall.id, contactId: c.id, from: '2026-11-28', to: '2026-11-29', durationMinutes: 60, headCount: 5 });
    const coordinator = await t.call('operators.save', { name: '李老师', role: 'coordinator' });
    await t.call('session.setOperator', { operatorId: coordinator.id });
    await t.call('bookings.decline', { id: request.id, reason: '场地维修' });
    const offers = await t.call('waitlist.offers', {});
    expect(offers.map((o: { start: string }) => o.start)).toEqual(['2026-11-28T14:00']);
  });

  it('refuses a contact deleted meanwhile and a space of another site; deleting a contact removes their entries', async () => {
    const { site, wish, contact } = await fullSaturday();
    const elsewhere = await siteWithSpace(t);
    const wrong = await t.fail('waitlist.add', { ...wish, spaceId: elsewhere.space.id });
    expect(wrong).toMatchObject({ kind: 'validation', details: { code: 'waitlist.space_other_site' } });
    await t.call('waitlist.add', wish);
    await t.call('contacts.delete', { id: contact.id });
    expect(await t.call('waitlist.list', { siteId: site.id, includeClosed: true })).toEqual([]);
    expect((await t.fail('waitlist.add', wish)).details.code).toBe('contact.not_found');
    expect((await t.fail('waitlist.remove', { id: 999 })).details.code).toBe('waitlist.not_found');
  });

  it('withdrawing an entry is audited with the operator', async () => {
    const { wish } = await fullSaturday();
    const coordinator = await t.call('operators.save', { name: '李老师', role: 'coordinator' });
    await t.call('session.setOperator', { operatorId: coordinator.id });
    const entry = await t.call('waitlist.add', wish);
    await t.call('waitlist.remove', { id: entry.id });
    const log = await t.call('audit.list', { entity: 'waitlist' });
    expect(log.rows.map((r: { action: string; operatorName: string }) => [r.action, r.operatorName])).toEqual([
      ['withdraw', '李老师'],
      ['create', '李老师'],
    ]);
  });
});
