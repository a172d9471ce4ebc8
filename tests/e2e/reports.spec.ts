/**
 * Reports upward (统计报表): the demo subdistrict with some of November's history, in
 * both languages. The ledger and the summary are saved as PDFs the way the desktop app
 * prints (the page in print media) and read back with poppler; the workbook is written
 * through the save dialog's stand-in to test-results/exports/ and read back with exceljs.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import type { Backend } from '../../electron/main/backend';
import { providePrinter } from '../../electron/main/services/print/printer';
import { provideFileSaver } from '../../electron/main/services/files/saver';
import { chooseOption, expect, test } from './fixtures';
import { readPrintPdf, savePrintPdf } from './printed';

const PDF_DIR = path.resolve('test-results/reports');
const EXPORT_DIR = path.resolve('test-results/exports');
const PHONE = /1[3-9]\d{9}|0\d{2,3}-\d{7,8}/g;

async function call<T = any>(backend: Backend, method: string, input: unknown): Promise<T> {
  const r = await backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** November's first three weeks in the reading room, as the desk would have booked them. */
async function addHistory(backend: Backend) {
  const spaces = await call<{ id: number; name: string }[]>(backend, 'spaces.list', {});
  const audiences = await call<{ id: number; name: string }[]>(backend, 'audiences.list', {});
  const contacts = await call<{ id: number; name: string }[]>(backend, 'contacts.search', { query: '王阿姨' });
  const reading = spaces.find((s) => s.name === '阅读自修区')!.id;
  const elders = audiences.find((a) => a.name.includes('老'))!.id;
  const wang = contacts.find((c) => c.name === '王阿姨')!.id;
  const book = (date: string, start: string, end: string, title: string, headCount: number, extra: object = {}) =>
    call<{ id: number }>(backend, 'bookings.create', {
      spaceId: reading,
      start: `${date}T${start}`,
      end: `${date}T${end}`,
      title,
      audienceId: elders,
      headCount,
      overrideReason: '补录历史活动',
      ...extra,
    });
  await book('2026-11-03', '14:00', '16:00', '长者读书会', 14, { contactId: wang });
  await book('2026-11-10', '14:00', '16:00', '长者读书会', 16, { contactId: wang });
  await book('2026-11-17', '14:00', '16:00', '长者读书会', 12, { contactId: wang });
  const rained = await book('2026-11-19', '14:00', '15:00', '户外写生', 8);
  await call(backend, 'bookings.cancel', { id: rained.id, reason: '下雨' });
  // This morning's 居民晨读 (demo data) is checked in at the desk.
  const today = await call<{ id: number; title: string }[]>(backend, 'bookings.range', { spaceIds: [reading], from: '2026-11-23', to: '2026-11-24' });
  await call(backend, 'bookings.checkIn', { id: today.find((b) => b.title === '居民晨读')!.id });
}

/** The desktop app's printer, played by the test: the page in print media, saved as a PDF. */
function pdfPrinter(backend: Backend, page: () => Page, jobs: { fileName: string; orientation?: string }[]) {
  providePrinter(backend.ctx, {
    savePdf: async (job) => {
      jobs.push(job);
      const file = path.join(PDF_DIR, job.fileName);
      await savePrintPdf(page(), file);
      return { path: file };
    },
    print: async () => ({ printed: true }),
  });
}

/**
 * Press a button from the keyboard. The saved-file messages stay on screen under the
 * tests' frozen clock and would cover buttons a mouse click aims at.
 */
async function press(button: Locator) {
  await button.focus();
  await button.press('Enter');
}

const figure = (page: Page, label: string) => page.getByRole('listitem', { name: label, exact: true });

