/**
 * Named staff and who may do what: a coordinator adds, renames, re-roles, retires and
 * brings back staff and sets their PINs; the office always keeps a coordinator; a PIN is
 * kept only as a hash and asked for when switching; the desk is refused a coordinator's work.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COORDINATOR_ONLY_METHODS } from '../../electron/shared/staff';
import { AppError } from '../../electron/shared/errors';
import { PIN_LOCK_SECONDS } from '../../electron/main/services/staff/lockout';
import { testBackend, type TestBackend } from '../helpers/backend';
import { booking, siteWithSpace } from '../helpers/fixtures';

let t: TestBackend;
beforeEach(async () => {
  t = await testBackend();
});
afterEach(async () => {
  vi.useRealTimers();
  await t.close();
});

/** The office: 陈静 (coordinator, at the desk) and 王敏 at the desk. */
async function office() {
  const chen = await t.call('operators.save', { name: '陈静', role: 'coordinator' });
  await t.call('session.setOperator', { operatorId: chen.id });
  const wang = await t.call('operators.save', { name: '王敏', role: 'desk' });
  return { chen, wang };
}

const names = async (includeArchived = false) => (await t.call('operators.list', { includeArchived })).map((o: { name: string }) => o.name);

describe('staff', () => {
  it('a coordinator adds, renames and re-roles staff; names are required and unique among active staff', async () => {
    const { wang } = await office();
    const li = await t.call('operators.save', { name: '  李娟 ', role: 'desk' });
    expect(li).toEqual({ id: li.id, name: '李娟', role: 'desk', archived: false, hasPin: false });
    expect((await t.fail('operators.save', { name: '  ', role: 'desk' })).details.fields[0]).toMatchObject({ path: 'name', code: 'required' });
    const taken = await t.fail('operators.save', { name: '王敏', role: 'coordinator' });
    expect(taken).toMatchObject({ kind: 'validation', details: { code: 'operator.name_taken', params: { name: '王敏' }, fields: [{ path: 'name', code: 'name_taken' }] } });
    // Latin names are compared without case.
    await t.call('operators.save', { name: 'Emily', role: 'desk' });
    expect((await t.fail('operators.save', { name: 'emily', role: 'desk' })).details.code).toBe('operator.name_taken');
    // Renaming to one's own name is fine; to someone else's is not.
    expect(await t.call('operators.save', { id: wang.id, name: '王敏', role: 'desk' })).toMatchObject({ name: '王敏' });
    expect((await t.fail('operators.save', { id: li.id, name: '王敏', role: 'desk' })).details.code).toBe('operator.name_taken');
    expect(await t.call('operators.save', { id: li.id, name: '李娟娟', role: 'coordinator' })).toMatchObject({ name: '李娟娟', role: 'coordinator' });
    expect(await names()).toEqual(['陈静', '王敏', '李娟娟', 'Emily']);
  });

  it('a retired person leaves the switcher but the audit log keeps naming them, under their current name', async () => {
    const { chen, wang } = await office();
    const made = await siteWithSpace(t);
    await t.call('session.setOperator', { operatorId: wang.id });
    const b = await t.call('bookings.create', booking(made.space.id, '2026-11-24T10:00', '2026-11-24T11:00', { title: '英语角' }));
    await t.call('session.setOperator', { operatorId: chen.id });
    await t.call('operators.save', { id: wang.id, name: '王敏（前台）', role: 'desk' });
    const retired = await t.call('operators.setArchived', { id: wang.id, archived: true });
    expect(retired).toMatchObject({ archived: true });
    expect(await names()).toEqual(['陈静']);
    expect(await names(true)).toEqual(['陈静', '王敏（前台）']);
    // Nobody can switch to a retired person.
    expect((await t.fail('session.setOperator', { operatorId: wang.id })).details.code).toBe('operator.archived');
    const log = await t.call('audit.list', { entity: 'booking', entityId: b.id });
    expect(log.rows).toEqual([expect.objectContaining({ action: 'create', operatorId: wang.id, operatorName: '王敏（前台）' })]);
    const staffLog = await t.call('audit.list', { entity: 'operator', entityId: wang.id });
    expect(staffLog.rows.map((r: { action: string; operatorName: string }) => `${r.action} ${r.operatorName}`)).toEqual(['archive 陈静', 'update 陈静', 'create 陈静']);
    // Brought back: in the switcher again.
    await t.call('operators.setArchived', { id: wang.id, archived: false });
    expect(await names()).toEqual(['陈静', '王敏（前台）']);
  });

  it('a retired name can be given to someone new; bringing the old one back then asks for another name', async () => {
    const { wang } = await office();
    await t.call('operators.setArchived', { id: wang.id, archived: true });
    await t.call('operators.save', { name: '王敏', role: 'desk' });
    const back = await t.fail('operators.setArchived', { id: wang.id, archived: false });
    expect(back).toMatchObject({ kind: 'validation', details: { code: 'operator.name_taken', params: { name: '王敏' } } });
    // Renamed while retired, the old one can come back.
    await t.call('operators.save', { id: wang.id, name: '王敏（旧）', role: 'desk' });
    expect(await t.call('operators.setArchived', { id: wang.id, archived: false })).toMatchObject({ archived: false });
  });

  it('the last active coordinator can be neither retired nor made desk staff; with a second one both work', async () => {
    const { chen, wang } = await office();
    await t.call('session.setOperator', { operatorId: wang.id });
    await t.call('session.setOperator', { operatorId: chen.id });
    const demote = await t.fail('operators.save', { id: chen.id, name: '陈静', role: 'desk' });
    expect(demote).toMatchObject({ kind: 'validation', details: { code: 'operator.last_coordinator', params: { name: '陈静' } } });
    const zhou = await t.call('operators.save', { name: '周华', role: 'coordinator' });
    // Nobody retires themselves: switch first.
    expect((await t.fail('operators.setArchived', { id: chen.id, archived: true })).details.code).toBe('operator.retire_self');
    await t.call('session.setOperator', { operatorId: zhou.id });
    await t.call('operators.setArchived', { id: chen.id, archived: true });
    expect((await t.fail('operators.save', { id: zhou.id, name: '周华', role: 'desk' })).details.code).toBe('operator.last_coordinator');
    await t.call('operators.setArchived', { id: chen.id, archived: false });
    expect(await t.call('operators.save', { id: zhou.id, name: '周华', role: 'desk' })).toMatchObject({ role: 'desk' });
    expect((await t.call('operators.list', {})).filter((o: { role: string }) => o.role === 'coordinator').map((o: { name: string }) => o.name)).toEqual(['陈静']);
  });
});

