import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { booking } from '../helpers/fixtures';
import { readingRoom } from '../helpers/plans';
import { spaceDays } from '../../electron/main/services/rules/space-days';

let t: TestBackend;
beforeEach(async () => {
  t = await testBackend();
});
afterEach(async () => {
  await t.close();
});

describe('plans and audience windows', () => {
  it('a booking in another audience’s window is refused, and allowed with a recorded override', async () => {
    const { room, students, residents } = await readingRoom(t);
    const f = booking(room.id, '2026-11-24T12:00', '2026-11-24T13:00', { audienceId: residents.id });
    const err = await t.fail('bookings.create', f);
    expect(err.kind).toBe('outside_window');
    expect(err.details.code).toBe('plans.outside_window');
    const ok = await t.call('bookings.create', { ...f, overrideReason: '午间临时借用，协调员同意' });
    expect(ok.overrideReason).toBe('午间临时借用，协调员同意');
    await t.call('bookings.create', booking(room.id, '2026-11-25T12:00', '2026-11-25T13:30', { audienceId: students.id }));
    // Time no window covers (14:00) is open to anyone.
    await t.call('bookings.create', booking(room.id, '2026-11-24T14:00', '2026-11-24T15:00', { audienceId: residents.id }));
  });

  it('shows which version applies on a date, and next term’s version does not touch this term', async () => {
    const { room, windows, students } = await readingRoom(t);
    const next = await t.call('plans.save', {
      spaceId: room.id,
      validFrom: '2027-03-01',
      name: '春季学期',
      windows: windows.filter((w) => w.audienceId !== students.id),
    });
    expect((await t.call('plans.get', { spaceId: room.id, date: '2026-12-01' })).name).toBe('秋季学期');
    expect((await t.call('plans.get', { spaceId: room.id, date: '2027-03-01' })).id).toBe(next.id);
    expect(await t.call('plans.get', { spaceId: room.id, date: '2026-09-01' })).toBeNull();
    const list = await t.call('plans.list', { spaceId: room.id });
    expect(list.map((p: { validTo: string | null }) => p.validTo)).toEqual(['2027-02-28', null]);
  });

  it('compare lists the bookings a new version would leave outside its windows, and drops nothing', async () => {
    const { room, windows, students, parents } = await readingRoom(t);
    const b = await t.call('bookings.create', booking(room.id, '2027-03-02T12:00', '2027-03-02T13:00', { audienceId: students.id }));
    const newWindows = windows.map((w) => (w.audienceId === students.id ? { ...w, audienceId: parents.id } : w));
    const diff = await t.call('plans.compare', { spaceId: room.id, validFrom: '2027-03-01', windows: newWindows });
    expect(diff.bookings).toEqual([expect.objectContaining({ id: b.id, problem: 'outside_window' })]);
    await t.call('plans.save', { spaceId: room.id, validFrom: '2027-03-01', windows: newWindows });
    expect((await t.call('bookings.get', { id: b.id })).status).toBe('confirmed');
  });

  it('refuses overlapping windows on one day and a second version on the same date', async () => {
    const { room, residents } = await readingRoom(t);
    const err = await t.fail('plans.save', {
      spaceId: room.id,
      validFrom: '2027-01-01',
      windows: [
        { weekday: 1, start: '08:00', end: '10:00', audienceId: residents.id },
        { weekday: 1, start: '09:30', end: '11:00', audienceId: residents.id },
      ],
    });
    expect(err.details.code).toBe('plans.windows_overlap');
    expect((await t.fail('plans.save', { spaceId: room.id, validFrom: '2026-09-07', windows: [] })).details.code).toBe('plans.version_exists');
  });

  it('a version keeps its names when the editor leaves them out, carries an English name, and a copy takes both', async () => {
    const { room, plan, site, windows } = await readingRoom(t);
    expect(plan).toMatchObject({ name: '秋季学期', nameEn: '' });
    // The editor's save of the windows alone keeps the names the version had.
    const edited = await t.call('plans.save', { id: plan.id, version: plan.version, spaceId: room.id, validFrom: plan.validFrom, windows: windows.slice(1) });
    expect(edited).toMatchObject({ name: '秋季学期', nameEn: '' });
    const named = await t.call('plans.save', { id: plan.id, version: edited.version, spaceId: room.id, validFrom: plan.validFrom, name: ' 2026 秋季学期 ', nameEn: 'Autumn term 2026', windows });
    expect(named).toMatchObject({ name: '2026 秋季学期', nameEn: 'Autumn term 2026' });
    expect((await t.call('plans.get', { spaceId: room.id, date: '2026-12-01' })).nameEn).toBe('Autumn term 2026');
    const other = await t.call('spaces.save', { siteId: site.id, name: '第二阅览室', kind: 'reading_room', capacity: 20, openingHours: room.openingHours });
    expect(await t.call('plans.copyToSpace', { planId: plan.id, spaceId: other.id })).toMatchObject({ name: '2026 秋季学期', nameEn: 'Autumn term 2026' });
    // A new version named only in Chinese shows that name in English mode too ('' here).
    expect(await t.call('plans.save', { spaceId: room.id, validFrom: '2027-03-01', name: '春季学期', windows })).toMatchObject({ name: '春季学期', nameEn: '' });
    expect((await t.fail('plans.save', { spaceId: room.id, validFrom: '2027-09-01', nameEn: 'x'.repeat(81), windows })).details.fields).toEqual([
      expect.objectContaining({ path: 'nameEn', code: 'too_long' }),
    ]);
  });

  it('copies a plan to another space', async () => {
    const { room, plan, site } = await readingRoom(t);
    const other = await t.call('spaces.save', { siteId: site.id, name: '第二阅览室', kind: 'reading_room', capacity: 20, openingHours: room.openingHours });
    const copy = await t.call('plans.copyToSpace', { planId: plan.id, spaceId: other.id });
    expect(copy.windows).toEqual(plan.windows);
    expect(copy.validFrom).toBe('2026-09-07');
  });

  it('a standing window’s quota: at most 2 bookings per organisation per week', async () => {
    const { room, students, xianda, windows } = await readingRoom(t);
    await t.call('plans.save', {
      spaceId: room.id,
      validFrom: '2026-11-01',
      windows: windows.map((w) => (w.audienceId === students.id ? { ...w, maxPerWeek: 2, maxHeadCount: 30 } : w)),
    });
    const f = (d: string, extra = {}) => booking(room.id, `${d}T12:00`, `${d}T13:30`, { audienceId: students.id, organisationId: xianda.id, ...extra });
    await t.call('bookings.create', f('2026-11-23'));
    await t.call('bookings.create', f('2026-11-24'));
    const err = await t.fail('bookings.create', f('2026-11-25'));
    expect(err.details.code).toBe('plans.quota_exceeded');
    await t.call('bookings.create', f('2026-11-30')); // next week counts afresh
    expect((await t.fail('bookings.create', f('2026-12-01', { headCount: 35 }))).details.code).toBe('plans.window_head_count');
  });
});

