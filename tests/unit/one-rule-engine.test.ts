/**
 * One set of booking rules: whatever the plans, caps, quotas, closures, holidays, courts
 * and bookings, every slot the slot finder offers and every slot the waitlist is offered
 * is accepted by `bookings.create` with the same input. The worlds are random (fast-check),
 * built through the real dispatch on a real database.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { onServer } from '../helpers/pg';

const DAYS = ['2026-11-24', '2026-11-25', '2026-11-26'];
/** The week's weekdays of DAYS (Tue, Wed, Thu), and a make-up Saturday that runs one of them. */
const WEEKDAYS = [2, 3, 4];
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const span = (lo: number, hi: number) =>
  fc.tuple(fc.integer({ min: lo, max: hi - 1 }), fc.integer({ min: 1, max: 8 })).map(([a, n]) => [a * 30, Math.min(hi, a + n) * 30] as const);

const spaceArb = fc.record({
  mode: fc.constantFrom('exclusive', 'shared'),
  capacity: fc.integer({ min: 2, max: 12 }),
  buffer: fc.constantFrom(0, 0, 15, 30),
  slot: fc.constantFrom(15, 30, 30, 60),
  maxLength: fc.constantFrom(60, 120, 240),
  hours: span(14, 40),
  needsApproval: fc.boolean(),
});

const windowArb = fc.record({
  weekday: fc.constantFrom(...WEEKDAYS),
  at: span(14, 40),
  audience: fc.integer({ min: 0, max: 2 }),
  organisation: fc.option(fc.integer({ min: 0, max: 1 }), { nil: null }),
  maxPerWeek: fc.option(fc.integer({ min: 1, max: 2 }), { nil: null }),
  maxHeadCount: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
});

const bookingArb = fc.record({
  space: fc.integer({ min: 0, max: 4 }),
  day: fc.integer({ min: 0, max: DAYS.length - 1 }),
  at: span(14, 40),
  headCount: fc.integer({ min: 1, max: 8 }),
  audience: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
  organisation: fc.option(fc.integer({ min: 0, max: 1 }), { nil: null }),
  override: fc.boolean(),
});

const needArb = fc.record({
  duration: fc.constantFrom(30, 60, 90, 120),
  headCount: fc.integer({ min: 1, max: 8 }),
  audience: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
  organisation: fc.option(fc.integer({ min: 0, max: 1 }), { nil: null }),
});

const worldArb = fc.record({
  rooms: fc.array(spaceArb, { minLength: 1, maxLength: 2 }),
  court: spaceArb,
  halves: fc.integer({ min: 0, max: 2 }),
  windows: fc.array(fc.record({ space: fc.integer({ min: 0, max: 4 }), w: windowArb }), { maxLength: 8 }),
  closure: fc.option(fc.record({ space: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), day: fc.integer({ min: 0, max: DAYS.length - 1 }) }), { nil: null }),
  holiday: fc.option(fc.record({ day: fc.integer({ min: 0, max: DAYS.length - 1 }), closed: fc.boolean(), weekday: fc.constantFrom(...WEEKDAYS, 6, 7) }), { nil: null }),
  makeUp: fc.option(fc.constantFrom(...WEEKDAYS), { nil: null }),
  bookings: fc.array(bookingArb, { maxLength: 14 }),
  need: needArb,
  waiting: needArb,
});

type World = typeof worldArb extends fc.Arbitrary<infer W> ? W : never;