describe('a coordinator’s PIN', () => {
  it('is kept only as a salted hash: never in a list, an answer or the audit log', async () => {
    const { chen, wang } = await office();
    const zhou = await t.call('operators.save', { name: '周华', role: 'coordinator' });
    expect(await t.call('operators.setPin', { id: zhou.id, pin: '2468' })).toEqual({ id: zhou.id, name: '周华', role: 'coordinator', archived: false, hasPin: true });
    await t.call('operators.setPin', { id: chen.id, pin: '2468' });
    const answers = JSON.stringify([
      await t.call('operators.list', { includeArchived: true }),
      await t.call('session.current', {}),
      await t.call('audit.list', { entity: 'operator' }),
    ]);
    expect(answers).not.toMatch(/2468|scrypt|pin_?hash/i);
    const pinLog = await t.call('audit.list', { entity: 'operator', action: 'set_pin', entityId: zhou.id });
    expect(pinLog.rows[0]).toMatchObject({ before: { hasPin: false }, after: { hasPin: true } });
    // In the database: a salted hash, different for the same PIN.
    const stored = t.conn.kind === 'file' ? (t.conn.sqlite!.prepare('SELECT pin_hash FROM operators WHERE pin_hash IS NOT NULL ORDER BY id').all() as { pin_hash: string }[]).map((r) => r.pin_hash) : [];
    if (t.conn.kind === 'file') {
      expect(stored).toHaveLength(2);
      for (const h of stored) expect(h).toMatch(/^scrypt\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
      expect(stored[0]).not.toBe(stored[1]);
    }
    // Only coordinators have one; it is 4–8 digits.
    expect((await t.fail('operators.setPin', { id: wang.id, pin: '1234' })).details.code).toBe('operator.pin_desk');
    for (const pin of ['123', '123456789', '12a4', ' 1234']) {
      expect((await t.fail('operators.setPin', { id: zhou.id, pin })).details.fields[0], pin).toMatchObject({ path: 'pin', code: 'pin' });
    }
    // Made desk staff, the PIN goes; cleared, it is gone.
    await t.call('operators.save', { id: zhou.id, name: '周华', role: 'desk' });
    expect((await t.call('operators.list', {})).find((o: { id: number }) => o.id === zhou.id).hasPin).toBe(false);
    expect(await t.call('operators.setPin', { id: chen.id, pin: null })).toMatchObject({ hasPin: false });
  });

  it('is asked for when switching; a wrong one says so and keeps who was at the desk; three in a row lock a while', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T01:00:00Z'));
    const { chen, wang } = await office();
    await t.call('operators.setPin', { id: chen.id, pin: '13572468' });
    await t.call('session.setOperator', { operatorId: wang.id });
    expect(await t.fail('session.setOperator', { operatorId: chen.id })).toMatchObject({ kind: 'permission', details: { code: 'operator.pin_required', params: { name: '陈静' } } });
    expect((await t.fail('session.setOperator', { operatorId: chen.id, pin: '1234' })).details).toMatchObject({ code: 'operator.pin_wrong', params: { left: 2 } });
    expect((await t.fail('session.setOperator', { operatorId: chen.id, pin: '13572467' })).details).toMatchObject({ code: 'operator.pin_wrong', params: { left: 1 } });
    expect((await t.call('session.current', {})).name).toBe('王敏');
    expect((await t.fail('session.setOperator', { operatorId: chen.id, pin: '0000' })).details).toMatchObject({ code: 'operator.pin_locked', params: { seconds: PIN_LOCK_SECONDS } });
    // Locked: even the right PIN waits.
    vi.setSystemTime(new Date(Date.now() + 10_000));
    expect((await t.fail('session.setOperator', { operatorId: chen.id, pin: '13572468' })).details).toMatchObject({ code: 'operator.pin_locked', params: { seconds: PIN_LOCK_SECONDS - 10 } });
    expect((await t.call('session.current', {})).name).toBe('王敏');
    vi.setSystemTime(new Date(Date.now() + PIN_LOCK_SECONDS * 1000));
    expect(await t.call('session.setOperator', { operatorId: chen.id, pin: '13572468' })).toMatchObject({ name: '陈静', hasPin: true });
    // A right PIN starts the count again.
    await t.call('session.setOperator', { operatorId: wang.id });
    expect((await t.fail('session.setOperator', { operatorId: chen.id, pin: '1111' })).details.params).toEqual({ left: 2 });
    // Desk staff never need one.
    expect(await t.call('session.setOperator', { operatorId: wang.id })).toMatchObject({ name: '王敏' });
  });
});

