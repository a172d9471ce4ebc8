/**
 * The report's figures against a small subdistrict built by hand, whose answers are
 * worked out here from the definitions (README: 统计报表), not read from the output.
 *
 * October 2026 (国庆 1–7 October; 中秋 25–27 September):
 * - 一站 closes on holidays. 活动室 (shared, 20 people) opens every day 08:00–22:00 and is
 *   closed for repairs on 20–21 October; 手工坊 opens Monday to Friday 09:00–17:00 and is
 *   archived on the evening of Thursday 15 October.
 * - 二站 stays open on holidays (Sunday's plan). 球场 opens every day 09:00–21:00; its plan
 *   gives the partner group 篮球队 a standing block on Tuesdays 19:00–21:00.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { allWeek, booking } from '../helpers/fixtures';

let t: TestBackend;
let clock = '2026-09-01T08:00';
const at = (now: string) => (clock = now);
const ids: Record<string, number> = {};
const PHONE = '13912345678';

async function checkedIn(spaceId: number, start: string, end: string, extra: Record<string, unknown>) {
  at(start.replace(/T.*/, 'T07:00'));
  const b = await t.call('bookings.create', booking(spaceId, start, end, extra));
  at(start);
  await t.call('bookings.checkIn', { id: b.id });
  return b;
}

beforeAll(async () => {
  t = await testBackend({ now: () => clock });
  const op = await t.call('operators.save', { name: '李老师', role: 'coordinator' });
  await t.call('session.setOperator', { operatorId: op.id });
  const residents = await t.call('audiences.save', { name: '居民', color: '#4e79a7' });
  const partners = await t.call('audiences.save', { name: '合作单位', color: '#e15759' });
  const team = await t.call('organisations.save', { name: '社区篮球队', kind: 'sports' });
  const contact = await t.call('contacts.save', { name: '周阿姨', phone: PHONE });
  const siteA = await t.call('sites.save', { name: '一站', address: '测试路 1 号' });
  const siteB = await t.call('sites.save', { name: '二站', address: '测试路 2 号' });
  await t.call('holidayPolicies.save', { siteId: siteA.id, mode: 'closed' });
  const room = await t.call('spaces.save', { siteId: siteA.id, name: '活动室', kind: 'room', capacity: 20, mode: 'shared', openingHours: allWeek.map((h) => ({ ...h, open: '08:00', close: '22:00' })) });
  const workshop = await t.call('spaces.save', {
    siteId: siteA.id,
    name: '手工坊',
    kind: 'room',
    capacity: 10,
    openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, open: '09:00', close: '17:00' })),
  });
  const court = await t.call('spaces.save', { siteId: siteB.id, name: '球场', kind: 'court', capacity: 30, openingHours: allWeek.map((h) => ({ ...h, open: '09:00', close: '21:00' })) });
  await t.call('plans.save', {
    spaceId: court.id,
    validFrom: '2026-09-01',
    name: '秋季',
    windows: [{ weekday: 2, start: '19:00', end: '21:00', audienceId: partners.id, organisationId: team.id }],
  });
  Object.assign(ids, { residents: residents.id, partners: partners.id, team: team.id, siteA: siteA.id, siteB: siteB.id, room: room.id, workshop: workshop.id, court: court.id });
  const r = { audienceId: residents.id };

  // The day before the period, and the day after it.
  await t.call('bookings.create', booking(court.id, '2026-09-30T20:00', '2026-09-30T21:00', { ...r, headCount: 3 }));
  await t.call('bookings.create', booking(court.id, '2026-11-01T09:00', '2026-11-01T10:00', { ...r, headCount: 9 }));
  // The period's first day (a holiday; 二站 stays open), checked in.
  await checkedIn(court.id, '2026-10-01T09:00', '2026-10-01T11:00', { ...r, headCount: 12, title: '国庆篮球赛' });
  // A no-show on Monday 12 October, marked before anything else is booked near it.
  at('2026-10-12T07:00');
  await t.call('bookings.create', booking(room.id, '2026-10-12T09:00', '2026-10-12T10:00', { ...r, headCount: 3 }));
  at('2026-10-12T09:30');
  await t.call('desk.markNoShows', {});
  // Two groups sharing the room on 8 October, 10:00–12:00 (checked in) and 11:00–13:00.
  await checkedIn(room.id, '2026-10-08T10:00', '2026-10-08T12:00', { ...r, headCount: 5, contactId: contact.id, title: '编织小组' });
  await t.call('bookings.create', booking(room.id, '2026-10-08T11:00', '2026-10-08T13:00', { ...r, headCount: 6, title: '读报会' }));
  // Cancelled: counts only as a cancellation.
  const rain = await t.call('bookings.create', booking(room.id, '2026-10-09T14:00', '2026-10-09T15:00', { ...r, headCount: 4 }));
  await t.call('bookings.cancel', { id: rain.id, reason: '下雨' });
  // The workshop before it is archived.
  await t.call('bookings.create', booking(workshop.id, '2026-10-09T09:00', '2026-10-09T12:00', { ...r, headCount: 8, title: '剪纸' }));
  await checkedIn(workshop.id, '2026-10-14T13:00', '2026-10-14T14:00', { ...r, headCount: 2, title: '串珠' });
  // The team uses its block once (13 October) of the three Tuesdays the plan gives it.
  await t.call('bookings.create', booking(court.id, '2026-10-13T19:00', '2026-10-13T21:00', { audienceId: partners.id, organisationId: team.id, headCount: 15, title: '篮球训练' }));
  at('2026-10-15T18:00');
  await t.call('spaces.setArchived', { id: workshop.id, archived: true });
  await t.call('closures.save', { closure: { spaceId: room.id, firstDay: '2026-10-20', lastDay: '2026-10-21', reason: '维修' } });
  // The period's last day, booked and not checked in (check-in not used that evening).
  await t.call('bookings.create', booking(court.id, '2026-10-31T19:00', '2026-10-31T21:00', { ...r, headCount: 10, title: '夜场' }));
  at('2026-11-23T09:00');
});
afterAll(() => t.close());