async function build(t: TestBackend, w: World) {
  const site = await t.call('sites.save', { name: '规则驿站' });
  const spaceInput = (s: World['court'], name: string, kind: string, parentId: number | null) => ({
    siteId: site.id,
    parentId,
    name,
    kind,
    capacity: s.capacity,
    mode: s.mode,
    bufferMinutes: s.buffer,
    slotMinutes: s.slot,
    minBookingMinutes: Math.max(30, s.slot),
    maxBookingMinutes: s.maxLength,
    needsApproval: s.needsApproval,
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: hhmm(s.hours[0]), close: hhmm(s.hours[1]) })),
  });
  const spaces: { id: number }[] = [];
  for (const [i, r] of w.rooms.entries()) spaces.push(await t.call('spaces.save', spaceInput(r, `活动室${i}`, 'room', null)));
  const court = await t.call('spaces.save', spaceInput(w.court, '篮球场', 'court', null));
  spaces.push(court);
  for (let i = 0; i < w.halves; i++) spaces.push(await t.call('spaces.save', spaceInput(w.court, `半场${i}`, 'court', court.id)));
  const audiences: { id: number }[] = [];
  for (const name of ['居民', '师生', '家长']) audiences.push(await t.call('audiences.save', { name, color: '#4e79a7' }));
  const organisations: { id: number }[] = [];
  for (const name of ['新北郊中学', '英语角']) organisations.push(await t.call('organisations.save', { name }));
  const pick = <T>(list: T[], i: number) => list[i % list.length];

  // Windows of one space and weekday may not overlap: keep the first of any that would.
  const bySpace = new Map<number, { weekday: number; start: string; end: string; audienceId: number; organisationId: number | null; maxPerWeek: number | null; maxHeadCount: number | null }[]>();
  for (const { space, w: win } of w.windows) {
    const id = pick(spaces, space).id;
    const list = bySpace.get(id) ?? [];
    const [s, e] = [hhmm(win.at[0]), hhmm(win.at[1])];
    if (list.some((x) => x.weekday === win.weekday && x.start < e && s < x.end)) continue;
    list.push({
      weekday: win.weekday,
      start: s,
      end: e,
      audienceId: pick(audiences, win.audience).id,
      organisationId: win.organisation === null ? null : pick(organisations, win.organisation).id,
      maxPerWeek: win.maxPerWeek,
      maxHeadCount: win.maxHeadCount,
    });
    bySpace.set(id, list);
  }
  for (const [spaceId, windows] of bySpace) await t.call('plans.save', { spaceId, validFrom: '2026-11-01', windows });
  if (w.closure) {
    const day = DAYS[w.closure.day];
    const where = w.closure.space === null ? { siteId: site.id, spaceId: null } : { siteId: null, spaceId: pick(spaces, w.closure.space).id };
    await t.call('closures.save', { closure: { ...where, firstDay: day, lastDay: day, reason: '检修' } });
  }
  if (w.holiday) {
    const day = DAYS[w.holiday.day];
    await t.call('calendarDays.save', { date: day, day: { date: day, kind: 'holiday', name: '测试假日' } });
    await t.call('holidayPolicies.save', { siteId: site.id, mode: w.holiday.closed ? 'closed' : 'weekday_plan', weekday: w.holiday.weekday });
  }
  if (w.makeUp !== null) {
    await t.call('calendarDays.save', { date: '2026-11-28', day: { date: '2026-11-28', kind: 'workday', name: '调休', followsWeekday: w.makeUp } });
  }
  const made: { id: number; version: number }[] = [];
  for (const b of w.bookings) {
    const r = await t.dispatch('bookings.create', {
      spaceId: pick(spaces, b.space).id,
      start: `${DAYS[b.day]}T${hhmm(b.at[0])}`,
      end: `${DAYS[b.day]}T${hhmm(b.at[1])}`,
      title: '已有活动',
      headCount: b.headCount,
      audienceId: b.audience === null ? null : pick(audiences, b.audience).id,
      organisationId: b.organisation === null ? null : pick(organisations, b.organisation).id,
      overrideReason: b.override ? '协调员同意' : null,
    });
    if (r.ok) made.push(r.value as { id: number; version: number });
  }
  const needOf = (n: World['need']) => ({
    durationMinutes: n.duration,
    headCount: n.headCount,
    audienceId: n.audience === null ? null : pick(audiences, n.audience).id,
    organisationId: n.organisation === null ? null : pick(organisations, n.organisation).id,
  });
  return { site, spaces, made, need: needOf(w.need), waiting: needOf(w.waiting) };
}

/** Book the slot as the desk would, with the same input as the search; then free it again. */
async function bookable(t: TestBackend, slot: { spaceId: number; start: string; end: string }, need: { headCount: number; audienceId: number | null; organisationId: number | null }) {
  const r = await t.dispatch('bookings.create', { ...slot, title: '前台预约', ...need });
  if (!r.ok) return r.error;
  const b = r.value as { id: number; version: number };
  await t.call('bookings.cancel', { id: b.id, version: b.version });
  return null;
}

