/**
 * What leaves the app: bookings as .xlsx and CSV, read back with exceljs and csv-parse;
 * the contact list for coordinators only, audited; and calendars read back with ical.js
 * (an independent parser), every occurrence compared with the database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { provideFileSaver } from '../../electron/main/services/files/saver';
import { testBackend, type TestBackend } from '../helpers/backend';
import { booking, operators } from '../helpers/fixtures';
import { editSeries, tuesdaySeries } from '../helpers/plans';

let t: TestBackend;
let dir: string;
beforeEach(async () => {
  t = await testBackend();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagger-exports-'));
  provideFileSaver(t.ctx, { chooseSavePath: async (r) => path.join(dir, r.suggestedName) });
});
afterEach(async () => t.close());

describe('bookings to Excel and CSV', () => {
  it('writes real date and time cells, Chinese headers, widths, a frozen header, a sheet per space, and inert formulas', async () => {
    const { site, room } = await tuesdaySeries(t);
    const other = await t.call('spaces.save', { siteId: site.id, name: '烘焙区', kind: 'kitchen', capacity: 8, openingHours: room.openingHours });
    await t.call('bookings.create', booking(other.id, '2026-12-02T14:00', '2026-12-02T15:00', { title: '=1+2', note: '@SUM(A1)' }));
    const cancelled = await t.call('bookings.create', booking(other.id, '2026-12-03T14:00', '2026-12-03T15:00', { title: '取消的' }));
    await t.call('bookings.cancel', { id: cancelled.id });
    const out = await t.call('exports.bookings', { siteId: site.id, from: '2026-12-01', to: '2026-12-31' });
    expect(out.count).toBe(6); // five Tuesdays of the series in December, and the kitchen's one
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out.path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['阅读自修区', '烘焙区']);
    const ws = wb.getWorksheet('阅读自修区')!;
    expect(ws.getRow(1).values).toEqual([undefined, '日期', '开始', '结束', '站点', '场地', '活动名称', '服务对象', '单位', '联系人', '人数', '状态', '系列', '备注']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(6).width).toBeGreaterThan(20);
    const first = ws.getRow(2);
    expect(first.getCell(1).value).toEqual(new Date(Date.UTC(2026, 11, 1)));
    expect(first.getCell(1).numFmt).toBe('yyyy-mm-dd');
    // 12:00 as a time of day (half a day, which a reader shows as a time on Excel's day 0).
    expect(first.getCell(2).value).toEqual(new Date(Date.UTC(1899, 11, 30, 12, 0)));
    expect(first.getCell(2).numFmt).toBe('hh:mm');
    expect(first.getCell(6).value).toBe('贤达学院午间自修');
    expect(first.getCell(11).value).toBe('已确认');
    expect(ws.rowCount).toBe(6);
    const kitchen = wb.getWorksheet('烘焙区')!;
    expect(kitchen.getRow(2).getCell(6).value).toBe("'=1+2");
    expect(kitchen.getRow(2).getCell(13).value).toBe("'@SUM(A1)");
    expect(kitchen.rowCount).toBe(2);

    const english = await t.call('exports.bookings', { siteId: site.id, from: '2026-12-01', to: '2026-12-31', layout: 'one_sheet', language: 'en', statuses: ['cancelled'] });
    const wbEn = new ExcelJS.Workbook();
    await wbEn.xlsx.readFile(english.path);
    expect(wbEn.worksheets.map((w) => w.name)).toEqual(['All bookings']);
    expect(wbEn.worksheets[0].getRow(1).getCell(1).value).toBe('Date');
    expect(wbEn.worksheets[0].getRow(2).getCell(11).value).toBe('Cancelled');
  });

  it('writes CSV in UTF-8 with a BOM, filtered by organisation and audience', async () => {
    const { site, xianda, students } = await tuesdaySeries(t);
    const out = await t.call('exports.bookings', { siteId: site.id, from: '2026-12-01', to: '2026-12-31', format: 'csv', organisationIds: [xianda.id], audienceIds: [students.id] });
    const bytes = fs.readFileSync(out.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes, { bom: true }) as string[][];
    expect(rows[0][0]).toBe('日期');
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[7]])).toEqual(
      ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29', '2027-01-05'].filter((d) => d <= '2026-12-31').map((d) => [d, '12:00', '13:00', '上外贤达经济人文学院']),
    );
    const none = await t.call('exports.bookings', { siteId: site.id, from: '2026-12-01', to: '2026-12-31', format: 'csv', organisationIds: [xianda.id + 100] });
    expect(none.count).toBe(0);
  });
});

describe('contacts export', () => {
  it('is for coordinators only, carries a privacy notice and is written in the audit log', async () => {
    const { desk, coordinator } = await operators(t);
    await t.call('contacts.save', { name: '王芳', phone: '13800138000', note: '=cmd' });
    await t.call('session.setOperator', { operatorId: desk.id });
    expect((await t.fail('exports.contacts', {})).details.code).toBe('operator.coordinator_only');
    expect(fs.readdirSync(dir)).toEqual([]);
    await t.call('session.setOperator', { operatorId: coordinator.id });
    const out = await t.call('exports.contacts', { format: 'csv' });
    const rows = parse(fs.readFileSync(out.path), { bom: true, relax_column_count: true }) as string[][];
    expect(rows[0][0]).toMatch(/^说明：本表含居民个人信息/);
    expect(rows.slice(1)).toEqual([['姓名', '电话', '单位', '备注'], ['王芳', '13800138000', '', "'=cmd"]]);
    const audit = await t.call('audit.list', { action: 'export' });
    expect(audit.rows[0]).toMatchObject({ entity: 'contact', action: 'export', operatorName: '李老师' });
    // The exported list can be imported again: the notice line is skipped.
    const back = await t.call('imports.preview', { kind: 'contacts', fileName: 'c.csv', data: fs.readFileSync(out.path).toString('base64') });
    expect(back.rows.map((r: any) => [r.values.name, r.duplicate?.reason])).toEqual([['王芳', 'phone']]);
  });
});

/** Every occurrence the calendar file gives, as wall-clock [start, end, title], through ical.js. */
function occurrencesIn(text: string): { uid: string; start: string; end: string; title: string; instant: number }[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const out = [];
  for (const ve of cal.getAllSubcomponents('vevent')) {
    const ev = new ICAL.Event(ve);
    const starts: ICAL.Time[] = [];
    if (ev.isRecurring()) {
      const it = ev.iterator();
      for (let next = it.next(); next; next = it.next()) starts.push(next);
    } else starts.push(ev.startDate);
    for (const s of starts) {
      const d = ev.getOccurrenceDetails(s);
      out.push({ uid: ev.uid, start: d.startDate.toString().slice(0, 16), end: d.endDate.toString().slice(0, 16), title: ev.summary, instant: d.startDate.toUnixTime() });
    }
  }
  return out.sort((a, b) => a.start.localeCompare(b.start));
}

