/**
 * A single booking in a year without holiday data (2027) is warned about, as a series
 * is: in the booking dialog and in the desk's quick booking. The warning never blocks.
 */
import type { Page } from '@playwright/test';
import type { Backend } from '../../electron/main/backend';
import { chooseOption, expect, test } from './fixtures';

const LANGUAGES = {
  'zh-CN': {
    warning: (year: number) => `${year} 年的节假日数据未知，请核对当天是否放假或调休。`,
    site: '站点',
    newBooking: '新建预约',
    date: '日期',
    title: '活动名称',
    save: '保 存',
    quickBook: '快速预约',
    day: /^日期$/,
    search: '查找空档',
    results: '可预约的空档',
    yearTag: '该年节假日未知，请核对',
    confirm: '确认预约',
  },
  en: {
    warning: (year: number) => `Holidays for ${year} are unknown. Please check whether this day is a holiday or a make-up workday.`,
    site: 'Site',
    newBooking: 'New booking',
    date: 'Date',
    title: 'Title',
    save: 'Save',
    quickBook: 'Quick booking',
    day: /^Day$/,
    search: 'Find slots',
    results: 'Free slots',
    yearTag: 'Holidays of that year unknown: please check',
    confirm: 'Book',
  },
} as const;
type Language = keyof typeof LANGUAGES;

async function bookingsOn(backend: Backend, date: string, title: string) {
  const r = await backend.dispatch('bookings.range', { from: date, to: nextDay(date) });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return (r.value as { title: string; start: string; status: string }[]).filter((b) => b.title === title);
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Type a date into an antd date picker and pick it in the panel (Enter would also save the dialog). */
async function typeDate(page: Page, field: ReturnType<Page['getByLabel']>, date: string) {
  await field.click();
  await field.fill(date);
  const panel = page.locator('.ant-picker-dropdown:visible');
  await expect(panel.locator('.ant-picker-cell-selected')).toHaveAttribute('title', date);
  await panel.getByTitle(date, { exact: true }).click();
  await expect(panel).toHaveCount(0);
  await expect(field).toHaveValue(date);
}

for (const [language, size] of [
  ['zh-CN', { width: 1440, height: 900 }],
  ['en', { width: 1366, height: 768 }],
] as [Language, { width: number; height: number }][]) {
  const l = LANGUAGES[language];
  const tag = `${language === 'en' ? 'en' : 'zh'}-${size.width}`;

  test.describe(`booking dialog (${tag})`, () => {
    test.use({ viewport: size });

    test('a date in 2027 is warned about, a date in 2026 is not, and the booking saves', async ({ openApp, backend, snap }) => {
      const page = await openApp('calendar', { language });
      // Once the site's spaces are on screen, a new booking is for the first of them.
      await expect(page.getByRole('gridcell').first()).toBeVisible();
      await page.getByRole('button', { name: l.newBooking }).click();
      const dialog = page.getByRole('dialog', { name: l.newBooking });
      const date = dialog.getByLabel(l.date, { exact: true });
      await expect(date).toHaveValue('2026-11-23');
      const warning = dialog.getByText(l.warning(2027));

      await typeDate(page, date, '2027-01-05');
      await expect(warning).toBeVisible();
      await snap(`unknown-year-booking-${tag}`);

      // Back in 2026 (known): the warning goes, and the answer for 2026 does not bring one back.
      await typeDate(page, date, '2026-12-29');
      await expect(warning).toBeHidden();
      await page.waitForTimeout(500);
      await expect(dialog.getByRole('alert')).toHaveCount(0);

      // The warning does not stop the save.
      await typeDate(page, date, '2027-01-05');
      await expect(warning).toBeVisible();
      await dialog.getByLabel(l.title, { exact: true }).fill('新年读书会');
      await dialog.getByRole('button', { name: l.save }).click();
      await expect(dialog).toBeHidden();
      expect((await bookingsOn(backend, '2027-01-05', '新年读书会')).map((b) => b.start)).toEqual(['2027-01-05T09:00']);
    });
  });
}

for (const [language, size] of [
  ['zh-CN', { width: 1366, height: 768 }],
  ['en', { width: 1440, height: 900 }],
] as [Language, { width: number; height: number }][]) {
  const l = LANGUAGES[language];
  const tag = `${language === 'en' ? 'en' : 'zh'}-${size.width}`;

  test.describe(`quick booking at the desk (${tag})`, () => {
    // Monday 28 December 2026: the desk's next 14 days run into 2027.
    test.use({ viewport: size, backendNow: '2026-12-28T09:00' });

    test('a slot in 2027 is warned about, a slot in 2026 is not, and the booking saves', async ({ openApp, backend, snap }) => {
      const page = await openApp('desk', { language });
      const dialog = page.getByRole('dialog', { name: l.quickBook });
      const warning = dialog.getByText(l.warning(2027));
      const results = page.getByRole('list', { name: l.results });
      const findOn = async (day: RegExp) => {
        await chooseOption(page, l.day, day);
        await page.getByRole('button', { name: l.search }).click();
        await expect(results.getByRole('button').first()).toBeVisible();
      };

      // Tuesday 29 December 2026: a known year.
      await findOn(language === 'en' ? /^Tue 29 Dec$/ : /^12月29日 周二$/);
      await expect(results.getByText(l.yearTag)).toHaveCount(0);
      await results.getByRole('button').first().click();
      await expect(dialog).toBeVisible();
      await page.waitForTimeout(500);
      await expect(dialog.getByRole('alert')).toHaveCount(0);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();

      // Tuesday 5 January 2027: the slot says so, and so does the quick booking.
      await findOn(language === 'en' ? /^Tue 5 Jan$/ : /^1月5日 周二$/);
      const first = results.getByRole('button').first();
      await expect(first).toContainText(l.yearTag);
      const when = /(\d\d:\d\d)–/.exec((await first.textContent())!)![1];
      await first.click();
      await expect(warning).toBeVisible();
      await dialog.getByLabel(l.title, { exact: true }).fill('新年读书会');
      await page.waitForTimeout(400); // the dialog's opening animation, for the picture
      await snap(`unknown-year-quick-book-${tag}`);
      await dialog.getByRole('button', { name: l.confirm }).click();
      await expect(dialog).toBeHidden();
      expect((await bookingsOn(backend, '2027-01-05', '新年读书会')).map((b) => b.start)).toEqual([`2027-01-05T${when}`]);
    });
  });
}
