/**
 * A court and its halves wherever a space is shown on its own (today board, calendar,
 * poster, desk sheet), and the desk's room finder: free stretches per space and day,
 * filtered, walked and booked with the keyboard. Screenshots at 1366×768 and 1920×1080
 * in both languages under test-results/screens/, printed posters under test-results/print/.
 */
import type { Page } from '@playwright/test';
import type { Backend } from '../../electron/main/backend';
import { chooseOption, expect, test } from './fixtures';
import { printToPdf } from './printed';

const SMALL = { width: 1366, height: 768 };
const LARGE = { width: 1920, height: 1080 };

async function call<T = any>(backend: Backend, method: string, input: unknown): Promise<T> {
  const r = await backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

async function courtIds(backend: Backend) {
  const site = (await call<{ id: number; name: string }[]>(backend, 'sites.list', {})).find((s) => s.name === '铭庭小区篮球场')!;
  const spaces = await call<{ id: number; name: string }[]>(backend, 'spaces.list', { siteId: site.id });
  const id = (name: string) => spaces.find((s) => s.name === name)!.id;
  return { site: site.id, whole: id('半场篮球场（全场）'), east: id('东侧投篮区'), west: id('西侧练习区') };
}

/** Each printed page's text (pdftotext separates pages with a form feed). */
const pagesOf = (text: string) => text.split('\f').map((p) => p.replace(/\s+/g, ''));

// Long journeys through several screens, on a machine shared with other builds.
test.describe.configure({ timeout: 150_000 });

async function switchLanguage(page: Page, to: 'English' | '中文') {
  await page.getByText(to, { exact: true }).first().click();
}

const mark = (label: string, t0: number) => console.log(`${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);

test('the whole court and its halves: held ground shows on the today board, the calendar, the poster and the desk sheet', async ({ openApp, backend, snap, page }) => {
  const t0 = Date.now();
  const court = await courtIds(backend);
  // Today (Monday) the whole court is booked 10–12: both halves are taken then.
  await call(backend, 'bookings.create', {
    spaceId: court.whole, start: '2026-11-23T10:00', end: '2026-11-23T12:00', title: '街道三人篮球赛', headCount: 18, overrideReason: '街道活动',
  });
  await page.setViewportSize(SMALL);
  await openApp('desk');
  await chooseOption(page, '站点', '铭庭小区篮球场');
  const board = page.getByRole('region', { name: '今日概况' });
  const westToday = board.getByRole('list', { name: '西侧练习区' });
  await expect(westToday.getByRole('listitem', { name: /全场占用.*街道三人篮球赛/ })).toBeVisible();
  await expect(westToday).not.toContainText('今天暂无预约');
  await expect(board.getByRole('list', { name: '半场篮球场（全场）' }).getByRole('listitem', { name: /10:00 街道三人篮球赛/ })).toBeVisible();
  await snap('courts-today-1366-zh');
  mark('courts-today-1366-zh', t0);

  // The calendar on Tuesday: the basketball team's whole-court evening in both halves' columns.
  await page.getByRole('menuitem', { name: '预约日历' }).click();
  await chooseOption(page, '站点', '铭庭小区篮球场');
  await page.getByRole('textbox', { name: '日期' }).fill('2026-11-24');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  const west = page.getByRole('gridcell', { name: '西侧练习区' });
  await expect(west.getByRole('button', { name: /全场占用.*社区篮球队训练.*18:00–20:00/ })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: '东侧投篮区' }).getByRole('button', { name: /全场占用.*社区篮球队训练/ })).toBeVisible();
  await west.getByRole('button', { name: /全场占用/ }).scrollIntoViewIfNeeded();
  await snap('courts-calendar-site-1366-zh');
  mark('courts-calendar-site-1366-zh', t0);
  // A click on the held ground opens the booking it belongs to.
  await west.getByRole('button', { name: /全场占用/ }).click();
  await expect(page.getByRole('dialog').getByRole('textbox', { name: '活动名称' })).toHaveValue('社区篮球队训练');
  await page.keyboard.press('Escape');
  // The west half's week: both whole-court evenings, marked, beside nothing of its own.
  await page.locator('.ant-segmented-item', { hasText: /^周$/ }).click();
  await chooseOption(page, '场地', '西侧练习区');
  await expect(page.getByText('全场占用 · 社区篮球队训练')).toBeVisible();
  await expect(page.getByText('全场占用 · 社区足球队体能训练')).toBeVisible();
  await snap('courts-calendar-week-1366-zh');
  mark('courts-calendar-week-1366-zh', t0);

  // The posters of the west half and the whole court, this week.
  await page.getByRole('menuitem', { name: '打印时间表' }).click();
  await chooseOption(page, '站点', '铭庭小区篮球场');
  await page.getByRole('combobox', { name: '打印哪些场地' }).click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  for (const name of ['西侧练习区', '半场篮球场（全场）']) await dropdown.getByTitle(name, { exact: true }).click();
  await page.keyboard.press('Escape');
  const sheets = page.getByRole('region', { name: '打印预览' }).getByRole('article');
  await expect(sheets).toHaveCount(2);
  const westSheet = sheets.filter({ hasText: '西侧练习区' }).first();
  await expect(westSheet).toContainText('全场占用');
  await expect(westSheet).not.toContainText('本周暂无预约');
  await snap('courts-poster-1366-zh');
  mark('courts-poster-1366-zh', t0);
  await page.setViewportSize(LARGE);
  await snap('courts-poster-1920-zh');
  mark('courts-poster-1920-zh', t0);
  const zh = await printToPdf(page, 'court-west-and-whole-zh');
  mark('pdf', t0);
  expect(zh.pages).toBe(2);
  const [westPage, wholePage] = pagesOf(zh.text);
  for (const text of ['西侧练习区', '全场占用', '社区篮球队训练', '社区足球队体能训练']) expect(westPage).toContain(text);
  expect(westPage).not.toContain('本周暂无预约');
  for (const text of ['半场篮球场（全场）', '半场占用', '青少年投篮练习', '社区足球队体能训练', '街道三人篮球赛']) expect(wholePage).toContain(text);
  // Nothing personal on the door: 沈明 booked the football team's evening.
  expect(zh.text).not.toContain('沈明');
  // Bilingual: the label has its English under the Chinese.
  await page.getByText('中英双语', { exact: true }).click();
  await expect(westSheet).toContainText('Whole court booked');

  // The desk sheet of today lists the held halves, grey, without a box to tick.
  await page.getByText('前台当日表', { exact: true }).click();
  const deskSheet = page.getByRole('region', { name: '打印预览' }).getByRole('article');
  await expect(deskSheet.getByRole('row', { name: /东侧投篮区、西侧练习区.*全场占用.*街道三人篮球赛/ })).toBeVisible();
  await snap('courts-desk-sheet-1920-zh');
  mark('courts-desk-sheet-1920-zh', t0);

  // English, large screen: the calendar's week of the west half and the today board.
  await switchLanguage(page, 'English');
  await page.getByRole('menuitem', { name: 'Calendar' }).click();
  await chooseOption(page, 'Site', 'Mingting Basketball Court');
  await expect(page.getByRole('button', { name: /Whole court booked.*街道三人篮球赛/ }).first()).toBeVisible();
  await snap('courts-calendar-1920-en');
  mark('courts-calendar-1920-en', t0);
  await page.getByRole('menuitem', { name: 'Front desk' }).click();
  await chooseOption(page, 'Site', 'Mingting Basketball Court');
  await expect(page.getByRole('listitem', { name: /Whole court booked/ }).first()).toBeVisible();
  await snap('courts-today-1920-en');
  mark('courts-today-1920-en', t0);
  await page.setViewportSize(SMALL);
  await snap('courts-today-1366-en');
  mark('courts-today-1366-en', t0);
});

test('the room finder: a fortnight spread over its days per space, filtered, walked and booked by keyboard', async ({ openApp, backend, snap, page }) => {
  const t0 = Date.now();
  await page.setViewportSize(SMALL);
  await openApp('desk');
  await chooseOption(page, '站点', '瑞虹共享会客厅');
  // The default day is the next 14 days; one hour for four people.
  await chooseOption(page, '时长', '60 分钟');
  await page.getByRole('spinbutton', { name: '人数' }).fill('4');
  await page.getByRole('spinbutton', { name: '人数' }).press('Enter');
  const results = page.getByRole('list', { name: '可预约的空档' });
  const groups = results.getByRole('listitem');
  await expect(groups).toHaveCount(2);
  // Each space has fourteen day rows, down to 6 December: today does not crowd out the fortnight.
  for (const name of ['烘焙区', '共享会客厅']) {
    const group = results.getByRole('listitem', { name, exact: true });
    await expect(group.getByRole('img')).toHaveCount(14);
    await expect(group.getByRole('button').filter({ hasText: '12月6日' }).first()).toBeVisible();
  }
  // Saturday's demo baking class (10–12, then 30 minutes to clean) is grey on the bar, with free time either side.
  const saturday = (name: string) => results.getByRole('listitem', { name, exact: true }).getByRole('button').filter({ hasText: '11月28日' });
  await expect(saturday('烘焙区')).toHaveText([/12:30–21:00/]);
  await expect(saturday('共享会客厅')).toHaveText([/09:00–13:30/, /16:30–21:30/]);
  await snap('slots-fortnight-1366-zh');
  mark('slots-fortnight-1366-zh', t0);

  // Only the parlour; the first stretch has the focus after the search.
  await page.locator('label.ant-radio-button-wrapper').filter({ hasText: /^共享会客厅$/ }).click();
  await expect(page.getByRole('radio', { name: '共享会客厅' })).toBeChecked();
  await expect(groups).toHaveCount(1);
  const first = results.getByRole('button').first();
  await first.focus();
  await expect(first).toContainText('共享会客厅');
  await expect(first).toContainText('11月23日');
  // ↓ to the next stretch, → moves its start by one slot of the grid, Enter books that.
  await page.keyboard.press('ArrowDown');
  const second = results.getByRole('button').nth(1);
  await expect(second).toBeFocused();
  const stretchText = (await second.locator('.slot-board-span').innerText()).trim();
  const [from] = stretchText.split('–');
  await page.keyboard.press('ArrowRight');
  const later = `${String(Number(from.slice(0, 2)) + (from.endsWith(':30') ? 1 : 0)).padStart(2, '0')}:${from.endsWith(':30') ? '00' : '30'}`;
  await expect(second).toContainText(`约 ${later}`);
  await snap('slots-parlour-chosen-1366-zh');
  mark('slots-parlour-chosen-1366-zh', t0);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '快速预约' });
  await expect(dialog.getByRole('combobox', { name: '联系人' })).toBeFocused();
  await page.keyboard.type('8003');
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: /王阿姨/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: '活动名称' })).toBeFocused();
  await page.keyboard.type('楼组茶话会');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const parlour = (await call<{ id: number; name: string }[]>(backend, 'spaces.list', {})).find((s) => s.name === '共享会客厅')!;
  const booked = (await call<{ title: string; start: string }[]>(backend, 'bookings.range', { from: '2026-11-23', to: '2026-12-07', spaceIds: [parlour.id] })).find(
    (b) => b.title === '楼组茶话会',
  )!;
  expect(booked.start.slice(11)).toBe(later);

  // The court on Tuesday: the halves show the whole court's evening grey and hatched, free around it.
  await chooseOption(page, '站点', '铭庭小区篮球场');
  await chooseOption(page, '日期', /11月24日/);
  await page.getByRole('spinbutton', { name: '人数' }).fill('4');
  await page.getByRole('spinbutton', { name: '人数' }).press('Enter');
  const westGroup = results.getByRole('listitem', { name: '西侧练习区', exact: true });
  await expect(westGroup.getByRole('button')).toHaveText([/07:00–18:00/, /20:00–21:00/]);
  await expect(westGroup.locator('.day-bar-busy.family-hold')).toHaveCount(1);
  await snap('slots-court-1366-zh');
  mark('slots-court-1366-zh', t0);
  await page.setViewportSize(LARGE);
  await snap('slots-court-1920-zh');
  mark('slots-court-1920-zh', t0);
  await switchLanguage(page, 'English');
  await page.getByRole('button', { name: 'Find slots' }).click();
  await expect(page.getByRole('list', { name: 'Free slots' }).getByRole('listitem', { name: 'West practice area' }).getByRole('button')).toHaveText([/07:00–18:00/, /20:00–21:00/]);
  await snap('slots-court-1920-en');
  mark('slots-court-1920-en', t0);
  await page.setViewportSize(SMALL);
  await snap('slots-court-1366-en');
  mark('slots-court-1366-en', t0);
});
