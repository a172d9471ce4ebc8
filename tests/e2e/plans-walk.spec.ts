/**
 * A coordinator's walk through the plans screen as a newcomer meets it (issue 12, items
 * 7–11): the site chosen once holds on every screen and after a restart; the plan editor
 * says why it cannot save and starts next Monday; the off-peak view is filtered and hands
 * an idle window to the plan editor; a closure says who to tell, copied for WeChat and
 * printed; a series started mid-term leaves the past alone. Screens at 1366×768 and
 * 1920×1080, in Chinese and English.
 */
import type { Page } from '@playwright/test';
import type { Backend } from '../../electron/main/backend';
import type { PrintJob } from '../../electron/shared/contract/print';
import { providePrinter } from '../../electron/main/services/print/printer';
import { chooseOption, expect, fillDateRange, settledPopup, test } from './fixtures';
import { compact, printToPdf } from './printed';

const SMALL = { width: 1366, height: 768 };
const LARGE = { width: 1920, height: 1080 };

async function call<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const r = (await backend.dispatch(method, input)) as { ok: true; value: T } | { ok: false; error: unknown };
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** Screens at both sizes: `name-1366` and `name-1920`; the walk goes on at 1366×768. */
async function snapBoth(page: Page, snap: (name: string) => Promise<void>, name: string) {
  await page.setViewportSize(LARGE);
  await page.waitForTimeout(300);
  await snap(`${name}-1920`);
  await page.setViewportSize(SMALL);
  await page.waitForTimeout(300);
  await snap(`${name}-1366`);
}

/** The element lies wholly inside the window, so nobody has to scroll to it. */
async function expectInView(page: Page, what: ReturnType<Page['getByRole']>) {
  const box = (await what.boundingBox())!;
  const view = page.viewportSize()!;
  expect(box.y, 'top in view').toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, 'bottom in view').toBeLessThanOrEqual(view.height);
}

test.use({ viewport: SMALL });

