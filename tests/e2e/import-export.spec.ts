/**
 * Import and export through the screen: a contacts CSV saved by Chinese Excel (GB18030)
 * with a bad phone and a person already in the directory, fixed and imported; then a
 * week of bookings to .xlsx and an organisation's calendar to .ics, read back from
 * test-results/exports/ by exceljs and ical.js.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { EXPORT_DIR, expect, test } from './fixtures';

const CSV = path.resolve('tests/fixtures/import/contacts-gb18030.csv');
const LARGE = { width: 1920, height: 1080 };
const SMALL = { width: 1366, height: 768 };

test('contacts from a GB18030 CSV: the preview names the bad cell and the duplicate; fixed, the file imports', async ({ openApp, page, snap, backend }) => {
  await page.setViewportSize(SMALL);
  await openApp('transfer');
  await page.locator('input[type=file]').setInputFiles(CSV);
  await expect(page.getByText('第 5 行「电话」：不是有效的手机号或座机号')).toBeVisible();
  await expect(page.getByText('共 6 行：新建 4，更新 0，跳过 1，有问题 1。')).toBeVisible();
  await expect(page.getByText('文件编码：GBK/GB18030', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: /导入 \d+ 行/ })).toBeDisabled();
  await snap('import-preview-problem-zh-1366');
  await page.getByText('全部 6 行').click();
  await expect(page.getByText('与已有联系人「王阿姨 13800138003」电话相同')).toBeVisible();
  await snap('import-preview-all-zh-1366');

  // The office fixes the number in Excel and saves again (still GB18030), and picks the file again.
  const fixed = new TextDecoder('gb18030').decode(fs.readFileSync(CSV)).replace('1380013100,', '13800131002,');
  const gbk = Buffer.from(fs.readFileSync(CSV).toString('latin1').replace('1380013100,', '13800131002,'), 'latin1');
  expect(new TextDecoder('gb18030').decode(gbk)).toBe(fixed);
  await page.locator('input[type=file]').setInputFiles({ name: '联系人（改正后）.csv', mimeType: 'text/csv', buffer: gbk });
  await expect(page.getByText('共 6 行：新建 5，更新 0，跳过 1，有问题 0。')).toBeVisible();
  await page.getByRole('combobox', { name: '第 6 行重复记录的处理' }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('更新').click();
  await expect(page.getByText('共 6 行：新建 5，更新 1，跳过 0，有问题 0。')).toBeVisible();
  await page.setViewportSize(LARGE);
  await snap('import-preview-fixed-zh-large');
  await page.getByRole('button', { name: '导入 6 行' }).click();
  await expect(page.getByText('导入完成：新建 5，更新 1，跳过 0。').first()).toBeVisible();
  const r = await backend.dispatch('contacts.search', { query: '陈小明' });
  expect(r.ok && r.value).toEqual([expect.objectContaining({ phone: '13800131002' })]);
  const wang = await backend.dispatch('contacts.search', { query: '13800138003' });
  expect(wang.ok && wang.value).toEqual([expect.objectContaining({ note: '已在系统中（电话相同）' })]);
});

test('in English: a bookings workbook\'s clashes named; a week of bookings to Excel and an organisation\'s calendar to .ics', async ({ openApp, page, snap, backend }) => {
  await page.setViewportSize(SMALL);
  await openApp('transfer', { language: 'en' });
  // First a look at a bookings workbook in English: a clash names the booking it meets.
  await page.getByText('Bookings', { exact: true }).click();
  await page.locator('input[type=file]').setInputFiles(path.resolve('tests/fixtures/import/bookings.xlsx'));
  await expect(page.getByText('Line 4, Start: Clashes with “读书会” (2026-12-05 14:00–16:00).', { exact: false })).toBeVisible();
  await expect(page.getByText('Line 5, Space: there is no space called "不存在的场地"')).toBeVisible();
  await snap('import-bookings-en-1366');
  await page.getByRole('tab', { name: 'Export' }).click();
  await expect(page.getByText('Export bookings (Excel / CSV)')).toBeVisible();
  await snap('export-en-1366');
  const before = Date.now();
  await page.getByRole('button', { name: 'Export bookings' }).click();
  const saved = page.getByText(/Exported \d+ bookings to /);
  await expect(saved).toBeVisible();
  const file = /to (.*\.xlsx)$/.exec((await saved.textContent())!)![1];
  expect(path.dirname(file)).toBe(EXPORT_DIR);
  expect(fs.statSync(file).mtimeMs).toBeGreaterThanOrEqual(before - 1000);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sites = await backend.dispatch('sites.list', {});
  const site = sites.ok ? (sites.value as { id: number }[])[0] : undefined;
  const week = await backend.dispatch('bookings.range', { siteId: site!.id, from: '2026-11-23', to: '2026-11-30' });
  const titles = (week.ok ? (week.value as { title: string }[]) : []).map((b) => b.title).sort();
  const rows = wb.worksheets.flatMap((ws) => ws.getSheetValues().slice(2).map((v) => (v as unknown[])[6] as string));
  expect(rows.sort()).toEqual(titles);
  expect(wb.worksheets[0].getRow(1).getCell(1).value).toBe('Date');
  expect(wb.worksheets[0].getRow(2).getCell(1).value).toBeInstanceOf(Date);

  await page.getByRole('combobox', { name: "An organisation's bookings" }).click();
  await page.keyboard.type('English');
  await page.locator('.ant-select-dropdown:visible').getByTitle('English Corner').click();
  await page.getByRole('button', { name: 'Export calendar' }).click();
  const ics = page.getByText(/Exported \d+ events to /);
  await expect(ics).toBeVisible();
  const icsFile = /to (.*\.ics)$/.exec((await ics.textContent())!)![1];
  const cal = new ICAL.Component(ICAL.parse(fs.readFileSync(icsFile, 'utf8')));
  expect(cal.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
  expect(cal.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
  await page.setViewportSize(LARGE);
  await snap('export-en-large');
});
