/**
 * What an import writes: contacts with their duplicates skipped or updated as chosen,
 * all in one transaction, audited; bookings and standing weekly bookings through the
 * same rules as bookings made by hand, each clash naming the booking it meets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';

const FIXTURES = path.resolve('tests/fixtures/import');
const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');
const fixture = (name: string) => b64(fs.readFileSync(path.join(FIXTURES, name)));

let t: TestBackend;
beforeEach(async () => {
  t = await testBackend({ demoData: true });
});
afterEach(async () => t.close());

describe('contacts', () => {
  it('imports the fixed file; a duplicate is updated when the row says so, and each contact is audited', async () => {
    const csv = new TextDecoder('gb18030').decode(fs.readFileSync(path.join(FIXTURES, 'contacts-gb18030.csv'))).replace('1380013100,', '13800131002,');
    const input = { kind: 'contacts', fileName: '联系人.csv', data: b64(csv), duplicates: 'skip', rowChoices: [{ line: 6, action: 'update' }] };
    const preview = await t.call('imports.preview', input);
    expect(preview.counts).toEqual({ rows: 6, create: 5, update: 1, skip: 0, error: 0 });
    // The preview wrote nothing.
    expect(await t.call('contacts.search', { query: '李秀英' })).toEqual([]);
    const done = await t.call('imports.apply', input);
    expect(done.counts).toEqual(preview.counts);
    const [li] = await t.call('contacts.search', { query: '李秀英' });
    expect(li).toMatchObject({ phone: '13800131001' });
    const [wang] = await t.call('contacts.search', { query: '13800138003' });
    expect(wang).toMatchObject({ name: '王阿姨', note: '已在系统中（电话相同）', version: 2 });
    const orgs = await t.call('organisations.list', {});
    const club = orgs.find((o: any) => o.name === '新成立的读书会');
    expect(club).toBeTruthy();
    const [zhou] = await t.call('contacts.search', { query: '周丽' });
    expect(zhou.organisationId).toBe(club.id);
    const audits = await t.conn.db.selectFrom('audit_log').select(['entity', 'action']).where('action', '=', 'import').execute();
    expect(audits.filter((a) => a.entity === 'contact')).toHaveLength(6);
    expect(audits.filter((a) => a.entity === 'contacts')).toHaveLength(1);
  });

  it('the same person twice in a file is a problem to fix, naming the first line', async () => {
    const r = await t.call('imports.preview', { kind: 'contacts', fileName: 'c.csv', data: b64('姓名,电话\n甲,13800139001\n乙,138 0013 9001\n') });
    expect(r.rows[1]).toMatchObject({ action: 'error', problems: [{ column: 'phone', code: 'import.duplicate_in_file', params: { line: 2 } }] });
  });

  it('same name and same organisation without a phone is a duplicate', async () => {
    await t.call('imports.apply', { kind: 'contacts', fileName: 'c.csv', data: b64('姓名,单位\n何伟,上海大学\n') });
    const r = await t.call('imports.preview', { kind: 'contacts', fileName: 'c.csv', data: b64('姓名,单位\n何伟,上海大学\n何伟,英语角\n') });
    expect(r.rows.map((x: any) => [x.action, x.duplicate?.reason ?? null])).toEqual([
      ['skip', 'name_organisation'],
      ['create', null],
    ]);
  });
});

describe('organisations and spaces', () => {
  it('imports organisations with their kind in words, and spaces with opening days, a half inside its whole', async () => {
    const orgs = await t.call('imports.apply', { kind: 'organisations', fileName: 'o.csv', data: b64('单位名称,类型,英文名称\n虹口区少年宫,学校,Hongkou Youth Palace\n上海大学,高校,\n') });
    expect(orgs.rows.map((r: any) => r.action)).toEqual(['create', 'skip']);
    const spaces = [
      '站点,场地名称,类型,容量,开放日,开放时间,使用方式,上级场地,需审批',
      '初心驿站,屋顶球场,球场,20,周一至周五,08:00-20:00,独享,,否',
      '初心驿站,屋顶球场东半场,球场,10,"周一、三、五",08:00-20:00,独享,屋顶球场,是',
      '初心驿站,坏行,教堂,0,周八,8点-20点,,,',
    ].join('\n');
    const r = await t.call('imports.preview', { kind: 'spaces', fileName: 's.csv', data: b64(spaces) });
    expect(r.rows[0].action).toBe('create');
    expect(r.rows[1].action).toBe('create');
    expect(r.rows[2].problems.map((p: any) => [p.column, p.code])).toEqual([
      ['kind', 'import.not_a_choice'],
      ['days', 'import.not_days'],
      ['capacity', 'fields.min'],
    ]);
    const ok = spaces.split('\n').slice(0, 3).join('\n');
    await t.call('imports.apply', { kind: 'spaces', fileName: 's.csv', data: b64(ok) });
    const all = await t.call('spaces.list', {});
    const whole = all.find((s: any) => s.name === '屋顶球场');
    const half = all.find((s: any) => s.name === '屋顶球场东半场');
    expect(half).toMatchObject({ parentId: whole.id, needsApproval: true, openingHours: [1, 3, 5].map((weekday) => ({ weekday, open: '08:00', close: '20:00' })) });
  });
});

describe('bookings', () => {
  it('checks every row with the booking rules: a clash names the booking it meets, unknown names are said', async () => {
    const r = await t.call('imports.preview', { kind: 'bookings', fileName: 'b.xlsx', data: fixture('bookings.xlsx') });
    const byLine = new Map<number, any>(r.rows.map((x: any) => [x.line, x]));
    // Line 4 (12月5日, the year from the file's other dates) meets line 3's booking, written just before it.
    expect(byLine.get(4)).toMatchObject({ action: 'error', problems: [{ column: 'start', code: 'booking.overlap', params: { title: '读书会', start: '2026-12-05 14:00', end: '16:00' } }] });
    expect(byLine.get(5)).toMatchObject({ action: 'error', problems: [{ column: 'space', code: 'import.unknown_space', params: { name: '不存在的场地' } }] });
    expect(byLine.get(3)).toMatchObject({ action: 'create', notices: [{ column: 'contact', code: 'import.new_contact' }] });
    const series = byLine.get(2) as any;
    expect(series.problems).toEqual([]);
    // Nothing was written by the preview.
    expect(await t.call('bookings.range', { from: '2026-12-05', to: '2026-12-06', siteId: 2 })).not.toContainEqual(expect.objectContaining({ title: '读书会' }));
  });

  it('imports one-off and weekly bookings that become a series, in one transaction', async () => {
    const text = [
      '场地,日期,开始时间,结束时间,活动名称,服务对象,人数,重复,重复至',
      '青年活动室,2026/12/9,19:00,20:30,夜校,居民,8,每周,2027-01-27',
      '青年活动室,12月10日,19:00,20:00,单次讲座,居民,8,,',
    ].join('\n');
    const preview = await t.call('imports.preview', { kind: 'bookings', fileName: 'b.csv', data: b64(text) });
    expect(preview.rows.map((x: any) => x.problems)).toEqual([[], []]);
    await t.call('imports.apply', { kind: 'bookings', fileName: 'b.csv', data: b64(text) });
    const list = await t.call('series.list', {});
    const s = list.find((x: any) => x.title === '夜校');
    expect(s).toMatchObject({ firstDate: '2026-12-09', lastDate: '2027-01-27', startTime: '19:00', endTime: '20:30' });
    const view = await t.call('series.get', { id: s.id });
    expect(view.occurrences.length).toBe(8);
    const again = await t.call('imports.preview', { kind: 'bookings', fileName: 'b.csv', data: b64(text) });
    // Imported twice: every date clashes with what the first import wrote, and says which booking.
    expect(again.rows[0].problems[0]).toMatchObject({ column: 'date', code: 'booking.overlap', params: { title: '夜校', date: '2026-12-09' } });
    expect(again.rows[1].problems[0]).toMatchObject({ code: 'booking.overlap', params: { title: '单次讲座' } });
  });

  it('a standing booking skips the holidays in its span and says so; 9月1日 takes its year from the file', async () => {
    const text = [
      '场地,日期,开始时间,结束时间,活动名称,服务对象,人数,重复,重复至',
      '青年活动室,9月30日,19:00,20:00,秋季夜读,居民,6,每周,2026-10-21',
    ].join('\n');
    const r = await t.call('imports.preview', { kind: 'bookings', fileName: 'b.csv', data: b64(text) });
    expect(r.rows[0]).toMatchObject({ action: 'create', problems: [] });
    expect(r.rows[0].notices).toEqual([{ column: 'date', code: 'import.skipped_date', params: { date: '2026-10-07', reason: expect.stringContaining('国庆') } }]);
    await t.call('imports.apply', { kind: 'bookings', fileName: 'b.csv', data: b64(text) });
    const s = (await t.call('series.list', {})).find((x: any) => x.title === '秋季夜读');
    const view = await t.call('series.get', { id: s.id });
    expect(view.occurrences.map((o: any) => [o.date, o.exception ?? (o.bookingId ? 'booked' : null)])).toEqual([
      ['2026-09-30', 'booked'],
      ['2026-10-07', 'skipped'],
      ['2026-10-14', 'booked'],
      ['2026-10-21', 'booked'],
    ]);
  });
});

