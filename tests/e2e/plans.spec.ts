/**
 * The coordinator's plans screen: draw next term's plan on the weekly grid, book a
 * weekly series for 上外贤达 across 国庆 with the preview marking the holiday and the
 * make-up Saturday, and see a year without holiday data reported as unknown.
 */
import type { Page } from '@playwright/test';
import { chooseOption, expect, fillDateRange, test } from './fixtures';

async function pickMany(page: Page, label: string, options: string[]) {
  await page.getByRole('combobox', { name: label }).click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  for (const o of options) await dropdown.getByTitle(o, { exact: true }).click();
  await page.keyboard.press('Escape');
}

test('a coordinator draws next term’s plan for the reading area', async ({ openApp, backend, snap }) => {
  const page = await openApp('plans');
  await chooseOption(page, '选择场地', '阅读自修区');
  await expect(page.getByText('08:00–11:30 居民').first()).toBeVisible();
  await page.getByRole('textbox', { name: '生效日期' }).fill('2027-03-01');
  await page.getByText('家长', { exact: true }).click();
  const saturday = (await page.getByRole('grid', { name: '周六' }).boundingBox())!;
  // 09:00 is the fifth row from 07:00 (18 px per half hour); draw down to 11:00.
  await page.mouse.move(saturday.x + 20, saturday.y + 4 * 18 + 5);
  await page.mouse.down();
  await page.mouse.move(saturday.x + 20, saturday.y + 7 * 18 + 5, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByText('09:00–11:00 家长')).toBeVisible();
  // The new version starts with this term's names; the coordinator names next term's.
  await expect(page.getByRole('textbox', { name: '版本名称' })).toHaveValue('错峰开放（本学期）');
  await expect(page.getByRole('textbox', { name: '英文名称' })).toHaveValue('Off-peak opening (this term)');
  await page.getByRole('textbox', { name: '版本名称' }).fill('2027 春季学期');
  await page.getByRole('textbox', { name: '英文名称' }).fill('Spring term 2027');
  await snap('plans-editor');
  await page.getByRole('button', { name: '保存计划' }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(page.getByRole('combobox', { name: '计划版本' })).toHaveCount(1);
  await expect(page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: '计划版本' }) })).toContainText('2027-03-01 起 · 2027 春季学期');
  // In English the versions go by their English names.
  await page.getByText('English', { exact: true }).click();
  const version = page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: 'Plan version' }) });
  await expect(version).toContainText('From 2027-03-01 · Spring term 2027');
  await version.click();
  await expect(page.locator('.ant-select-dropdown:visible')).toContainText('2026-10-26 – 2027-02-28 · Off-peak opening (this term)');
  await snap('plans-editor-versions-en');
  await page.keyboard.press('Escape');
  const spaces = (await backend.dispatch('spaces.list', {})) as { ok: true; value: { id: number; name: string }[] };
  const reading = spaces.value.find((s) => s.name === '阅读自修区')!;
  const plans = (await backend.dispatch('plans.list', { spaceId: reading.id })) as {
    ok: true;
    value: { validFrom: string; name: string; nameEn: string; windows: { weekday: number; start: string }[] }[];
  };
  expect(plans.value.map((p) => p.validFrom).at(-1)).toBe('2027-03-01');
  expect(plans.value.map((p) => [p.name, p.nameEn])).toEqual([
    ['错峰开放（本学期）', 'Off-peak opening (this term)'],
    ['2027 春季学期', 'Spring term 2027'],
  ]);
  expect(plans.value.at(-1)!.windows.filter((w) => w.weekday === 6)).toEqual([expect.objectContaining({ start: '09:00', end: '11:00' })]);
  expect(plans.value).toHaveLength(2);
});