const october = { kind: 'month', from: '2026-10-01', to: '2026-11-01' };

describe('figures of a month', () => {
  it('counts open hours without holidays, closures and the days after archiving, and the rest from the bookings', async () => {
    const r = await t.call('reports.figures', { scope: { kind: 'subdistrict' }, period: october });
    // 活动室: 31 days − 国庆 1–7 (一站 closes) − repairs 20–21 = 22 days × 14 h.
    // 手工坊: weekdays 8, 9, 12, 13, 14, 15 October (1–7 holidays, archived after the 15th) × 8 h.
    // 球场: all 31 days × 12 h (二站 stays open on holidays).
    const open = 22 * 14 * 60 + 6 * 8 * 60 + 31 * 12 * 60;
    // Room: 8 Oct 10:00–13:00 once (two groups overlap) + the no-show's hour; workshop 3 h + 1 h;
    // court: 1 Oct 2 h, 13 Oct 2 h, 31 Oct 2 h.
    const booked = 180 + 60 + 180 + 60 + 120 + 120 + 120;
    expect(r.figures).toEqual({
      openMinutes: open,
      bookedMinutes: booked,
      utilisation: booked / open,
      // Tuesdays 13, 20 and 27 October (6 October is a holiday run on Sunday's plan).
      windowMinutes: 3 * 120,
      windowBookedMinutes: 120,
      // Everything not cancelled: 2 + 1 no-show in the room, 2 in the workshop, 3 on the court.
      bookings: 8,
      requested: 0,
      held: 7,
      heldCheckedIn: 3,
      heads: 12 + 5 + 6 + 8 + 2 + 15 + 10,
      headsBooked: 6 + 8 + 15 + 10,
      noShows: 1,
      noShowRate: 1 / 8,
      cancellations: 1,
      cancellationRate: 1 / 9,
    });
    expect(r.unknownYears).toEqual([]);
    expect(r.cancellationReasons).toEqual([{ reason: '下雨', count: 1 }]);
  });

  it('compares with September and with October last year', async () => {
    const r = await t.call('reports.figures', { scope: { kind: 'subdistrict' }, period: october });
    expect(r.previous.period).toEqual({ kind: 'month', from: '2026-09-01', to: '2026-10-01' });
    expect(r.lastYear.period).toEqual({ kind: 'month', from: '2025-10-01', to: '2025-11-01' });
    // September: 中秋 25–27 closes 一站; the workshop opens on 22 weekdays less Friday the 25th.
    expect(r.previous.figures).toMatchObject({
      openMinutes: 27 * 14 * 60 + 21 * 8 * 60 + 30 * 12 * 60,
      bookings: 1,
      held: 1,
      heads: 3,
      headsBooked: 3,
      bookedMinutes: 60,
    });
    expect(r.lastYear.figures).toMatchObject({ bookings: 0, held: 0, heads: 0, utilisation: 0, noShowRate: null, cancellationRate: null });
  });

  it('breaks the month down by site, space, audience, partner, weekday and hour', async () => {
    const r = await t.call('reports.figures', { scope: { kind: 'subdistrict' }, period: october });
    const site = (id: number) => r.bySite.find((s: { siteId: number }) => s.siteId === id);
    expect(site(ids.siteA)).toMatchObject({ openMinutes: 22 * 840 + 6 * 480, bookedMinutes: 480, bookings: 5, held: 4, cancellations: 1, noShows: 1 });
    expect(site(ids.siteB)).toMatchObject({ openMinutes: 31 * 720, bookedMinutes: 360, bookings: 3, held: 3, heads: 37 });
    const workshop = r.bySpace.find((s: { spaceId: number }) => s.spaceId === ids.workshop);
    expect(workshop).toMatchObject({ archived: true, archivedOn: '2026-10-15', openMinutes: 6 * 480, held: 2, heads: 10, utilisation: 240 / 2880 });
    const partners = r.byAudience.find((a: { audienceId: number }) => a.audienceId === ids.partners);
    // All planned window time is the partners'; their 2 h of 15 h of booking time (groups added:
    // residents 2 + 2 + 1 + 3 + 1 + 2 + 2 h, the no-show included).
    expect(partners).toMatchObject({ held: 1, heads: 15, windowMinutes: 360, windowBookedMinutes: 120, plannedShare: 1, usedShare: 120 / 900 });
    expect(r.byOrganisation).toEqual([
      { organisationId: ids.team, name: '社区篮球队', nameEn: '', bookings: 1, held: 1, heads: 15, headsBooked: 15, noShows: 0, cancellations: 0, bookingMinutes: 120 },
    ]);
    // Thursday: 1 October and 8 October (twice); the cancelled Friday counts only as a cancellation.
    expect(r.byWeekday.find((d: { weekday: number }) => d.weekday === 4)).toMatchObject({ bookings: 3, held: 3, heads: 23 });
    expect(r.byWeekday.find((d: { weekday: number }) => d.weekday === 5)).toMatchObject({ bookings: 1, held: 1, cancellations: 1 });
    expect(r.byHour.find((h: { hour: number }) => h.hour === 19)).toMatchObject({ bookings: 2, held: 2, heads: 25 });
    expect(r.byMonth.reduce((n: number, m: { held: number }) => n + m.held, 0)).toBe(7);
    expect(r.unusedBlocks).toEqual([
      expect.objectContaining({ spaceId: ids.court, organisationId: ids.team, weekday: 2, start: '19:00', end: '21:00', occurrences: 3, used: 1 }),
    ]);
  });

  it('narrows to a site and to one archived space', async () => {
    const site = await t.call('reports.figures', { scope: { kind: 'site', siteId: ids.siteA }, period: october });
    expect(site.scope).toMatchObject({ kind: 'site', name: '一站' });
    expect(site.figures).toMatchObject({ openMinutes: 22 * 840 + 6 * 480, bookings: 5, held: 4, heads: 21, noShows: 1, cancellations: 1 });
    const space = await t.call('reports.figures', { scope: { kind: 'space', spaceId: ids.workshop }, period: october });
    expect(space.scope).toMatchObject({ kind: 'space', name: '手工坊', siteName: '一站' });
    expect(space.figures).toMatchObject({ openMinutes: 6 * 480, bookedMinutes: 240, held: 2, heads: 10, headsBooked: 8 });
  });

  it('lists every held activity in the ledger in date order, with totals and without phone numbers', async () => {
    const ledger = await t.call('reports.ledger', { scope: { kind: 'subdistrict' }, period: october });
    expect(ledger.rows.map((row: { date: string; start: string; title: string; checkedIn: boolean }) => [row.date, row.start, row.title, row.checkedIn])).toEqual([
      ['2026-10-01', '09:00', '国庆篮球赛', true],
      ['2026-10-08', '10:00', '编织小组', true],
      ['2026-10-08', '11:00', '读报会', false],
      ['2026-10-09', '09:00', '剪纸', false],
      ['2026-10-13', '19:00', '篮球训练', false],
      ['2026-10-14', '13:00', '串珠', true],
      ['2026-10-31', '19:00', '夜场', false],
    ]);
    expect(ledger.rows[1]).toMatchObject({ organiser: '周阿姨', siteName: '一站', spaceName: '活动室', audienceName: '居民', headCount: 5 });
    expect(ledger.rows[4]).toMatchObject({ organiser: '社区篮球队', audienceName: '合作单位' });
    expect({ total: ledger.total, totalHeads: ledger.totalHeads, checkedIn: ledger.checkedIn }).toEqual({ total: 7, totalHeads: 58, checkedIn: 3 });
    expect(JSON.stringify(ledger)).not.toContain(PHONE);
  });

  it('refuses a period that ends before it starts, in the user\'s words', async () => {
    const e = await t.fail('reports.figures', { scope: { kind: 'subdistrict' }, period: { kind: 'range', from: '2026-10-05', to: '2026-10-01' } });
    expect(e.kind).toBe('validation');
    const missing = await t.fail('reports.figures', { scope: { kind: 'site', siteId: 999 }, period: october });
    expect(missing.details.code).toBe('site.not_found');
  });
});

