/**
 * "Today" and "now" are the main process's (Shanghai wall-clock time), whatever the
 * machine's own clock and zone say. The main process runs on Monday 2026-11-23 09:00
 * (fixtures.ts); here the browser is told another time in New York.
 */
import type { Page } from '@playwright/test';
import type { Backend } from '../../electron/main/backend';
import { chooseOption, expect, test } from './fixtures';

async function call<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const r = await backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** A space's week (FullCalendar): `date` is today, and the now line crosses that day where `time` starts. */
async function expectWeekNowAt(page: Page, date: string, time: string) {
  await expect(page.locator('[data-date][aria-current="date"]').first()).toHaveAttribute('data-date', date);
  const line = (await page.locator('.space-calendar-now').boundingBox())!;
  const slot = (await page.locator(`[data-time="${time}:00"]`).last().boundingBox())!;
  const day = (await page.locator(`[data-date="${date}"]`).last().boundingBox())!;
  expect(Math.abs(line.y - slot.y)).toBeLessThan(2);
  expect(line.x + line.width / 2).toBeGreaterThan(day.x);
  expect(line.x + line.width / 2).toBeLessThan(day.x + day.width);
}

/** The site day's red line sits where its time axis says `time`. */
async function expectNowLineAt(page: Page, time: string, label = '现在') {
  const line = (await page.getByLabel(label, { exact: true }).first().boundingBox())!;
  const tick = (await page.locator('.site-day-tick').filter({ hasText: new RegExp(`^${time}$`) }).boundingBox())!;
  expect(Math.abs(line.y - (tick.y + tick.height / 2))).toBeLessThan(2);
}

test.describe('the machine’s clock is a year behind, in New York', () => {
  // 22:00 on 31 December 2025 in New York: another hour, day, week, month, year and zone
  // than the main process's Monday 2026-11-23 09:00 in Shanghai.
  test.use({ timezoneId: 'America/New_York', browserNow: '2025-12-31T22:00:00-05:00' });

  test('calendar, new booking, print, holidays and a series all go by the main process’s today', async ({ openApp, backend, snap }) => {
    // Two Mondays of a series: one last week, one today.
    const spaces = await call<{ id: number; name: string }[]>(backend, 'spaces.list', {});
    const audiences = await call<{ id: number; name: string }[]>(backend, 'audiences.list', {});
    const series = {
      spaceId: spaces.find((s) => s.name === '阅读自修区')!.id,
      audienceId: audiences.find((a) => a.name === '家长')!.id,
      startTime: '19:00',
      endTime: '20:00',
      title: '时钟读书会',
      headCount: 8,
      rule: { freq: 'weekly', weekdays: [1], startDate: '2026-11-16', count: 2 },
    };
    const preview = await call<{ date: string; status: string }[]>(backend, 'series.preview', series);
    expect(preview.map((o) => [o.date, o.status])).toEqual([['2026-11-16', 'free'], ['2026-11-23', 'free']]);
    await call(backend, 'series.create', { series });

    const page = await openApp('calendar');
    // The browser itself really believes it is New Year's Eve 2025, 22:00.
    expect(await page.evaluate(() => [new Date().getFullYear(), new Date().getMonth() + 1, new Date().getDate(), new Date().getHours()])).toEqual([2025, 12, 31, 22]);

    // The calendar opens on the main process's today, with the now line at 09:00.
    await expect(page.getByText('2026年11月23日 星期一')).toBeVisible();
    await chooseOption(page, '站点', '初心驿站');
    await expectNowLineAt(page, '09:00');
    await snap('clock-site-day-zh');

    // T and the 今天 button come back to it (keys work once the site picker has let go of the focus).
    await page.mouse.click(5, 5);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('2026年11月24日 星期二')).toBeVisible();
    await page.keyboard.press('t');
    await expect(page.getByText('2026年11月23日 星期一')).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByText('2026年11月22日 星期日')).toBeVisible();
    await page.getByRole('button', { name: /^今\s?天$/ }).click();
    await expect(page.getByText('2026年11月23日 星期一')).toBeVisible();

    // A new booking starts on that day, and the date picker marks it as today.
    await page.mouse.click(5, 5);
    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: '新建预约' });
    await expect(dialog.getByLabel('日期')).toHaveValue('2026-11-23');
    await dialog.getByLabel('日期').click();
    await expect(page.locator('.ant-picker-dropdown:visible .ant-picker-cell-today')).toHaveAttribute('title', '2026-11-23');
    await page.waitForTimeout(400); // the picker's opening animation, for the picture
    await snap('clock-booking-date-zh');
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: '关 闭' }).click();
    await expect(dialog).toBeHidden();

    // The print screen's 本周 is the week of 2026-11-23.
    await page.getByRole('menuitem', { name: '打印时间表' }).click();
    const week = page.getByText('第 48 周 · 2026年11月23日 – 11月29日');
    await expect(week).toBeVisible();
    await page.getByRole('button', { name: '下一周' }).click();
    await expect(page.getByText('第 49 周 · 2026年11月30日 – 12月6日')).toBeVisible();
    await page.getByRole('button', { name: /^本\s?周$/ }).click();
    await expect(week).toBeVisible();

    // The holidays open on 2026; the series' date of last week is past, today's is not.
    await page.getByRole('menuitem', { name: '错峰计划' }).click();
    await page.getByRole('tab', { name: '节假日与调休' }).click();
    await expect(page.getByRole('spinbutton', { name: '年份' })).toHaveValue('2026');
    await expect(page.getByRole('row', { name: /2026-10-10/ })).toContainText('调休上班');
    await page.getByRole('tab', { name: '系列预约' }).click();
    await page.getByRole('button', { name: '打开 时钟读书会' }).click();
    const drawer = page.getByRole('dialog').filter({ hasText: '系列：时钟读书会' });
    await expect(drawer.getByRole('row', { name: /2026-11-16/ })).toContainText('已过去');
    await expect(drawer.getByRole('row', { name: /2026-11-23/ })).toContainText('已预约');
    await expect(drawer.getByRole('button', { name: '修改 2026-11-16' })).toHaveCount(0);
    await expect(drawer.getByRole('button', { name: '修改 2026-11-23' })).toBeVisible();
    await page.waitForTimeout(400); // the drawer's opening animation, for the picture
    await snap('clock-series-zh');
    await page.keyboard.press('Escape');

    // The off-peak view starts on the main process's month (its range picker shows the last day, inclusive).
    await page.getByRole('tab', { name: '闲置分析' }).click();
    await expect(page.getByRole('textbox', { name: '从' })).toHaveValue('2026-11-01');
    await expect(page.getByRole('textbox', { name: '到' })).toHaveValue('2026-11-30');
  });
});