describe('one rule engine', () => {
  it('a window capped at 5 people is not offered to a group of 6; a window whose weekly quota is used up is not offered', async () => {
    const t = await testBackend();
    try {
      const site = await t.call('sites.save', { name: '书香曲阳' });
      const openingHours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: '08:00', close: '22:00' }));
      const room = await t.call('spaces.save', { siteId: site.id, name: '阅读自修区', kind: 'reading_room', capacity: 40, mode: 'shared', openingHours });
      const students = await t.call('audiences.save', { name: '师生', color: '#f28e2b' });
      const school = await t.call('organisations.save', { name: '新北郊中学', kind: 'school' });
      await t.call('plans.save', {
        spaceId: room.id,
        validFrom: '2026-11-01',
        windows: [
          { weekday: 2, start: '12:00', end: '13:30', audienceId: students.id, maxHeadCount: 5 },
          { weekday: 3, start: '12:00', end: '13:30', audienceId: students.id, organisationId: school.id, maxPerWeek: 1 },
        ],
      });
      const find = (headCount: number, extra: Record<string, unknown> = {}) =>
        t.call('desk.findSlots', { siteId: site.id, from: '2026-11-24', to: '2026-11-26', durationMinutes: 60, headCount, audienceId: students.id, ...extra });
      const starts = (slots: { start: string }[]) => slots.map((s) => s.start);
      expect(starts(await find(5))).toContain('2026-11-24T12:00');
      expect(starts(await find(6))).not.toContain('2026-11-24T12:00');
      expect((await t.fail('bookings.create', { spaceId: room.id, start: '2026-11-24T12:00', end: '2026-11-24T13:00', title: '午间自修', headCount: 6, audienceId: students.id })).details.code).toBe('plans.window_head_count');
      // The school's one booking a week in its Wednesday window: offered until it is used.
      expect(starts(await find(10, { organisationId: school.id }))).toContain('2026-11-25T12:00');
      await t.call('bookings.create', { spaceId: room.id, start: '2026-11-25T12:30', end: '2026-11-25T13:30', title: '社团活动', headCount: 10, audienceId: students.id, organisationId: school.id });
      expect(starts(await find(10, { organisationId: school.id })).filter((s: string) => s.startsWith('2026-11-25'))).toEqual([]);
    } finally {
      await t.close();
    }
  });

  /** Fewer worlds on the server, where each costs a new schema and a round trip per call: the same check on each. */
  const WORLDS = onServer ? 12 : 50;
  it('property: every slot the finder offers, and every waitlist offer, is accepted by bookings.create', async () => {
    let offered = 0;
    await fc.assert(
      fc.asyncProperty(worldArb, async (w) => {
        const t = await testBackend();
        try {
          const { site, made, need, waiting } = await build(t, w);
          const search = { siteId: site.id, from: DAYS[0], to: '2026-11-29', limit: 500 };
          const findInput = { ...search, durationMinutes: need.durationMinutes, headCount: need.headCount, ...(need.audienceId !== null ? { audienceId: need.audienceId } : {}), ...(need.organisationId !== null ? { organisationId: need.organisationId } : {}) };
          const found = await t.dispatch('desk.findSlots', findInput);
          const slots = found.ok ? (found.value as { spaceId: number; start: string; end: string }[]) : [];
          // Every slot, up to a sample of forty spread over the list.
          const step = Math.max(1, Math.ceil(slots.length / 40));
          for (let i = 0; i < slots.length; i += step) {
            offered++;
            expect(await bookable(t, slots[i], need), JSON.stringify({ slot: slots[i], need })).toBeNull();
          }
          // The waitlist: someone waits, a booking is cancelled, every offer made can be booked.
          const contact = await t.call('contacts.save', { name: '陈女士', phone: '13800138000' });
          await t.call('waitlist.add', {
            siteId: site.id,
            contactId: contact.id,
            from: DAYS[0],
            to: '2026-11-29',
            durationMinutes: waiting.durationMinutes,
            headCount: waiting.headCount,
            audienceId: waiting.audienceId,
          });
          for (const b of made) await t.call('bookings.cancel', { id: b.id, version: b.version });
          const offers = (await t.call('waitlist.offers', { siteId: site.id })) as { spaceId: number; start: string; end: string }[];
          for (const o of offers) {
            offered++;
            const slot = { spaceId: o.spaceId, start: o.start, end: o.end };
            expect(await bookable(t, slot, { headCount: waiting.headCount, audienceId: waiting.audienceId, organisationId: null }), JSON.stringify({ offer: slot, waiting })).toBeNull();
          }
        } finally {
          await t.close();
        }
      }),
      { numRuns: WORLDS, seed: 20261201 },
    );
    // The worlds are not so hostile that nothing is ever offered (two offers a world on average, at least).
    expect(offered).toBeGreaterThan(2 * WORLDS);
  }, 180_000);
});
