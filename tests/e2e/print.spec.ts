/**
 * Printed timetables: rendered by the real print page in Chromium, saved with page.pdf
 * in print media, then read back with poppler (pdftotext, pdfinfo) and turned into
 * pictures (pdftoppm) under test-results/print/ for a person to look at.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Backend } from '../../electron/main/backend';
import { providePrinter } from '../../electron/main/services/print/printer';
import { chooseOption, expect, test } from './fixtures';
import { compact, PRINT_DIR, readPrintPdf, savePrintPdf } from './printed';

/** Test bookings go where the test needs them, whatever the spaces' time-sharing plans say. */
const OVERRIDE = '打印测试数据';
/** Mainland mobiles and landlines with an area code, as people write them. */
const PHONE = /1[3-9]\d{9}|0\d{2,3}-\d{7,8}/g;

interface PrintedPdf {
  /** When the PDF file was written (Date.now()), before it is read back. */
  savedAt: number;
  text: string;
  pages: number;
  pageSize: string;
}

/** Save the page as a PDF the way the app prints it, read it back, and render it to PNGs. */
async function printSheets(page: Page, name: string): Promise<PrintedPdf> {
  const file = path.join(PRINT_DIR, `${name}.pdf`);
  // Nothing may run over the edge of its page: a sheet's content must fit the sheet.
  await savePrintPdf(page, file, async () => {
    const overflowing = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[role="article"]'))
        .filter((el) => el.getClientRects().length > 0 && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1))
        .map((el) => el.getAttribute('aria-label')),
    );
    expect(overflowing, 'sheets whose content is cut off').toEqual([]);
  });
  const savedAt = Date.now();
  return { savedAt, ...readPrintPdf(file) };
}

function expectTitles(pdf: PrintedPdf, titles: string[]) {
  const text = compact(pdf.text);
  expect(titles.filter((title) => !text.includes(compact(title))), 'titles missing from the PDF').toEqual([]);
}

/** Public timetables show the desk's phone and nothing else that looks like a phone number. */
function expectOnlyDeskPhones(pdf: PrintedPdf, deskPhones: string[]) {
  const phones = [...pdf.text.matchAll(PHONE)].map((m) => m[0]);
  expect(phones.filter((p) => !deskPhones.includes(p))).toEqual([]);
}