test('reports: figures by scope and period, the ledger printed, the workbook and the summary saved, in both languages', async ({ openApp, backend, snap, page }) => {
  test.setTimeout(150_000);
  fs.rmSync(EXPORT_DIR, { recursive: true, force: true });
  fs.mkdirSync(EXPORT_DIR, { recursive: true });
  await addHistory(backend);
  const jobs: { fileName: string; orientation?: string }[] = [];
  pdfPrinter(backend, () => page, jobs);
  provideFileSaver(backend.ctx, { chooseSavePath: async ({ suggestedName }) => path.join(EXPORT_DIR, suggestedName) });

  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp('reports');
  // November 2026 for the whole subdistrict, as the back end works it out.
  const november = await call(backend, 'reports.figures', { scope: { kind: 'subdistrict' }, period: { kind: 'month', from: '2026-11-01', to: '2026-12-01' } });
  await expect(page.getByRole('heading', { name: '全街道 · 2026年11月' })).toBeVisible();
  await expect(figure(page, '活动场次')).toContainText(String(november.figures.held));
  await expect(figure(page, '服务人次')).toContainText(november.figures.heads.toLocaleString('zh-CN'));
  await expect(figure(page, '服务人次')).toContainText(`其中 ${november.figures.headsBooked} 人次未签到，按预约人数计`);
  await expect(figure(page, '使用率')).toContainText('预约时长 ÷ 开放时长。');
  await expect(figure(page, '取消率')).toContainText('取消 1 次');
  await expect(page.getByRole('img', { name: '各场地使用率' })).toBeVisible();
  await snap('reports-zh-1366');

  // One site, then the quarter: the figures follow.
  await page.getByRole('radiogroup', { name: '统计范围' }).getByText('站点', { exact: true }).click();
  await chooseOption(page, '站点', '书香曲阳社区文化会客厅');
  await expect(page.getByRole('heading', { name: '书香曲阳社区文化会客厅 · 2026年11月' })).toBeVisible();
  await page.getByRole('radiogroup', { name: '统计周期' }).getByText('季度', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '书香曲阳社区文化会客厅 · 2026年第4季度' })).toBeVisible();
  const siteId = (await call<{ id: number; name: string }[]>(backend, 'sites.list', {})).find((s) => s.name === '书香曲阳社区文化会客厅')!.id;
  const quarter = await call(backend, 'reports.figures', { scope: { kind: 'site', siteId }, period: { kind: 'quarter', from: '2026-10-01', to: '2027-01-01' } });
  await expect(figure(page, '活动场次')).toContainText(String(quarter.figures.held));
  await page.getByRole('tab', { name: '取消原因' }).click();
  await expect(page.getByRole('cell', { name: '下雨' })).toBeVisible();

  // The ledger: heading with the unit, every held activity, totals and lines to sign.
  await page.getByRole('tab', { name: '台账' }).click();
  await page.getByRole('textbox', { name: '填报单位' }).fill('虹口区曲阳路街道');
  await page.getByRole('button', { name: /^保\s?存$/ }).click();
  const sheet = page.getByRole('article', { name: '社区共享空间活动台账' }).first();
  await expect(sheet).toContainText('填报单位：虹口区曲阳路街道');
  await expect(sheet).toContainText('统计期：2026年第4季度（2026-10-01 至 2026-12-31）');
  await expect(sheet.getByRole('row')).toHaveCount(1 + 4);
  await snap('reports-ledger-zh-1366');
  await press(page.getByRole('button', { name: '台账存为 PDF' }));
  await expect(page.getByText(/已保存：.*台账\.pdf/)).toBeVisible({ timeout: 30_000 });
  const ledgerPdf = readPrintPdf(path.join(PDF_DIR, jobs[0].fileName), 'layout');
  expect(jobs[0]).toMatchObject({ orientation: 'portrait', fileName: '书香曲阳社区文化会客厅-2026年第4季度-台账.pdf' });
  expect(ledgerPdf.pageSize).toBe('594.96 x 841.92 pts (A4)');
  const flat = ledgerPdf.text.replace(/\s+/g, '');
  for (const words of ['社区共享空间活动台账', '填报单位：虹口区曲阳路街道', '长者读书会', '居民晨读', '填表人', '审核人', '日期', '合计：活动4场']) expect(flat).toContain(words);
  expect(flat).not.toContain('户外写生');
  expect(ledgerPdf.text.match(PHONE)).toBeNull();

  // The workbook, read back cell by cell.
  await page.getByRole('tab', { name: '统计' }).click();
  await press(page.getByRole('button', { name: '导出 Excel' }));
  await expect(page.getByText(/已保存：.*统计报表\.xlsx/)).toBeVisible({ timeout: 30_000 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(EXPORT_DIR, '书香曲阳社区文化会客厅-2026年第4季度-统计报表.xlsx'));
  expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '台账', '按站点', '按场地', '按服务对象', '按合作单位', '按星期', '按时段', '按月份']);
  const summary = wb.getWorksheet('汇总')!;
  expect(summary.getImages()).toHaveLength(4);
  const heldRow = summary.getRows(7, 9)!.find((r) => r.getCell(1).value === '活动场次')!;
  expect(heldRow.getCell(2).value).toBe(quarter.figures.held);
  const ledger = wb.getWorksheet('台账')!;
  expect(ledger.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(ledger.getRow(1).values).toEqual([undefined, '日期', '开始', '结束', '站点', '场地', '活动', '组织方', '服务对象', '人数', '签到']);
  expect(ledger.getCell('A2').value).toEqual(new Date(Date.UTC(2026, 10, 3)));
  expect(ledger.getCell('I2').value).toBe(14);
  expect(ledger.getColumn(6).width).toBeGreaterThan(8);

  // The one-page summary for a meeting.
  await press(page.getByRole('button', { name: '摘要 PDF' }));
  await expect(page.getByText(/已保存：.*统计摘要\.pdf/)).toBeVisible({ timeout: 30_000 });
  const summaryPdf = readPrintPdf(path.join(PDF_DIR, jobs[1].fileName), 'layout');
  expect(summaryPdf.pages).toBe(1);
  expect(summaryPdf.text.replace(/\s+/g, '')).toContain('场地使用情况摘要');

  // A fresh page (the saved-file messages stay under the frozen clock): the subdistrict,
  // now named by the reporting unit saved above, on a large screen.
  await page.reload();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(page.getByRole('heading', { name: '虹口区曲阳路街道 · 2026年11月' })).toBeVisible();
  await expect(figure(page, '活动场次')).toContainText(String(november.figures.held));
  await snap('reports-zh-1920');

  // English: English headings, figures and sheets.
  await page.getByRole('radiogroup', { name: '界面语言' }).getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '虹口区曲阳路街道 · 2026-11' })).toBeVisible();
  await expect(figure(page, 'People served')).toContainText('Head counts of the activities held.');
  await snap('reports-en-1920');
  await press(page.getByRole('button', { name: 'Export Excel' }));
  await expect(page.getByText(/Saved: .*report\.xlsx/)).toBeVisible({ timeout: 30_000 });
  const en = new ExcelJS.Workbook();
  await en.xlsx.readFile(path.join(EXPORT_DIR, '虹口区曲阳路街道-2026-11-report.xlsx'));
  expect(en.worksheets.map((w) => w.name)).toEqual(['Summary', 'Ledger', 'By site', 'By space', 'By audience', 'By partner', 'By weekday', 'By hour', 'By month']);
  expect(en.getWorksheet('Ledger')!.getRow(1).getCell(1).value).toBe('Date');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('tab', { name: 'Ledger' }).click();
  await expect(page.getByRole('article', { name: 'Ledger of activities in community spaces' }).first()).toContainText('Prepared by');
  await expect(page.getByRole('button', { name: 'Ledger as PDF' })).toBeEnabled();
  await snap('reports-en-1366');
});