test('a coordinator’s walk at 1366×768: one site everywhere, a plan from next Monday, an idle window offered, a closure told, a series started mid-term', async ({
  openApp,
  backend,
  snap,
  context,
}) => {
  test.setTimeout(150_000);
  // A new room in 书香曲阳 without a plan yet, and a printer that keeps what it was asked to print.
  const sites = await call<{ id: number; name: string }[]>(backend, 'sites.list', {});
  const shuxiang = sites.find((s) => s.name === '书香曲阳社区文化会客厅')!;
  await call(backend, 'spaces.save', {
    siteId: shuxiang.id,
    name: '共享书房',
    nameEn: 'Shared Study',
    kind: 'room',
    capacity: 12,
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: '08:00', close: '21:00' })),
  });
  const printed: PrintJob[] = [];
  providePrinter(backend.ctx, { print: async (job) => (printed.push(job), { printed: true }), savePdf: async () => ({ path: null }) });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  // 11. The site is chosen once, on the calendar; the plans screen has it, and so has the app after a restart.
  const page = await openApp('calendar');
  await chooseOption(page, '站点', '书香曲阳社区文化会客厅');
  await page.getByRole('menuitem', { name: /错峰计划/ }).click();
  await page.getByRole('tab', { name: '闭馆' }).click();
  await expect(page.getByRole('combobox', { name: '站点' }).locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText('书香曲阳社区文化会客厅');
  await page.reload();
  await page.getByRole('menuitem', { name: /前台/ }).click();
  await expect(page.getByRole('combobox', { name: '站点' }).locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText('书香曲阳社区文化会客厅');
  await page.getByRole('menuitem', { name: /错峰计划/ }).click();
  await page.getByRole('tab', { name: '闲置分析' }).click();
  await expect(page.getByRole('combobox', { name: '站点' }).locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText('书香曲阳社区文化会客厅');

  // 10. The off-peak view of the reading area, residents only: percentages on the map, the audience in the list.
  await chooseOption(page, '场地筛选', '阅读自修区');
  await chooseOption(page, '对象筛选', '居民');
  const heatmap = page.getByRole('img', { name: '各时段使用率热力图' });
  await expect(heatmap.locator('text', { hasText: /^\d+%$/ }).first()).toBeVisible();
  const idle = page.getByRole('row', { name: /阅读自修区/ });
  await expect(idle.first()).toBeVisible();
  const idleRows = await idle.allTextContents();
  expect(idleRows.length).toBeGreaterThan(0);
  expect(idleRows.every((r) => r.includes('居民')), 'every idle window is the residents’').toBe(true);
  await snapBoth(page, snap, 'plans-walk-usage');
  const first = idle.first();
  const [weekday, time] = [await first.locator('td').nth(1).textContent(), await first.locator('td').nth(2).textContent()];
  await first.getByRole('button', { name: /调给其他对象/ }).click();

  // ... the plan editor opens on that window; it goes to the parents from next Monday.
  const side = page.getByRole('complementary', { name: '时段设置与操作' });
  await expect(side).toContainText(`闲置时段：${weekday} ${time} 居民`);
  const settings = page.getByRole('region', { name: '时段设置' });
  await expect(settings).toContainText(`${weekday} ${time}（居民）`);
  await expect(page.getByText('将新建 2026-11-30 起的版本')).toBeVisible();
  // 9. At 1366×768 the window's settings, the save and the help are in view without scrolling.
  await expectInView(page, settings);
  await expectInView(page, page.getByRole('button', { name: '保存计划' }));
  await expectInView(page, side.getByRole('alert').last());
  await chooseOption(page, '时段对象', '家长');
  await snapBoth(page, snap, 'plans-walk-offer');
  await page.getByRole('button', { name: '保存计划' }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  const spaces = await call<{ id: number; name: string; siteId: number }[]>(backend, 'spaces.list', {});
  const reading = spaces.find((s) => s.name === '阅读自修区')!;
  const plans = await call<{ validFrom: string; windows: { weekday: number; start: string; end: string; audienceId: number }[] }[]>(backend, 'plans.list', { spaceId: reading.id });
  const audiences = await call<{ id: number; name: string }[]>(backend, 'audiences.list', {});
  const parents = audiences.find((a) => a.name === '家长')!.id;
  const [start, end] = time!.split('–');
  expect(plans.at(-1)!.validFrom).toBe('2026-11-30');
  expect(plans.at(-1)!.windows.filter((w) => w.start === start && w.end === end && w.audienceId === parents).length).toBeGreaterThan(0);

  // 9. A space without a plan starts next Monday; without a date, the save says what is missing.
  await chooseOption(page, '选择场地', '共享书房');
  const dateField = page.getByRole('textbox', { name: '生效日期' });
  await expect(dateField).toHaveValue('2026-11-30');
  await dateField.hover();
  await page.locator('.ant-picker-clear').click();
  await expect(page.getByRole('button', { name: '保存计划' })).toBeDisabled();
  await expect(page.getByRole('note')).toHaveText('请先选择生效日期');
  await snapBoth(page, snap, 'plans-walk-editor-missing-date');
  await dateField.click();
  await page.locator('.ant-picker-dropdown:visible').getByTitle('2026-11-30').click();
  await expect(page.getByRole('button', { name: '保存计划' })).toBeEnabled();
  await expect(page.getByRole('note')).toHaveCount(0);

  // 11. Space pickers are grouped by site, the current site first.
  await page.getByRole('combobox', { name: '选择场地' }).click();
  const groups = page.locator('.ant-select-dropdown:visible .ant-select-item-group');
  await expect(groups.first()).toHaveText('书香曲阳社区文化会客厅');
  // The list is virtual: a few groups are drawn at a time, each another site.
  // (Asked until the list has settled: while it opens, its groups are drawn a frame later.)
  await expect.poll(async () => (await groups.allTextContents()).length).toBeGreaterThan(1);
  const shown = await groups.allTextContents();
  expect(new Set(shown).size).toBe(shown.length);
  await page.keyboard.press('Escape');

  // 8. A closure of the reading area: plain messages on the fields, spaces of this site only.
  await page.getByRole('tab', { name: '闭馆' }).click();
  await page.getByRole('button', { name: '添加闭馆' }).click();
  await expect(page.getByText('请选择闭馆的起止日期')).toBeVisible();
  await expect(page.getByText('请填写闭馆原因')).toBeVisible();
  await expect(page.getByText(/closure\./)).toHaveCount(0);
  await page.getByRole('combobox', { name: '场地' }).click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect.poll(() => options.allTextContents()).toEqual(expect.arrayContaining(['阅读自修区', '共享书房']));
  expect(await options.allTextContents()).not.toContain('周六议事厅');
  await page.keyboard.press('Escape');
  await chooseOption(page, '场地', '阅读自修区');
  // Typed the wrong way round, the range is put in order rather than saved backwards.
  await fillDateRange(page, '2026-11-26', '2026-11-25', { first: /^闭馆日期/ });
  await expect(page.getByRole('textbox', { name: /^闭馆日期/ })).toHaveValue('2026-11-25');
  await expect(page.getByRole('textbox', { name: '到' })).toHaveValue('2026-11-26');
  await page.getByRole('textbox', { name: '原因' }).fill('消防检查');
  await snapBoth(page, snap, 'plans-walk-closure-form');
  await page.getByRole('button', { name: '添加闭馆' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('该闭馆影响 1 个预约');
  const hit = dialog.getByRole('row', { name: /上外学生自修/ });
  await expect(hit).toContainText('孙老师');
  await expect(hit).toContainText('13800138012');
  await expect(hit).toContainText('上海外国语大学');
  await settledPopup(page, '该闭馆影响 1 个预约');
  await dialog.getByRole('button', { name: '复制（微信）' }).click();
  await expect(page.getByText('已复制 1 条预约，可粘贴到微信')).toBeVisible();
  const copied = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  expect(copied).toEqual([
    '【闭馆通知】书香曲阳社区文化会客厅 阅读自修区 2026-11-25 至 2026-11-26 闭馆（消防检查），以下 1 个预约受影响：',
    '2026-11-25 周三 12:00–13:30 · 阅读自修区 · 上外学生自修 · 孙老师 13800138012 · 上海外国语大学',
  ]);
  await page.waitForTimeout(300);
  await snapBoth(page, snap, 'plans-walk-closure-hits');
  // Print goes through the app's print path; what it prints is the call list.
  await dialog.getByRole('button', { name: '打印名单' }).click();
  await expect.poll(() => printed.length).toBe(1);
  expect(printed[0].fileName).toBe('闭馆通知 书香曲阳社区文化会客厅 阅读自修区 2026-11-25.pdf');
  const text = compact((await printToPdf(page, 'closure-call-list')).text);
  for (const words of ['闭馆通知', '上外学生自修', '孙老师', '13800138012', '上海外国语大学']) expect(text).toContain(words);
  expect(text).not.toContain('错峰计划');
  await dialog.getByRole('button', { name: '全部取消并备注原因' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '全部取消' }).click();
  await expect(dialog).toContainText('已取消 1 个预约。请逐一通知下列联系人。');
  await dialog.getByRole('button', { name: '关 闭' }).click();

  // 7. A Wednesday series from the start of term: the past is counted, not booked; the save stays in view.
  await page.getByRole('tab', { name: '系列预约' }).click();
  await chooseOption(page, '场地', '阅读自修区');
  await page.getByRole('textbox', { name: '名称' }).fill('学期读书会');
  await chooseOption(page, '对象', '师生');
  await page.getByRole('combobox', { name: '星期' }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('周三', { exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: '开始日期' }).fill('2026-09-09');
  await page.getByRole('textbox', { name: '结束日期' }).fill('2026-12-30');
  await page.getByRole('button', { name: '预 览' }).click();
  const series = {
    spaceId: reading.id,
    startTime: '12:00',
    endTime: '13:30',
    title: '学期读书会',
    audienceId: audiences.find((a) => a.name === '师生')!.id,
    headCount: 10,
    rule: { freq: 'weekly', interval: 1, weekdays: [3], startDate: '2026-09-09', until: '2026-12-30' },
  };
  const occ = await call<{ date: string; status: string; past?: boolean }[]>(backend, 'series.preview', series);
  const n = (f: (o: (typeof occ)[number]) => boolean) => occ.filter(f).length;
  const future = (s: string) => n((o) => !o.past && o.status === s);
  // Eleven Wednesdays from 09-09 to 11-18, and the make-up Saturday 10-10 that runs Wednesday's plan.
  expect(n((o) => !!o.past)).toBe(12);
  // The closure just saved (11-25) shows up in the tally, which names it only when it happens.
  expect(future('closure')).toBe(1);
  await expect(page.getByRole('status', { name: '预览统计' })).toHaveText(
    `可预约 ${future('free')} · 冲突 ${future('clash')} · 节假日 ${future('holiday')} · 调休 ${future('makeup')} · 已过去 12 · 闭馆 1`,
  );
  await expect(page.getByRole('row', { name: /2026-09-16/ })).toContainText('已过去');
  await expect(page.getByRole('row', { name: /2026-09-16/ }).getByText('跳过')).toBeVisible();
  // However far down the list, the save is on screen.
  await page.getByRole('row', { name: /2026-10-14/ }).scrollIntoViewIfNeeded();
  const saveSeries = page.getByRole('button', { name: /保存系列（\d+ 次）/ });
  await expectInView(page, saveSeries);
  await snapBoth(page, snap, 'plans-walk-series-tally');
  await page.getByRole('row', { name: /2026-12-30/ }).scrollIntoViewIfNeeded();
  await expectInView(page, saveSeries);
  await expect(saveSeries).toHaveText(`保存系列（${future('free')} 次）`);
  await saveSeries.click();
  await expect(page.getByText('已保存').first()).toBeVisible();
  const written = (await call<{ title: string; start: string }[]>(backend, 'bookings.range', { from: '2026-09-01', to: '2027-01-01', spaceIds: [reading.id] })).filter(
    (b) => b.title === '学期读书会',
  );
  expect(written).toHaveLength(future('free'));
  expect(written.every((b) => b.start >= '2026-11-23'), 'nothing booked in the past').toBe(true);
  // The dates gone by are not kept as skips to restore either: only the closed 11-25 is skipped.
  const listed = await call<{ title: string; skipped: number }[]>(backend, 'series.list', { spaceId: reading.id });
  expect(listed.find((x) => x.title === '学期读书会')?.skipped).toBe(1);
});

test('the same screens in English: a site remembered from the last start, the off-peak view, an offered window, a closure’s call list, a series’ tally', async ({
  openApp,
  backend,
  page,
  snap,
}) => {
  test.setTimeout(120_000);
  const sites = await call<{ id: number; name: string }[]>(backend, 'sites.list', {});
  const shuxiang = sites.find((s) => s.name === '书香曲阳社区文化会客厅')!;
  // The site chosen before the app was last closed.
  await page.addInitScript((id) => window.localStorage.setItem('stagger.site', String(id)), shuxiang.id);
  await openApp('plans', { language: 'en' });
  await page.getByRole('tab', { name: 'Off-peak' }).click();
  await expect(page.getByRole('combobox', { name: 'Site' }).locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText(
    'Shuxiang Quyang Community Culture Parlour',
  );
  await chooseOption(page, 'Space filter', 'Reading & Study Area');
  await expect(page.getByRole('img', { name: 'Usage of the windows by weekday and hour' }).locator('text', { hasText: /^\d+%$/ }).first()).toBeVisible();
  await snapBoth(page, snap, 'plans-walk-en-usage');
  await page.getByRole('button', { name: /^Offer to another audience: / }).first().click();
  await expect(page.getByRole('complementary', { name: 'Window settings and actions' })).toContainText('Idle window:');
  await expect(page.getByText('New version from 2026-11-30')).toBeVisible();
  const side = page.getByRole('complementary', { name: 'Window settings and actions' });
  await expectInView(page, side.getByRole('region', { name: 'Window settings' }));
  await expectInView(page, side.getByRole('alert').last());
  await snapBoth(page, snap, 'plans-walk-en-offer');

  await page.getByRole('tab', { name: 'Closures' }).click();
  await page.getByRole('button', { name: 'Add closure' }).click();
  await expect(page.getByText('Choose the first and last day of the closure')).toBeVisible();
  await chooseOption(page, 'Space', 'Reading & Study Area');
  await fillDateRange(page, '2026-11-25', '2026-11-25', { first: /^Closed/, last: 'To' });
  await page.getByRole('textbox', { name: 'Reason' }).fill('Fire inspection');
  await page.getByRole('button', { name: 'Add closure' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('row', { name: /上外学生自修/ })).toContainText('13800138012');
  await expect(dialog.getByRole('button', { name: 'Copy for WeChat' })).toBeVisible();
  await page.waitForTimeout(300);
  await snapBoth(page, snap, 'plans-walk-en-closure-hits');
  await dialog.getByRole('button', { name: 'Keep them' }).click();

  await page.getByRole('tab', { name: 'Recurring series' }).click();
  await chooseOption(page, 'Space', 'Reading & Study Area');
  await page.getByRole('textbox', { name: 'Title' }).fill('Term reading group');
  await chooseOption(page, 'Audience', 'Teachers & students');
  await page.getByRole('combobox', { name: 'Weekdays' }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('Wed', { exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: 'Start date' }).fill('2026-09-09');
  await page.getByRole('textbox', { name: 'Until' }).fill('2026-12-30');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('status', { name: 'Preview summary' })).toHaveText(/^Bookable \d+ · Clashes \d+ · Holidays \d+ · Make-up days \d+ · Past 12 · Closed 1$/);
  await page.getByRole('row', { name: /2026-10-14/ }).scrollIntoViewIfNeeded();
  await expectInView(page, page.getByRole('button', { name: /^Save series/ }));
  await snapBoth(page, snap, 'plans-walk-en-series-tally');
});