async function call<T = any>(backend: Backend, method: string, input: unknown): Promise<T> {
  const r = await backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

async function ids(backend: Backend) {
  const audiences = await call<{ id: number; name: string }[]>(backend, 'audiences.list', {});
  const spaces = await call<{ id: number; name: string }[]>(backend, 'spaces.list', {});
  const sites = await call<{ id: number; name: string; phone: string }[]>(backend, 'sites.list', {});
  return {
    audience: (name: string) => audiences.find((a) => a.name === name)!.id,
    space: (name: string) => spaces.find((s) => s.name === name)!.id,
    site: (name: string) => sites.find((s) => s.name === name)!,
    contact: async (name: string) => (await call<{ id: number }[]>(backend, 'contacts.search', { query: name }))[0].id,
  };
}

async function pickSpaces(page: Page, names: string[]) {
  await page.getByRole('combobox', { name: '打印哪些场地' }).click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  for (const name of names) await dropdown.getByTitle(name, { exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(dropdown).toHaveCount(0);
}

function sheets(page: Page) {
  return page.getByRole('region', { name: '打印预览' }).getByRole('article');
}

test.describe('weekly timetable of a space', () => {
  test('a busy week of the shared reading room: every title printed, overlaps side by side, no personal phone numbers', async ({ openApp, backend, snap }) => {
    const id = await ids(backend);
    const reading = id.space('阅读自修区');
    const sun = await id.contact('孙老师');
    const busy: [string, string, string, string, string, number?][] = [
      ['2026-11-23', '09:00', '10:30', '长者数字课堂：智能手机入门', '老年人'],
      ['2026-11-23', '10:00', '12:00', '志愿者备课会', '居民'],
      ['2026-11-24', '08:00', '10:00', '考研自习小组', '师生'],
      ['2026-11-24', '14:00', '18:00', '上外贤达学院社区口述史访谈工作坊（第三期）：老城区的日常记忆', '师生', sun],
      ['2026-11-25', '18:00', '20:00', '家长课堂：青春期沟通', '家长'],
      ['2026-11-25', '18:30', '20:30', '科研人员夜读', '科研人员'],
      ['2026-11-26', '12:00', '13:30', '午间自修', '师生'],
      ['2026-11-26', '19:00', '21:00', '读书会：城市更新与社区', '居民'],
      ['2026-11-27', '08:30', '10:00', '老年人读报会', '老年人'],
      ['2026-11-27', '15:00', '17:00', '小学生作业辅导', '家长'],
      ['2026-11-28', '09:00', '12:00', '周末亲子绘本共读', '家长'],
      ['2026-11-28', '10:00', '11:30', 'English Reading Club', '居民'],
      ['2026-11-28', '14:00', '16:00', '围棋兴趣小组', '居民'],
      ['2026-11-29', '13:00', '17:00', 'Open study afternoon 开放自习', '居民'],
    ];
    for (const [day, start, end, title, audience, contactId] of busy) {
      await call(backend, 'bookings.create', {
        spaceId: reading, start: `${day}T${start}`, end: `${day}T${end}`, title, audienceId: id.audience(audience), headCount: 5, contactId: contactId ?? null, overrideReason: OVERRIDE,
      });
    }
    const page = await openApp('print');
    await chooseOption(page, '站点', '书香曲阳社区文化会客厅');
    await pickSpaces(page, ['阅读自修区']);
    await page.getByText('中英双语', { exact: true }).click();
    await expect(sheets(page)).toHaveCount(1);
    await expect(sheets(page).first()).toContainText('第 48 周');
    await snap('print-week-zh');
    const pdf = await printSheets(page, 'busy-week-bilingual');
    expect(pdf.pages).toBe(1);
    expect(pdf.pageSize).toContain('(A4)');
    expectTitles(pdf, [...busy.map((b) => b[3]), '居民晨读', '新北郊中学午间自修', '上外学生自修']);
    expectOnlyDeskPhones(pdf, ['021-65550303']);
    expect(pdf.text).not.toContain('孙老师');
    for (const label of ['阅读自修区', 'Reading & Study Area', '第 48 周', 'Week 48', '2026年11月23日 – 11月29日', '图例', 'Legend', '前台电话', '打印日期 2026-11-23', '虹口区曲阳路街道 玉田路', 'Yutian Road, Quyang Road Subdistrict, Hongkou District']) {
      expect(compact(pdf.text)).toContain(compact(label));
    }

    // English only, on A3.
    await page.getByText('English', { exact: true }).last().click();
    await page.getByText('A3', { exact: true }).click();
    await expect(sheets(page).first()).toContainText('Week 48');
    const en = await printSheets(page, 'busy-week-en-a3');
    expect(en.pages).toBe(1);
    expect(en.pageSize).toContain('(A3)');
    expect(compact(en.text)).toContain(compact('Reading & Study Area'));
    expect(en.text).not.toContain('阅读自修区');
    // The address on the door is the English one the site gives, not the Chinese.
    expect(compact(en.text)).toContain(compact('Yutian Road, Quyang Road Subdistrict, Hongkou District'));
    expect(en.text).not.toContain('玉田路');
    expectOnlyDeskPhones(en, ['021-65550303']);
  });

  test('the week of 国庆 (2026-10-01) marks the holiday on the days the calendar closes', async ({ openApp, backend }) => {
    const id = await ids(backend);
    const site = id.site('初心驿站');
    const week = await call<{ spaces: { name: string; days: { date: string; closed: { kind: string; reason: string } | null }[] }[] }>(
      backend, 'print.weekTimetable.get', { siteId: site.id, weekStart: '2026-09-28' },
    );
    const holidays = week.spaces.flatMap((s) => s.days.filter((d) => d.closed?.kind === 'holiday'));
    test.fixme(holidays.length === 0, 'The calendar (plans/constraints.ts spaceDays) does not report holidays yet; the 国庆 week prints as an ordinary week until it does.');
    const open = week.spaces[0].days.find((d) => d.closed === null)!;
    await call(backend, 'bookings.create', {
      spaceId: id.space(week.spaces[0].name), start: `${open.date}T10:00`, end: `${open.date}T11:00`, title: '节前楼组长会议', audienceId: id.audience('居民'), overrideReason: OVERRIDE,
    });
    const page = await openApp('print');
    await chooseOption(page, '站点', '初心驿站');
    await page.getByRole('textbox', { name: '周' }).fill('2026-10-01');
    await page.keyboard.press('Enter');
    await expect(sheets(page).first()).toContainText('第 40 周');
    const pdf = await printSheets(page, 'holiday-week');
    expect(pdf.pages).toBe(week.spaces.length);
    expectTitles(pdf, ['节前楼组长会议']);
    for (const reason of new Set(holidays.map((d) => d.closed!.reason))) expect(compact(pdf.text)).toContain(compact(reason));
  });
});

test.describe('the Friday batch: every space of a site, one page each', () => {
  test('a demo site prints one page per space with all its bookings and no contact phones', async ({ openApp, backend }) => {
    const page = await openApp('print');
    await chooseOption(page, '站点', '初心驿站');
    await expect(sheets(page)).toHaveCount(4);
    const pdf = await printSheets(page, 'batch-chuxin');
    expect(pdf.pages).toBe(4);
    const week = await call<{ spaces: { days: { bookings: { title: string }[] }[] }[] }>(backend, 'print.weekTimetable.get', {
      siteId: (await ids(backend)).site('初心驿站').id, weekStart: '2026-11-23',
    });
    expectTitles(pdf, week.spaces.flatMap((s) => s.days.flatMap((d) => d.bookings.map((b) => b.title))));
    expectTitles(pdf, ['周六议事厅', '老年人健康小屋', '青年活动室', '户外职工接力站']);
    expectOnlyDeskPhones(pdf, ['021-65550202']);
    for (const person of ['刘师傅', '王阿姨']) expect(pdf.text).not.toContain(person);
  });

  test('a site with 15 spaces prints 15 pages (the time it takes is printed as a figure)', async ({ openApp, backend }) => {
    const id = await ids(backend);
    const site = await call<{ id: number }>(backend, 'sites.save', { name: '嘉兴路综合活动中心', nameEn: 'Jiaxing Road Activity Centre', address: '虹口区嘉兴路 100 号', phone: '021-65559999' });
    const names = ['一楼大厅', '多功能厅', '会议室甲', '会议室乙', '阅览室', '书画室', '舞蹈房', '乒乓球室', '棋牌室', '烘焙教室', '亲子活动室', '健身房', '音乐教室', '手工坊', '心理咨询室'];
    const audiences = ['居民', '老年人', '师生', '家长', '科研人员', '合作单位'];
    const titles: string[] = [];
    for (const [n, name] of names.entries()) {
      const space = await call<{ id: number }>(backend, 'spaces.save', {
        siteId: site.id, name, kind: 'room', capacity: 20, openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: '08:00', close: '21:00' })),
      });
      for (let k = 0; k < 5; k++) {
        const day = `2026-11-${String(23 + ((n + k * 2) % 7)).padStart(2, '0')}`;
        const hour = 8 + ((n * 3 + k * 5) % 11);
        const title = `${name}活动${k + 1}`;
        titles.push(title);
        await call(backend, 'bookings.create', {
          spaceId: space.id, start: `${day}T${String(hour).padStart(2, '0')}:00`, end: `${day}T${String(hour + 2).padStart(2, '0')}:00`,
          title, audienceId: id.audience(audiences[(n + k) % audiences.length]), contactId: await id.contact('沈明'), overrideReason: OVERRIDE,
        });
      }
    }
    const page = await openApp('print');
    const started = Date.now();
    await chooseOption(page, '站点', '嘉兴路综合活动中心');
    await expect(sheets(page)).toHaveCount(15);
    const laidOut = Date.now();
    const pdf = await printSheets(page, 'batch-15-spaces');
    const s = (t: number) => ((t - started) / 1000).toFixed(2);
    console.log(`batch PDF of a site with 15 spaces: ${s(pdf.savedAt)} s from choosing the site to the saved PDF (laid out after ${s(laidOut)} s)`);
    expect(pdf.pages).toBe(15);
    expectTitles(pdf, [...names, ...titles]);
    expectOnlyDeskPhones(pdf, ['021-65559999']);
    expect(pdf.text).not.toContain('沈明');
  });
});

