import { afterEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { booking, siteWithSpace } from '../helpers/fixtures';
import { providePrinter, type Printer } from '../../electron/main/services/print/printer';
import { DEMO_CONTACTS } from '../../electron/main/services/demo/data';

const WEEK = '2026-11-23';
let t: TestBackend;
afterEach(async () => t?.close());

async function siteNamed(name: string): Promise<{ id: number; phone: string }> {
  const sites = await t.call('sites.list', {});
  return sites.find((s: { name: string }) => s.name === name);
}

describe('weekly timetable of a site', () => {
  it('has one page per space with its site, seven days from Monday, and the week’s bookings on their days', async () => {
    t = await testBackend({ demoData: true });
    const site = await siteNamed('书香曲阳社区文化会客厅');
    const sheet = await t.call('print.weekTimetable.get', { siteId: site.id, weekStart: WEEK });
    expect(sheet.spaces.map((s: { name: string }) => s.name)).toEqual(['阅读自修区', '路演厅', '会议室', '轻食吧']);
    const reading = sheet.spaces[0];
    expect(reading.site).toMatchObject({ name: '书香曲阳社区文化会客厅', address: '虹口区曲阳路街道 玉田路', phone: '021-65550303' });
    expect(reading.days.map((d: { date: string }) => d.date)).toEqual([
      '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29',
    ]);
    expect(reading.days[0].bookings.map((b: { title: string }) => b.title)).toEqual(['居民晨读', '新北郊中学午间自修']);
    expect(reading.days[0].bookings[1]).toMatchObject({ organisationName: '新北郊中学', organisationNameEn: 'Xinbeijiao Middle School' });
    // The legend names exactly the audiences that appear, in list order.
    expect(sheet.audiences.map((a: { name: string }) => a.name)).toEqual(['居民', '师生', '家长', '科研人员']);
    expect(sheet.today).toBe('2026-11-23');
  });

  it('prints chosen spaces in the order chosen, and leaves out cancelled bookings', async () => {
    t = await testBackend();
    const { space } = await siteWithSpace(t);
    const other = await t.call('spaces.save', { siteId: space.siteId, name: '球场', kind: 'court', capacity: 10 });
    const kept = await t.call('bookings.create', booking(space.id, '2026-11-25T10:00', '2026-11-25T11:00', { title: '书法课' }));
    const dropped = await t.call('bookings.create', booking(space.id, '2026-11-25T14:00', '2026-11-25T15:00', { title: '已取消的课' }));
    await t.call('bookings.cancel', { id: dropped.id });
    const sheet = await t.call('print.weekTimetable.get', { spaceIds: [other.id, space.id], weekStart: WEEK });
    expect(sheet.spaces.map((s: { name: string }) => s.name)).toEqual(['球场', '活动室']);
    expect(sheet.spaces[1].days[2].bookings.map((b: { id: number }) => b.id)).toEqual([kept.id]);
  });

  it('refuses a week that does not start on Monday, and a request naming neither site nor spaces', async () => {
    t = await testBackend();
    const { site } = await siteWithSpace(t);
    expect((await t.fail('print.weekTimetable.get', { siteId: site.id, weekStart: '2026-11-24' })).details.fields[0]).toMatchObject({ path: 'weekStart', code: 'monday' });
    expect((await t.fail('print.weekTimetable.get', { weekStart: WEEK })).kind).toBe('validation');
    expect((await t.fail('print.weekTimetable.get', { siteId: 999, weekStart: WEEK })).kind).toBe('not_found');
  });
});

describe('privacy of the public timetable', () => {
  it('never carries a contact’s name or phone number, only titles and organisations', async () => {
    t = await testBackend({ demoData: true });
    const sites = await t.call('sites.list', {});
    for (const site of sites) {
      const sheet = await t.call('print.weekTimetable.get', { siteId: site.id, weekStart: WEEK });
      const text = JSON.stringify(sheet);
      for (const c of DEMO_CONTACTS) {
        expect(text).not.toContain(c.phone);
        expect(text).not.toContain(c.name);
      }
      for (const space of sheet.spaces) {
        for (const day of space.days) {
          for (const b of day.bookings) {
            expect(Object.keys(b).sort()).toEqual(['audienceId', 'end', 'id', 'organisationName', 'organisationNameEn', 'start', 'status', 'title']);
          }
        }
      }
    }
  });

  it('the desk sheet of the same day names the contact and phone, in time order, with head counts', async () => {
    t = await testBackend({ demoData: true });
    const site = await siteNamed('书香曲阳社区文化会客厅');
    const sheet = await t.call('print.deskSheet.get', { siteId: site.id, date: WEEK });
    expect(sheet.rows.map((r: { start: string; title: string }) => `${r.start.slice(11)} ${r.title}`)).toEqual(['08:30 居民晨读', '12:00 新北郊中学午间自修']);
    expect(sheet.rows[1]).toMatchObject({ contactName: '李老师', contactPhone: '13800138004', headCount: 18, status: 'confirmed', spaceName: '阅读自修区', spaceNameEn: 'Reading & Study Area' });
    expect(sheet.site.phone).toBe('021-65550303');
  });
});

describe('printing through the app window', () => {
  it('answers with a clear error where no printer is available (outside the desktop app)', async () => {
    t = await testBackend();
    expect((await t.fail('print.toPdf', { paper: 'A4', fileName: 'week.pdf' })).details.code).toBe('print.unavailable');
    expect((await t.fail('print.print', {})).details.code).toBe('print.unavailable');
  });

  it('hands the paper size and file name to the printer of its backend', async () => {
    t = await testBackend();
    const jobs: unknown[] = [];
    const printer: Printer = {
      savePdf: async (job) => (jobs.push(['pdf', job]), { path: `/tmp/${job.fileName}` }),
      print: async (job) => (jobs.push(['print', job]), { printed: true }),
    };
    providePrinter(t.ctx, printer);
    expect(await t.call('print.toPdf', { paper: 'A3', fileName: '第48周.pdf' })).toEqual({ path: '/tmp/第48周.pdf' });
    expect(await t.call('print.print', {})).toEqual({ printed: true });
    expect(jobs).toEqual([['pdf', { paper: 'A3', fileName: '第48周.pdf' }], ['print', { paper: 'A4', fileName: 'timetable.pdf' }]]);
    expect((await t.fail('print.toPdf', { fileName: '../etc/passwd' })).kind).toBe('validation');
  });
});