test.describe('the machine’s clock is right, but its zone is New York', () => {
  // The main process's very instant (2026-11-23 09:00 in Shanghai) is 20:00 on Sunday the 22nd in New York.
  test.use({ timezoneId: 'America/New_York', browserNow: '2026-11-22T20:00:00-05:00', viewport: { width: 1366, height: 768 } });

  test('the site day and a space’s week show Monday the 23rd as today with the now line at 09:00, in both languages', async ({ openApp, snap }) => {
    const page = await openApp('calendar', { language: 'en' });
    await expect(page.getByText('Monday 23 November 2026')).toBeVisible();
    await chooseOption(page, 'Site', 'Chuxin Station');
    await expectNowLineAt(page, '09:00', 'Now');
    await snap('clock-site-day-en-1366');
    await page.getByText('Week', { exact: true }).click();
    await chooseOption(page, 'Space', 'Saturday Council Room');
    await expect(page.getByText('23 Nov – 29 Nov')).toBeVisible();
    await expectWeekNowAt(page, '2026-11-23', '09:00');
    await page.mouse.move(5, 700); // no tooltip over the toolbar in the picture
    await page.waitForTimeout(300);
    await snap('clock-week-en-1366');

    await page.getByText('中文', { exact: true }).click();
    await expect(page.getByText('11月23日 – 11月29日')).toBeVisible();
    await expectWeekNowAt(page, '2026-11-23', '09:00');
    await snap('clock-week-zh-1366');
    await page.getByText('场地总览', { exact: true }).click();
    await expect(page.getByText('2026年11月23日 星期一')).toBeVisible();
    await expectNowLineAt(page, '09:00');
    await page.waitForTimeout(300); // the view switch's sliding highlight, for the picture
    await snap('clock-site-day-zh-1366');
  });
});