test.describe('daily desk sheet', () => {
  test('lists today’s bookings of a site in time order with contact, phone, head count and a check-in box', async ({ openApp }) => {
    const page = await openApp('print');
    await page.getByText('前台当日表', { exact: true }).click();
    await chooseOption(page, '站点', '书香曲阳社区文化会客厅');
    await expect(sheets(page)).toHaveCount(1);
    await expect(page.getByText('前台当日表含联系人电话')).toBeVisible();
    const pdf = await printSheets(page, 'desk-sheet');
    expect(pdf.pages).toBe(1);
    const text = compact(pdf.text);
    expect(text.indexOf('居民晨读')).toBeLessThan(text.indexOf('新北郊中学午间自修'));
    for (const expected of ['李老师', '13800138004', '前台当日预约表', '2026年11月23日星期一', '签到']) expect(text).toContain(compact(expected));
  });
});

test.describe('printing from the app', () => {
  test('save as PDF hands the paper and a file name to the desktop printer, and says where it went', async ({ openApp, backend }) => {
    const jobs: unknown[] = [];
    providePrinter(backend.ctx, {
      savePdf: async (job) => (jobs.push(job), { path: `/home/desk/${job.fileName}` }),
      print: async () => ({ printed: true }),
    });
    const page = await openApp('print');
    await chooseOption(page, '站点', '瑞虹共享会客厅');
    await page.getByText('A3', { exact: true }).click();
    await expect(sheets(page)).toHaveCount(2);
    await page.getByRole('button', { name: /保存为 PDF/ }).click();
    await expect(page.getByText('已保存：/home/desk/瑞虹共享会客厅-第48周时间表.pdf')).toBeVisible();
    expect(jobs).toEqual([{ paper: 'A3', fileName: '瑞虹共享会客厅-第48周时间表.pdf' }]);
  });

  test('outside the desktop app, printing says it needs the app', async ({ openApp }) => {
    const page = await openApp('print');
    await expect(sheets(page).first()).toBeVisible();
    await page.getByRole('button', { name: /打\s?印/ }).click();
    await expect(page.getByText('只有在桌面应用中才能打印或保存 PDF。')).toBeVisible();
  });
});
