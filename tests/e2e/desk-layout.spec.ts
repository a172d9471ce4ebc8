/**
 * The desk at the office laptop's 1366×768 and at full HD, in Chinese and English: the
 * today board's names whole and its cue for spaces out of view, 进行中 on a booking
 * whose time is running, the desk sheet's own language and its whole site name, the
 * next free time offered after a clash (booking dialog and walk-in), and the audience
 * colour dots in a select. Screenshots carry the width in their names.
 */
import type { Locator, Page } from '@playwright/test';
import { addMinutes } from '../../electron/shared/time';
import { chooseOption, expect, test } from './fixtures';
import { compact, printToPdf } from './printed';

const SMALL = { width: 1366, height: 768 };
const LARGE = { width: 1920, height: 1080 };

test.use({ viewport: SMALL });
// Long journeys on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 });

type Dispatch = { dispatch: (m: string, i: unknown) => Promise<{ ok: boolean; value?: any; error?: any }> };

async function call(backend: Dispatch, method: string, input: unknown) {
  const r = await backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value;
}

async function siteNamed(backend: Dispatch, name: string): Promise<{ id: number; spaces: { id: number; name: string }[] }> {
  const site = ((await call(backend, 'sites.list', {})) as { id: number; name: string }[]).find((s) => s.name === name)!;
  return { id: site.id, spaces: await call(backend, 'spaces.list', { siteId: site.id }) };
}

async function switchLanguage(page: Page, to: 'English' | '中文') {
  // The header's switch comes first in the page.
  await page.getByText(to, { exact: true }).first().click();
}

/** Both sizes of the screen as it is now; back to the laptop size afterwards. */
async function snapBoth(page: Page, snap: (n: string) => Promise<void>, name: string) {
  await page.waitForTimeout(300); // messages and dialogs slide in: let them settle for the picture
  await snap(`${name}-1366`);
  await page.setViewportSize(LARGE);
  await page.waitForTimeout(300);
  await snap(`${name}-1920`);
  await page.setViewportSize(SMALL);
}

/** Elements whose text is cut (wider than their box) or that stick out of the container. */
async function cutTexts(elements: Locator, container: Locator): Promise<string[]> {
  const box = (await container.boundingBox())!;
  return elements.evaluateAll(
    (els, b) =>
      els
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return el.scrollWidth > el.clientWidth + 1 || r.right > b.x + b.width + 1 || r.left < b.x - 1;
        })
        .map((el) => el.textContent ?? ''),
    box,
  );
}

/** Column names of the board whose heading is wholly inside the window. */
async function namesInView(page: Page): Promise<string[]> {
  return page.locator('.today-column').evaluateAll((cols) =>
    cols
      .filter((c) => {
        const head = c.querySelector('.ant-card-head')!.getBoundingClientRect();
        return head.top >= 0 && head.bottom <= window.innerHeight && head.left >= 0 && head.right <= window.innerWidth;
      })
      .map((c) => c.querySelector('.today-column-name')!.textContent ?? ''),
  );
}

/** Column names of the board whose heading lies (partly) below the window, or under the cue at its bottom. */
async function namesBelow(page: Page): Promise<string[]> {
  return page.locator('.today-column').evaluateAll((cols) => {
    const cue = document.querySelector('.today-board-cue');
    const seenTo = cue ? cue.getBoundingClientRect().bottom - 72 : window.innerHeight;
    return cols.filter((c) => c.querySelector('.ant-card-head')!.getBoundingClientRect().bottom > seenTo).map((c) => c.querySelector('.today-column-name')!.textContent ?? '');
  });
}

async function printedText(page: Page, name: string): Promise<string> {
  return compact((await printToPdf(page, name)).text);
}