describe('holidays and 调休', () => {
  it('2026 is known from the shipped dataset; 2027 is reported unknown and cannot be imported from it', async () => {
    const [y26, y27] = await t.call('calendarDays.yearStatus', { years: [2026, 2027] });
    expect(y26).toMatchObject({ year: 2026, known: true, source: 'dataset' });
    expect(y26.holidays).toBeGreaterThan(20);
    expect(y27).toMatchObject({ year: 2027, known: false, holidays: 0 });
    expect((await t.fail('calendarDays.importYear', { year: 2027 })).details.code).toBe('calendar.no_dataset');
    const { room } = await readingRoom(t);
    const [day] = await spaceDays(t.store.db, [room.id], '2027-01-04', '2027-01-05');
    expect(day.unknownYear).toBe(true);
  });

  it('a make-up workday runs the plan of the weekday it follows', async () => {
    const { room } = await readingRoom(t);
    // Sat 2026-10-10 makes up for Wed Oct 7: it has Wednesday's windows.
    const [sat] = await spaceDays(t.store.db, [room.id], '2026-10-10', '2026-10-11');
    expect(sat).toMatchObject({ planWeekday: 3, calendarDay: { kind: 'workday', name: '国庆节' } });
    expect(sat.windows).toHaveLength(3);
    await t.call('calendarDays.save', { date: '2026-10-10', day: { date: '2026-10-10', kind: 'workday', name: '国庆节', followsWeekday: 5 } });
    const [again] = await spaceDays(t.store.db, [room.id], '2026-10-10', '2026-10-11');
    expect(again.planWeekday).toBe(5);
  });

  it('a holiday follows the site’s holiday plan: a weekend plan by default, or closed', async () => {
    const { room, site, residents } = await readingRoom(t);
    const [open] = await spaceDays(t.store.db, [room.id], '2026-10-01', '2026-10-02');
    expect(open).toMatchObject({ closed: null, planWeekday: 7, windows: [] });
    await t.call('holidayPolicies.save', { siteId: site.id, mode: 'closed' });
    const err = await t.fail('bookings.create', booking(room.id, '2026-10-01T09:00', '2026-10-01T10:00', { audienceId: residents.id }));
    expect(err).toMatchObject({ kind: 'holiday', details: { code: 'plans.holiday_closed', params: { holiday: '国庆节' } } });
  });

  it('importing a new year marks it known and lists the future bookings on changed days', async () => {
    const { room, residents } = await readingRoom(t);
    const b = await t.call('bookings.create', booking(room.id, '2027-01-01T09:00', '2027-01-01T10:00', { audienceId: residents.id }));
    const r = await t.call('calendarDays.importYear', {
      year: 2027,
      days: [
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-01-02', kind: 'holiday', name: '元旦' },
      ],
    });
    expect(r.status).toMatchObject({ known: true, source: 'manual', holidays: 2 });
    expect(r.bookings).toEqual([expect.objectContaining({ id: b.id, problem: 'holiday' })]);
    expect(await t.call('calendarDays.list', { year: 2027 })).toHaveLength(2);
  });
});