describe('the desk role', () => {
  it('is refused every coordinator-only method, before its input is even looked at', async () => {
    const { wang } = await office();
    await t.call('session.setOperator', { operatorId: wang.id });
    for (const method of COORDINATOR_ONLY_METHODS) {
      const handler = t.handlers[method] as (input: unknown, db: unknown) => Promise<unknown>;
      const refused = await handler(undefined, t.store.db).then(
        () => null,
        (e: unknown) => e,
      );
      expect(refused, method).toBeInstanceOf(AppError);
      expect((refused as AppError).details, method).toMatchObject({ code: 'operator.coordinator_only', params: { operator: '王敏' } });
    }
  });

  it('is refused through the dispatch in words, and nothing is written; the desk still books and edits contacts', async () => {
    const { space } = await siteWithSpace(t);
    const { wang } = await office();
    await t.call('session.setOperator', { operatorId: wang.id });
    for (const [method, input] of [
      ['operators.save', { name: '赵磊', role: 'coordinator' }],
      ['sites.save', { name: '新驿站', address: '新路 1 号' }],
      ['audit.list', {}],
      ['settings.save', { noShowGraceMinutes: 30 }],
      ['audiences.save', { name: '新对象', color: '#4e79a7' }],
    ] as const) {
      expect(await t.fail(method, input), method).toMatchObject({ kind: 'permission', details: { code: 'operator.coordinator_only' } });
    }
    expect(await names()).toEqual(['陈静', '王敏']);
    expect((await t.call('sites.list', {})).map((s: { name: string }) => s.name)).toEqual(['测试驿站']);
    expect(await t.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T11:00'))).toMatchObject({ status: 'confirmed' });
    expect(await t.call('contacts.save', { name: '周先生', phone: '13800138010' })).toMatchObject({ name: '周先生' });
  });

  it('nobody chosen is refused once the office has a coordinator; before any coordinator exists, the first one is added', async () => {
    expect(await t.call('operators.save', { name: '王敏', role: 'desk' })).toMatchObject({ role: 'desk' });
    const chen = await t.call('operators.save', { name: '陈静', role: 'coordinator' });
    expect((await t.fail('operators.save', { name: '李娟', role: 'desk' })).details.code).toBe('operator.required');
    await t.call('session.setOperator', { operatorId: chen.id });
    expect(await t.call('operators.save', { name: '李娟', role: 'desk' })).toMatchObject({ name: '李娟' });
  });
});
