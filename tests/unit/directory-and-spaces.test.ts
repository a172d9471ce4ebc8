import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { allWeek, siteWithSpace } from '../helpers/fixtures';

let t: TestBackend;
beforeEach(async () => {
  t = await testBackend();
});
afterEach(async () => {
  await t.close();
});

describe('contacts', () => {
  it('accepts mainland mobiles and landlines, normalising spaces and +86', async () => {
    for (const [typed, stored] of [
      ['138 0013 8000', '13800138000'],
      ['+86 13800138000', '13800138000'],
      ['021-65550101', '021-65550101'],
      ['65550101', '65550101'],
    ]) {
      const c = await t.call('contacts.save', { name: '测试', phone: typed });
      expect(c.phone).toBe(stored);
    }
  });

  it('refuses a phone number that is neither, and writes nothing', async () => {
    for (const bad of ['12345', '2380013800', '138001380001', 'abc']) {
      const err = await t.fail('contacts.save', { name: '测试', phone: bad });
      expect(err).toMatchObject({ kind: 'validation', details: { fields: [{ path: 'phone', code: 'phone' }] } });
    }
    expect(await t.call('contacts.search', { query: '' })).toEqual([]);
  });

  it('finds a contact by name or by the last digits of the phone', async () => {
    await t.call('contacts.save', { name: '王阿姨', phone: '13800138003' });
    await t.call('contacts.save', { name: '沈明', phone: '13800138001' });
    expect((await t.call('contacts.search', { query: '8003' })).map((c: { name: string }) => c.name)).toEqual(['王阿姨']);
    expect((await t.call('contacts.search', { query: '沈' })).map((c: { name: string }) => c.name)).toEqual(['沈明']);
    // A typed % is text, not a wildcard.
    expect(await t.call('contacts.search', { query: '%' })).toEqual([]);
  });
});

describe('spaces', () => {
  it('a half court must sit in the same site as its full court', async () => {
    const { space: whole } = await siteWithSpace(t);
    const other = await t.call('sites.save', { name: '另一站点' });
    const err = await t.fail('spaces.save', { siteId: other.id, parentId: whole.id, name: '半场', kind: 'court', capacity: 5, openingHours: allWeek });
    expect(err.details.code).toBe('space.parent_other_site');
  });

  it('a space cannot be placed inside one of its own halves', async () => {
    const { site, space: whole } = await siteWithSpace(t);
    const half = await t.call('spaces.save', { siteId: site.id, parentId: whole.id, name: '半场', kind: 'court', capacity: 5, openingHours: allWeek });
    const err = await t.fail('spaces.save', { ...whole, parentId: half.id });
    expect(err.details.code).toBe('space.parent_cycle');
  });

  it('an archived space disappears from lists and cannot be booked, and comes back when restored', async () => {
    const { site, space } = await siteWithSpace(t);
    await t.call('spaces.setArchived', { id: space.id, archived: true });
    expect(await t.call('spaces.list', { siteId: site.id })).toEqual([]);
    const err = await t.fail('bookings.create', { spaceId: space.id, start: '2026-11-24T10:00', end: '2026-11-24T11:00', title: 'x' });
    expect(err.details.code).toBe('space.archived');
    await t.call('spaces.setArchived', { id: space.id, archived: false });
    expect(await t.call('spaces.list', { siteId: site.id })).toHaveLength(1);
  });

  it('refuses opening hours that close before they open, and a weekday twice', async () => {
    const { site } = await siteWithSpace(t);
    const err = await t.fail('spaces.save', { siteId: site.id, name: 'x', kind: 'room', capacity: 5, openingHours: [{ weekday: 1, open: '18:00', close: '09:00' }] });
    expect(err.details.fields[0]).toMatchObject({ code: 'open_before_close' });
    const twice = await t.fail('spaces.save', { siteId: site.id, name: 'x', kind: 'room', capacity: 5, openingHours: [allWeek[0], allWeek[0]] });
    expect(twice.details.fields[0]).toMatchObject({ code: 'weekday_twice' });
  });
});

describe('audit log', () => {
  it('records who changed what, with before and after', async () => {
    const op = await t.call('operators.save', { name: '小李', role: 'desk' });
    await t.call('session.setOperator', { operatorId: op.id });
    const { space } = await siteWithSpace(t);
    const b = await t.call('bookings.create', { spaceId: space.id, start: '2026-11-24T10:00', end: '2026-11-24T11:00', title: '议事会' });
    await t.call('bookings.cancel', { id: b.id, reason: '改期' });
    const rows = await t.conn.db
      .selectFrom('audit_log')
      .select(['operator_id', 'action', 'before', 'after'])
      .where('entity', '=', 'booking')
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.operator_id, r.action])).toEqual([
      [op.id, 'create'],
      [op.id, 'cancel'],
    ]);
    expect(JSON.parse(rows[1].before!).status).toBe('confirmed');
    expect(JSON.parse(rows[1].after!).status).toBe('cancelled');
  });
});
