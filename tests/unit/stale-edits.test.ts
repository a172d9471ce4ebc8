/**
 * Lost updates are refused: every edit of a booking, series, space, plan or contact
 * carries the version it was made from, and one made from a stale version is refused
 * in words that name who changed the row and when. A drag moves only where and when.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { booking, operators, siteWithSpace } from '../helpers/fixtures';
import { readingRoom, tuesdaySeries } from '../helpers/plans';

let t: TestBackend;
beforeEach(async () => {
  t = await testBackend();
});
afterEach(async () => {
  await t.close();
});

describe('a stale edit is refused, naming who changed it and when', () => {
  it('a drag from an old view does not overwrite the title and head count another desk just changed', async () => {
    // Two people at two desks: each change is recorded against whoever is at the desk.
    const { space } = await siteWithSpace(t);
    const { desk: wang, coordinator: li } = await operators(t);
    await t.call('session.setOperator', { operatorId: wang.id });
    const seen = await t.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T11:00', { title: '英语角', headCount: 4 }));
    await t.call('session.setOperator', { operatorId: li.id });
    await t.call('bookings.update', { id: seen.id, version: seen.version, changes: booking(space.id, seen.start, seen.end, { title: '英语角（加场）', headCount: 8 }) });
    // The first desk still shows version 1 and drags it an hour later.
    const err = await t.fail('bookings.move', { id: seen.id, version: seen.version, start: '2026-11-24T11:00', end: '2026-11-24T12:00' });
    expect(err).toMatchObject({ kind: 'conflict', details: { code: 'edit.stale', params: { by: '李老师', at: '2026-11-23 09:00' } } });
    expect(await t.call('bookings.get', { id: seen.id })).toMatchObject({ title: '英语角（加场）', headCount: 8, start: '2026-11-24T10:00', version: 2 });
    // The same goes for the form and for a cancel made from the old view.
    expect((await t.fail('bookings.update', { id: seen.id, version: 1, changes: booking(space.id, seen.start, seen.end) })).details.code).toBe('edit.stale');
    expect((await t.fail('bookings.cancel', { id: seen.id, version: 1 })).details.code).toBe('edit.stale');
    // An edit must say which version it was made from.
    expect((await t.fail('bookings.update', { id: seen.id, changes: booking(space.id, seen.start, seen.end) })).details.fields[0]).toMatchObject({ path: 'version' });
  });

  it('without an operator on record the refusal still says when', async () => {
    const { space } = await siteWithSpace(t);
    const b = await t.call('bookings.create', booking(space.id, '2026-11-24T10:00', '2026-11-24T11:00'));
    await t.call('bookings.move', { id: b.id, version: b.version, start: '2026-11-24T12:00', end: '2026-11-24T13:00' });
    const err = await t.fail('bookings.move', { id: b.id, version: b.version, start: '2026-11-24T14:00', end: '2026-11-24T15:00' });
    expect(err.details).toMatchObject({ code: 'edit.stale_anonymous', params: { at: '2026-11-23 09:00' } });
  });

  it('spaces, contacts, plans and series refuse a save made from an older version', async () => {
    const { room, plan } = await readingRoom(t);
    const renamed = await t.call('spaces.save', { ...room, name: '阅读区（东）' });
    expect(renamed.version).toBe(room.version + 1);
    expect((await t.fail('spaces.save', { ...room, name: '阅读区（西）' })).details.code).toBe('edit.stale_anonymous');
    expect((await t.call('spaces.get', { id: room.id })).name).toBe('阅读区（东）');

    const contact = await t.call('contacts.save', { name: '陈女士', phone: '13800138001' });
    await t.call('contacts.save', { ...contact, note: '周二来' });
    expect((await t.fail('contacts.save', { ...contact, phone: '13800138002' })).details.code).toBe('edit.stale_anonymous');

    await t.call('plans.save', { ...plan, name: '秋季学期（修订）' });
    expect((await t.fail('plans.save', { ...plan, name: '秋季学期（另改）' })).details.code).toBe('edit.stale_anonymous');
  });

  it('a series edited from an old view is refused, and its restore too', async () => {
    const { saved } = await tuesdaySeries(t);
    const cancelOne = { seriesId: saved.id, date: '2026-12-15', scope: 'this', action: 'cancel', reason: '场地检修' };
    const after = await t.call('series.applyEdit', { ...cancelOne, version: saved.version });
    expect(after.version).toBe(saved.version + 1);
    const err = await t.fail('series.applyEdit', { seriesId: saved.id, version: saved.version, date: '2026-12-22', scope: 'all', action: 'change', changes: { title: '改名' } });
    expect(err.details.code).toBe('edit.stale_anonymous');
    expect((await t.fail('series.restoreOccurrence', { seriesId: saved.id, version: saved.version, date: '2026-12-15' })).details.code).toBe('edit.stale_anonymous');
    const restored = await t.call('series.restoreOccurrence', { seriesId: saved.id, version: after.version, date: '2026-12-15' });
    expect(restored.occurrences.find((o: { date: string }) => o.date === '2026-12-15').bookingId).not.toBeNull();
  });
});

describe('moving a booking changes only where and when', () => {
  it('a stored override reason does not carry a booking into another audience’s window: the move asks again', async () => {
    const { room, residents } = await readingRoom(t);
    // Residents at noon (the students' window), allowed once by the coordinator.
    const b = await t.call('bookings.create', booking(room.id, '2026-11-24T12:00', '2026-11-24T13:00', { audienceId: residents.id, overrideReason: '午间讲座，协调员同意' }));
    const err = await t.fail('bookings.move', { id: b.id, version: b.version, start: '2026-11-24T18:00', end: '2026-11-24T19:00' });
    expect(err).toMatchObject({ kind: 'outside_window', details: { code: 'plans.outside_window' } });
    const moved = await t.call('bookings.move', { id: b.id, version: b.version, start: '2026-11-24T18:00', end: '2026-11-24T19:00', overrideReason: '改到傍晚，家长同意' });
    expect(moved).toMatchObject({ start: '2026-11-24T18:00', overrideReason: '改到傍晚，家长同意', title: b.title, headCount: b.headCount });
    // Into its own window no reason is needed, and the old one is not kept.
    const home = await t.call('bookings.move', { id: b.id, version: moved.version, start: '2026-11-24T09:00', end: '2026-11-24T10:00' });
    expect(home.overrideReason).toBeNull();
  });

  it('a series date dragged to another day stays in its series as a moved date', async () => {
    const { saved } = await tuesdaySeries(t);
    const occ = saved.occurrences.find((o: { date: string }) => o.date === '2026-12-15');
    const b = await t.call('bookings.get', { id: occ.bookingId });
    await t.call('bookings.move', { id: b.id, version: b.version, start: '2026-12-17T12:00', end: '2026-12-17T13:00' });
    const view = await t.call('series.get', { id: saved.id });
    expect(view.occurrences.find((o: { date: string }) => o.date === '2026-12-15')).toMatchObject({ exception: 'moved', bookingId: b.id, start: '2026-12-17T12:00' });
    expect(view.occurrences.map((o: { date: string }) => o.date)).not.toContain('2026-12-17');
    expect(view.version).toBe(saved.version + 1);
  });
});