describe('closures', () => {
  it('lists the bookings a closure hits, cancels them with a note on request, and then refuses bookings', async () => {
    const { room, site, residents } = await readingRoom(t);
    const hit = await t.call('bookings.create', booking(room.id, '2026-12-02T09:00', '2026-12-02T10:00', { audienceId: residents.id }));
    const spared = await t.call('bookings.create', booking(room.id, '2026-12-05T09:00', '2026-12-05T10:00', { audienceId: residents.id }));
    const listed = await t.call('closures.save', { closure: { siteId: site.id, firstDay: '2026-12-01', lastDay: '2026-12-03', reason: '人大代表选举投票点' } });
    expect(listed.hits.map((b: { id: number }) => b.id)).toEqual([hit.id]);
    expect(listed.cancelled).toBe(0);
    const again = await t.call('closures.save', { closure: { ...listed.closure }, cancelHits: true, note: '选举投票点，改期另约' });
    expect(again.cancelled).toBe(1);
    expect((await t.call('bookings.get', { id: hit.id })).status).toBe('cancelled');
    expect((await t.call('bookings.get', { id: spared.id })).status).toBe('confirmed');
    const err = await t.fail('bookings.create', booking(room.id, '2026-12-03T09:00', '2026-12-03T10:00', { audienceId: residents.id }));
    expect(err).toMatchObject({ kind: 'closed', details: { code: 'plans.closure' } });
    expect(await t.call('closures.list', { siteId: site.id })).toHaveLength(1);
    await t.call('closures.delete', { id: listed.closure.id });
    await t.call('bookings.create', booking(room.id, '2026-12-03T09:00', '2026-12-03T10:00', { audienceId: residents.id }));
  });

  it('a closure names a site or a space, not both', async () => {
    const { room, site } = await readingRoom(t);
    const err = await t.fail('closures.save', { closure: { siteId: site.id, spaceId: room.id, firstDay: '2026-12-01', lastDay: '2026-12-01', reason: '装修' } });
    expect(err.kind).toBe('validation');
  });
});

describe('demo plans', () => {
  it('the demo subdistrict has staggered plans its own bookings agree with', async () => {
    const demo = await testBackend({ demoData: true });
    try {
      const spaces = await demo.call('spaces.list', {});
      const reading = spaces.find((s: { name: string }) => s.name === '阅读自修区');
      const plan = await demo.call('plans.get', { spaceId: reading.id, date: '2026-11-23' });
      expect(plan.windows.filter((w: { weekday: number }) => w.weekday === 1).map((w: { start: string; end: string }) => `${w.start}–${w.end}`)).toEqual([
        '08:00–11:30',
        '12:00–13:30',
        '18:00–21:30',
      ]);
      const all = await demo.call('bookings.range', { from: '2026-11-23', to: '2026-12-07' });
      for (const s of spaces) {
        const diff = await demo.call('plans.compare', { spaceId: s.id, validFrom: '2026-11-23', windows: (await demo.call('plans.get', { spaceId: s.id, date: '2026-11-23' }))?.windows ?? [] });
        expect(diff.bookings).toEqual([]);
      }
      expect(all.length).toBeGreaterThan(40);
    } finally {
      await demo.close();
    }
  });
});