test('the today board at 1366 and 1920 in both languages: names whole, a cue for spaces out of view, 进行中; the desk sheet in its own language', async ({
  openApp,
  backend,
  snap,
  page,
}) => {
  // 初心驿站 gets eight more rooms (twelve in all): more than a laptop's screen shows at once.
  const chuxin = await siteNamed(backend, '初心驿站');
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: '08:00', close: '20:00' }));
  for (const [name, nameEn] of [
    ['心理咨询室', 'Counselling Room'],
    ['书画室', 'Calligraphy & Painting Studio'],
    ['儿童托管室', "Children's After-school Room"],
    ['多功能排练厅', 'Multi-purpose Rehearsal Hall'],
    ['共享厨房', 'Shared Kitchen'],
    ['亲子阅读角', 'Parent-child Reading Corner'],
    ['志愿者之家', 'Volunteers Home'],
    ['社区议事角', 'Neighbourhood Discussion Corner'],
  ])
    await call(backend, 'spaces.save', { siteId: chuxin.id, name, nameEn, kind: 'room', capacity: 12, openingHours: hours });
  // A busy afternoon in the youth room makes the first row tall.
  const youth = chuxin.spaces.find((sp) => sp.name === '青年活动室')!;
  for (const [start, end, title] of [
    ['14:00', '15:30', '青年读书会'],
    ['16:00', '17:00', '志愿者培训'],
    ['19:00', '21:00', '社区电影夜'],
  ])
    await call(backend, 'bookings.create', { spaceId: youth.id, start: `2026-11-23T${start}`, end: `2026-11-23T${end}`, title, headCount: 10 });

  await openApp('desk');
  await chooseOption(page, '站点', '书香曲阳社区文化会客厅');
  const board = page.getByRole('region', { name: '今日概况' });
  const reading = board.getByRole('listitem', { name: /08:30 居民晨读/ });
  await expect(reading).toBeVisible();

  // 居民晨读 08:30–11:30 was not checked in within the grace period: 未到场, and its time is still running.
  await expect(reading.locator('.ant-tag')).toHaveText(['未到场', '进行中']);
  // The noon class has not started: no 进行中.
  await expect(board.getByRole('listitem', { name: /12:00 新北郊中学午间自修/ }).getByText('进行中')).toHaveCount(0);
  await reading.getByRole('button', { name: '签 到' }).click();
  await expect(reading.locator('.ant-tag')).toHaveText(['已签到', '进行中']);
  // The same in the search's list and in the booking's details.
  await page.keyboard.press('Control+k');
  const search = page.getByRole('dialog', { name: '查找预约' });
  await expect(search.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('居民晨读 11-23');
  const found = search.getByRole('table').getByRole('row').filter({ hasText: '居民晨读' });
  await expect(found.locator('.ant-tag')).toHaveText(['已签到', '进行中']);
  await page.keyboard.press('Enter');
  const details = page.getByRole('dialog', { name: '预约详情' });
  await expect(details.getByLabel('状态').locator('.ant-tag')).toHaveText(['已签到', '进行中']);
  // A click while the dialog is still zooming in can land on nothing: wait until it has settled.
  await expect(details).not.toHaveClass(/zoom-(appear|enter)/);
  await details.getByRole('button', { name: '关 闭' }).click();
  await expect(details).toBeHidden();
  if (await search.isVisible()) await search.locator('.ant-modal-close').click();
  await expect(search).toBeHidden();

  for (const language of ['zh', 'en'] as const) {
    if (language === 'en') await switchLanguage(page, 'English');
    const region = page.getByRole('region', { name: language === 'zh' ? '今日概况' : 'Today at a glance' });
    for (const size of [SMALL, LARGE]) {
      await page.setViewportSize(size);
      // All four spaces of 书香曲阳 in view, their names and "nothing booked" whole, nothing sticking out.
      await expect(region.locator('.today-column')).toHaveCount(4);
      await expect.poll(() => namesInView(page)).toHaveLength(4);
      expect(await cutTexts(region.locator('.today-column-name, .today-free, .today-column-hours'), region)).toEqual([]);
      await expect(region.locator('.today-board-cue')).toHaveCount(0);
      await page.waitForTimeout(300);
      await snap(`desk-board-${language}-${size.width}`);
    }
    await page.setViewportSize(SMALL);
  }
  await expect(page.getByRole('region', { name: 'Today at a glance' }).locator('.today-column-name')).toContainText(['Reading & Study Area', 'Roadshow Hall', 'Meeting Room', 'Light Meal Bar']);

  // Twelve spaces at 1366×768: the last row is out of view, and the bottom of the window says which.
  await chooseOption(page, 'Site', 'Chuxin Station');
  const enBoard = page.getByRole('region', { name: 'Today at a glance' });
  await expect(enBoard.locator('.today-column')).toHaveCount(12);
  const cue = enBoard.locator('.today-board-cue').getByRole('button');
  await expect(cue).toBeVisible();
  await expect(cue).toContainText(/Further down \(\d\):/);
  const below = await namesBelow(page);
  expect(below.length).toBeGreaterThan(0);
  // The cue names exactly the spaces below the view.
  await expect(cue).toContainText(`Further down (${below.length}): ${below.join(', ')}`);
  expect(await cutTexts(enBoard.locator('.today-column-name, .today-free'), enBoard)).toEqual([]);
  await snap('desk-board-cue-en-1366');
  await cue.click();
  // The first space out of view comes into view.
  await expect.poll(async () => (await namesInView(page)).includes(below[0])).toBe(true);
  await expect.poll(async () => (await namesBelow(page)).length).toBeLessThan(below.length);
  await switchLanguage(page, '中文');
  await page.getByRole('main').evaluate((el) => el.scrollTo(0, 0));
  const zhCue = page.getByRole('region', { name: '今日概况' }).locator('.today-board-cue').getByRole('button');
  await expect(zhCue).toContainText(/还有 \d 个场地/);
  const zhBelow = await namesBelow(page);
  await expect(zhCue).toContainText(`还有 ${zhBelow.length} 个场地：${zhBelow.join('、')}`);
  await snap('desk-board-cue-zh-1366');
  await page.setViewportSize(LARGE);
  await snap('desk-board-cue-zh-1920');
  await page.setViewportSize(SMALL);

  // The desk sheet keeps its own language: the poster's choice does not carry over.
  await page.getByRole('menuitem', { name: '打印时间表' }).click();
  await chooseOption(page, '站点', '书香曲阳社区文化会客厅');
  await page.getByRole('radiogroup', { name: '语言', exact: true }).getByText('English', { exact: true }).click();
  await expect(page.getByRole('article').first()).toContainText('Reading & Study Area');
  await page.getByText('前台当日表', { exact: true }).click();
  const sheet = page.getByRole('region', { name: '打印预览' }).getByRole('article');
  await expect(sheet).toContainText('前台当日预约表');
  await expect(page.getByRole('radiogroup', { name: '当日表语言' })).toBeVisible();
  // The site's name, the sheet's heading, is whole.
  expect(await cutTexts(sheet.locator('.sheet-title, .sheet-site'), sheet)).toEqual([]);
  await snapBoth(page, snap, 'desk-sheet-zh');
  const zhText = await printedText(page, 'desk-sheet-own-language-zh');
  for (const words of ['前台当日预约表', '书香曲阳社区文化会客厅', '居民晨读', '已签到']) expect(zhText).toContain(compact(words));
  expect(zhText).not.toContain(compact('Desk sheet'));

  // English for the desk sheet; the poster keeps its own English, and goes back to Chinese without touching the sheet.
  await page.getByRole('radiogroup', { name: '当日表语言' }).getByText('English', { exact: true }).click();
  await expect(sheet).toContainText('Shuxiang Quyang Community Culture Parlour');
  expect(await cutTexts(sheet.locator('.sheet-title, .sheet-site'), sheet)).toEqual([]);
  await page.getByText('每周时间表', { exact: true }).click();
  await expect(page.getByRole('radiogroup', { name: '语言', exact: true }).getByRole('radio', { name: 'English' })).toBeChecked();
  await page.getByRole('radiogroup', { name: '语言', exact: true }).getByText('中文', { exact: true }).click();
  await expect(page.getByRole('article').first()).toContainText('阅读自修区');
  await page.getByText('前台当日表', { exact: true }).click();
  await expect(sheet).toContainText('Shuxiang Quyang Community Culture Parlour');
  await snapBoth(page, snap, 'desk-sheet-en');
  const enText = await printedText(page, 'desk-sheet-own-language-en');
  for (const words of ['Desk sheet', 'Shuxiang Quyang Community Culture Parlour', 'Reading & Study Area', 'Checked in']) expect(enText).toContain(compact(words));
  expect(enText).not.toContain('前台当日预约表');
  // Remembered: the next start shows the desk sheet in English again, whatever the poster says.
  expect(await page.evaluate(() => localStorage.getItem('stagger.deskSheetLanguage'))).toBe('en');
});