describe('calendars (.ics)', () => {
  it('an organisation\'s bookings: the series as an RRULE with EXDATE for a skipped and a moved date, the moved one on its own', async () => {
    const { saved, room, xianda } = await tuesdaySeries(t);
    await editSeries(t, { seriesId: saved.id, date: '2026-12-15', scope: 'this', action: 'cancel', reason: '场地检修' });
    const moving = saved.occurrences.find((o: any) => o.date === '2026-12-22').bookingId;
    const b = await t.call('bookings.get', { id: moving });
    await t.call('bookings.move', { id: b.id, version: b.version, start: '2026-12-24T19:00', end: '2026-12-24T20:00', overrideReason: '改期' });
    await t.call('bookings.create', booking(room.id, '2026-12-03T09:00', '2026-12-03T10:00', { title: '单次来访', organisationId: xianda.id, overrideReason: '来访' }));
    const out = await t.call('exports.calendar', { organisationId: xianda.id, from: '2026-11-23', to: '2027-03-01' });
    const text = fs.readFileSync(out.path, 'utf8');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai');
    expect(text).toContain('TZOFFSETTO:+0800');
    expect(text).toMatch(/RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;WKST=MO;UNTIL=20270105T155959Z/);
    expect(text).toContain('EXDATE;TZID=Asia/Shanghai:20261215T120000');
    expect(text).toContain('EXDATE;TZID=Asia/Shanghai:20261222T120000');
    expect(text).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/m);

    const db = (await t.call('bookings.range', { from: '2026-11-23', to: '2027-03-02', spaceIds: [room.id] })).filter((x: any) => x.organisationId === xianda.id);
    const ics = occurrencesIn(text);
    expect(ics.map((o) => [o.start, o.end, o.title])).toEqual(db.map((x: any) => [x.start, x.end, x.title]));
    expect(ics).toHaveLength(6); // 6 - 1 skipped + the single visit
    // Shanghai time, not the machine's: 12:00 there is 04:00 UTC.
    expect(ics[0].instant).toBe(Date.parse('2026-12-01T12:00:00+08:00') / 1000);
    expect(ics.find((o) => o.start === '2026-12-24T19:00')!.uid).toBe(`booking-${moving}@stagger.local`);

    // Exported again: the same UIDs, so a calendar app updates instead of doubling.
    const again = await t.call('exports.calendar', { organisationId: xianda.id, from: '2026-11-23', to: '2027-03-01' });
    const uids = (s: string) => [...s.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]).sort();
    expect(uids(fs.readFileSync(again.path, 'utf8'))).toEqual(uids(text));
  });

  it('a space\'s schedule over a period holds every booking of the space in it', async () => {
    const { room, residents } = await tuesdaySeries(t);
    await t.call('bookings.create', booking(room.id, '2026-12-02T09:00', '2026-12-02T10:00', { title: '晨读', audienceId: residents.id }));
    const out = await t.call('exports.calendar', { spaceId: room.id, from: '2026-12-01', to: '2026-12-20', language: 'en' });
    const ics = occurrencesIn(fs.readFileSync(out.path, 'utf8'));
    const db = await t.call('bookings.range', { from: '2026-12-01', to: '2026-12-21', spaceIds: [room.id] });
    expect(ics.map((o) => [o.start, o.end, o.title])).toEqual(db.map((x: any) => [x.start, x.end, x.title]));
    expect(ics).toHaveLength(4);
  });
});