test.describe('planned at the start of the autumn term', () => {
  // The series' dates must still be to come: dates gone by are not booked by default.
  test.use({ backendNow: '2026-09-01T09:00' });
test('a weekly series for 上外贤达 across 国庆: the preview marks the holiday and the make-up Saturday', async ({ openApp, backend, snap }) => {
  const page = await openApp('plans');
  await page.getByRole('tab', { name: '系列预约' }).click();
  await chooseOption(page, '场地', '阅读自修区');
  await page.getByRole('textbox', { name: '名称' }).fill('贤达学院午间自修');
  await chooseOption(page, '对象', '师生');
  await chooseOption(page, '团体', '上外贤达经济人文学院');
  await pickMany(page, '星期', ['周三']);
  await page.getByRole('textbox', { name: '开始日期' }).fill('2026-09-09');
  await page.getByRole('textbox', { name: '结束日期' }).fill('2026-10-31');
  await page.getByRole('button', { name: '预 览' }).click();
  const holiday = page.getByRole('row', { name: /2026-10-07/ });
  await expect(holiday).toContainText('节假日');
  await expect(holiday).toContainText('国庆节');
  await expect(page.getByRole('row', { name: /2026-10-10/ })).toContainText('调休上班 · 按周三安排');
  await expect(page.getByRole('row', { name: /2026-09-30/ })).toContainText('可预约');
  await snap('plans-series-preview');
  // Problems default to skip; the user keeps that and saves.
  await expect(holiday.getByText('跳过')).toBeVisible();
  await page.getByRole('button', { name: /保存系列（7 次）/ }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  const rows = (await backend.dispatch('bookings.range', { from: '2026-09-01', to: '2026-11-01' })) as { ok: true; value: { title: string; seriesId: number | null; start: string }[] };
  const series = rows.value.filter((b) => b.title === '贤达学院午间自修');
  expect(series).toHaveLength(7);
  expect(series.every((b) => b.seriesId !== null)).toBe(true);
  expect(series.map((b) => b.start.slice(0, 10))).not.toContain('2026-10-07');
});
});

test('a Saturday series across 春节: each make-up Saturday says whose plan it runs', async ({ openApp, snap }) => {
  const page = await openApp('plans');
  await page.getByRole('tab', { name: '系列预约' }).click();
  await chooseOption(page, '场地', '阅读自修区');
  await page.getByRole('textbox', { name: '名称' }).fill('周六读书会');
  await pickMany(page, '星期', ['周六']);
  await page.getByRole('textbox', { name: '开始日期' }).fill('2026-02-07');
  await page.getByRole('textbox', { name: '结束日期' }).fill('2026-02-28');
  await page.getByRole('button', { name: '预 览' }).click();
  await expect(page.getByRole('row', { name: /2026-02-14/ })).toContainText('调休上班 · 按周五安排');
  await expect(page.getByRole('row', { name: /2026-02-28/ })).toContainText('调休上班 · 按周一安排');
  await expect(page.getByRole('row', { name: /2026-02-07/ })).not.toContainText('调休');
  await snap('plans-series-makeup-saturdays');
});

test('a year without holiday data is shown as unknown', async ({ openApp, snap }) => {
  const page = await openApp('plans');
  await page.getByRole('tab', { name: '节假日与调休' }).click();
  await page.getByRole('spinbutton', { name: '年份' }).fill('2026');
  await expect(page.getByRole('row', { name: /2026-10-10/ })).toContainText('调休上班');
  await page.getByRole('spinbutton', { name: '年份' }).fill('2027');
  await expect(page.getByText('2027 年的节假日数据未知，请先导入或录入。')).toBeVisible();
  await snap('plans-holidays-unknown');
  // 初心驿站 closes on holidays in the demo; 书香曲阳 runs its Sunday plan until told otherwise.
  await chooseOption(page, '站点', '初心驿站');
  await expect(page.getByRole('combobox', { name: '节假日安排' }).locator('..').locator('..')).toContainText('节假日闭馆');
});

test('a closure lists the bookings it hits and the desk cancels them with the reason', async ({ openApp, backend, snap }) => {
  const page = await openApp('plans');
  await page.getByRole('tab', { name: '闭馆' }).click();
  await chooseOption(page, '站点', '书香曲阳社区文化会客厅');
  await chooseOption(page, '场地', '阅读自修区');
  await fillDateRange(page, '2026-11-25', '2026-11-25', { first: /^闭馆日期/ });
  await expect(page.getByRole('textbox', { name: '到' })).toHaveValue('2026-11-25');
  await page.getByRole('textbox', { name: '原因' }).fill('消防检查');
  await page.getByRole('button', { name: '添加闭馆' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('该闭馆影响 1 个预约');
  await expect(dialog).toContainText('上外学生自修');
  // Let the dialog finish its opening animation before the picture.
  await expect(dialog.getByRole('button', { name: '全部取消并备注原因' })).toBeVisible();
  await page.waitForTimeout(400);
  await snap('plans-closure-hits');
  await dialog.getByRole('button', { name: '全部取消并备注原因' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '全部取消' }).click();
  await expect(dialog).toContainText('已取消 1 个预约');
  await expect(page.getByRole('row', { name: /消防检查/ })).toBeVisible();
  const rows = (await backend.dispatch('bookings.range', { from: '2026-11-25', to: '2026-11-26', includeCancelled: true })) as { ok: true; value: { title: string; status: string }[] };
  expect(rows.value.find((b) => b.title === '上外学生自修')?.status).toBe('cancelled');
});

test('the off-peak view shows the windows’ use as a heatmap and the idlest windows', async ({ openApp, snap }) => {
  const page = await openApp('plans');
  await page.getByRole('tab', { name: '闲置分析' }).click();
  await chooseOption(page, '站点', '书香曲阳社区文化会客厅');
  await fillDateRange(page, '2026-11-23', '2026-12-06');
  await expect(page.getByRole('textbox', { name: '到' })).toHaveValue('2026-12-06');
  await expect(page.getByRole('img', { name: '各时段使用率热力图' })).toBeVisible();
  await expect(page.getByRole('row', { name: /阅读自修区/ }).first()).toBeVisible();
  await snap('plans-usage');
});