interface DialogWords {
  open: string;
  dialog: string;
  space: string;
  date: string;
  start: string;
  end: string;
  audience: string;
}
const ZH: DialogWords = { open: '新建预约', dialog: '新建预约', space: '场地', date: '日期', start: '开始', end: '结束', audience: '服务对象' };
const EN: DialogWords = { open: 'New booking', dialog: 'New booking', space: 'Space', date: 'Date', start: 'Start', end: 'End', audience: 'Audience' };

/** A form field by its label, with what it shows (a select's chosen value included). */
function formItem(scope: Locator, label: string): Locator {
  return scope.locator('.ant-form-item').filter({ has: scope.page().locator('label', { hasText: new RegExp(`^${label}$`) }) });
}

async function chooseIn(page: Page, scope: Locator, label: string, option: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  await expect(dropdown).not.toHaveClass(/-(appear|enter)(\s|$|-)/);
  await dropdown.getByTitle(option, { exact: true }).first().click();
  await expect(dropdown).toHaveCount(0);
}

/** The calendar's new-booking dialog, filled in as a person would: Saturday 28 November in the baking corner. */
async function fillNewBooking(page: Page, w: DialogWords, f: { title: string; space: string; start: string; end: string; audience: string; people: string }) {
  await page.getByRole('button', { name: w.open }).click();
  const dialog = page.getByRole('dialog', { name: w.dialog });
  await dialog.getByRole('textbox').first().fill(f.title);
  await chooseIn(page, dialog, w.space, f.space);
  const date = dialog.getByLabel(w.date, { exact: true });
  await date.click();
  await date.fill('2026-11-28');
  await date.press('Enter');
  await chooseIn(page, dialog, w.start, f.start);
  await chooseIn(page, dialog, w.end, f.end);
  await chooseIn(page, dialog, w.audience, f.audience);
  await dialog.getByRole('spinbutton').fill(f.people);
  return dialog;
}