describe('the workbook', () => {
  it('is written where the save dialog says, with real number and date cells and English sheets in English', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { provideFileSaver } = await import('../../electron/main/services/files/saver');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagger-xlsx-'));
    const offers: unknown[] = [];
    provideFileSaver(t.ctx, { chooseSavePath: async (offer) => (offers.push(offer), path.join(dir, offer.suggestedName)) });
    for (const [language, sheets] of [
      ['zh', ['汇总', '台账', '按站点', '按场地', '按服务对象', '按合作单位', '按星期', '按时段', '按月份']],
      ['en', ['Summary', 'Ledger', 'By site', 'By space', 'By audience', 'By partner', 'By weekday', 'By hour', 'By month']],
    ] as const) {
      const out = await t.call('reports.exportWorkbook', { scope: { kind: 'subdistrict' }, period: october, language, fileName: `r-${language}.xlsx` });
      expect(out.path).toBe(path.join(dir, `r-${language}.xlsx`));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out.path);
      expect(wb.worksheets.map((w) => w.name)).toEqual(sheets);
      const ledger = wb.worksheets[1];
      expect(ledger.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ledger.getCell('A2').value).toEqual(new Date(Date.UTC(2026, 9, 1)));
      expect(ledger.getCell('I2').value).toBe(12);
      // Seven activities, then the totals row: 58 people, 3 checked in.
      expect(ledger.getRow(9).getCell(9).value).toBe(58);
      const summary = wb.worksheets[0];
      const utilisation = summary.getRow(9);
      expect(utilisation.getCell(2).value).toBeCloseTo(840 / (22 * 840 + 6 * 480 + 31 * 720), 10);
      expect(utilisation.getCell(2).numFmt).toBe('0.0%');
    }
    expect(offers[0]).toEqual({ suggestedName: 'r-zh.xlsx', filterName: 'Excel', extensions: ['xlsx'] });
  });
});