test('a clash offers the next free time in the same space: one click fills it, what was typed stays, and it saves; the walk-in too; audience colours in the select', async ({
  openApp,
  backend,
  snap,
  page,
}) => {
  await openApp('calendar');
  await chooseOption(page, '站点', '瑞虹共享会客厅');
  // 烘焙活动：蛋挞 holds the baking corner on Saturday 10:00–12:00, with 30 minutes to clear up after.
  const dialog = await fillNewBooking(page, ZH, { title: '亲子烘焙课', space: '烘焙区', start: '11:00', end: '12:00', audience: '居民', people: '8' });

  // The audience select shows each audience's colour, in the list and in the value chosen.
  const audience = dialog.getByRole('combobox', { name: '服务对象', exact: true });
  const chosenDot = formItem(dialog, '服务对象').locator('.audience-dot');
  await expect(chosenDot).toBeVisible();
  await expect(chosenDot).toHaveCSS('background-color', 'rgb(78, 121, 167)');
  await audience.click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  // The list slides open; its options are read once it has settled and shows them all.
  await expect(page.locator('.ant-select-dropdown:visible')).not.toHaveClass(/-(appear|enter)(\s|$|-)/);
  await expect.poll(() => options.locator('.audience-dot').count()).toBeGreaterThanOrEqual(7);
  const colours = await options.locator('.audience-dot').evaluateAll((dots) => dots.map((d) => getComputedStyle(d).backgroundColor));
  expect(colours.length).toBeGreaterThanOrEqual(7);
  expect(new Set(colours).size).toBe(colours.length);
  await snap('audience-dots-zh-1366');
  await page.keyboard.press('Escape');

  await dialog.getByRole('button', { name: '保 存' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('烘焙活动：蛋挞');
  const offer = alert.getByRole('button', { name: /下一个空闲时间：11月28日 周六 12:30–13:30/ });
  await expect(offer).toBeVisible();
  await snapBoth(page, snap, 'clash-next-free-zh');

  await offer.click();
  await expect(alert).toHaveCount(0);
  await expect(formItem(dialog, '开始')).toContainText('12:30');
  await expect(formItem(dialog, '结束')).toContainText('13:30');
  await expect(dialog.getByRole('textbox').first()).toHaveValue('亲子烘焙课');
  await expect(dialog.getByRole('spinbutton')).toHaveValue('8');
  await dialog.getByRole('button', { name: '保 存' }).click();
  await expect(dialog).toBeHidden();
  const ruihong = await siteNamed(backend, '瑞虹共享会客厅');
  const baking = ruihong.spaces.find((s) => s.name === '烘焙区')!;
  const saturday = (await call(backend, 'bookings.range', { from: '2026-11-28', to: '2026-11-29', spaceIds: [baking.id] })) as {
    title: string;
    start: string;
    end: string;
    headCount: number;
    audienceName: string | null;
  }[];
  expect(saturday.find((b) => b.title === '亲子烘焙课')).toMatchObject({ start: '2026-11-28T12:30', end: '2026-11-28T13:30', headCount: 8 });

  // The walk-in: the slot found is taken by another desk before the desk confirms; the next free time is offered.
  await page.getByRole('menuitem', { name: '前台' }).click();
  await page.getByRole('button', { name: '查找空档' }).click();
  const first = page.getByRole('list', { name: '可预约的空档' }).locator('button[data-slot]').first();
  const [spaceId, start] = (await first.getAttribute('data-slot'))!.split('/');
  // The desk picks the slot first: booked before the click, the list would drop it at once.
  await first.click();
  const quick = page.getByRole('dialog', { name: '快速预约' });
  await expect(quick).toBeVisible();
  await call(backend, 'bookings.create', { spaceId: Number(spaceId), start, end: addMinutes(start, 60), title: '另一台前台的预约' });
  await quick.getByLabel('活动名称').fill('临时茶叙');
  await quick.getByRole('button', { name: '确认预约' }).click();
  const quickOffer = quick.getByRole('alert').getByRole('button', { name: /下一个空闲时间：/ });
  await expect(quick.getByRole('alert')).toContainText('另一台前台的预约');
  await expect(quickOffer).toBeVisible();
  await snapBoth(page, snap, 'clash-walkin-zh');
  const [, from, to] = /(\d\d:\d\d)–(\d\d:\d\d)/.exec((await quickOffer.textContent())!)!;
  await quickOffer.click();
  await expect(quick.getByText(`${from}–`)).toBeVisible();
  await quick.getByRole('button', { name: '确认预约' }).click();
  await expect(quick).toBeHidden();
  const walkIn = ((await call(backend, 'bookings.range', { from: start.slice(0, 10), to: '2026-12-10', spaceIds: [Number(spaceId)] })) as { title: string; start: string; end: string }[]).find(
    (b) => b.title === '临时茶叙',
  )!;
  expect([walkIn.start.slice(11), walkIn.end.slice(11)]).toEqual([from, to]);
  expect(walkIn.start > start).toBe(true);

  // The same refusal in English (the Chinese notices of the walk-in, still fading, kept out of the picture).
  await switchLanguage(page, 'English');
  await page.addStyleTag({ content: '.ant-message { display: none !important; }' });
  await page.getByRole('menuitem', { name: 'Calendar' }).click();
  const enDialog = await fillNewBooking(page, EN, { title: 'Family baking', space: 'Baking Corner', start: '10:30', end: '11:30', audience: 'Residents', people: '6' });
  await enDialog.getByRole('button', { name: 'Save' }).click();
  await expect(enDialog.getByRole('alert').getByRole('button', { name: /Next free time: Sat 28 Nov 14:00–15:00/ })).toBeVisible();
  await snapBoth(page, snap, 'clash-next-free-en');
});
