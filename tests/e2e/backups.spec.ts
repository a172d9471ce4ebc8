import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { chooseOption, expect, settledPopup, test } from './fixtures';

const LARGE = { width: 1920, height: 1080 };
const SMALL = { width: 1366, height: 768 };

/** A dialog that has finished opening (a screenshot mid-animation shows it half transparent). */
async function contactVisible(page: Page, name: string): Promise<boolean> {
  await page.getByRole('navigation').getByText('对象与联系人').click();
  await page.getByRole('tab', { name: '联系人' }).click();
  await page.getByLabel('按姓名或手机尾号查找').fill(name);
  // The table answers after the search: either the row or the empty text.
  const row = page.getByRole('cell', { name, exact: true });
  await expect(row.or(page.getByText('暂无数据', { exact: true }).filter({ visible: true }))).toBeVisible();
  return row.isVisible();
}

test('a coordinator backs up, restores the backup without a restart, undoes the restore, and a damaged file is refused in words', async ({
  openApp,
  snap,
  liveApp,
  dialogAnswers,
}) => {
  // One long journey instead of several short ones: each step builds on the data of the last.
  test.setTimeout(150_000);
  const backend = liveApp.live.current();
  const page = await openApp('backups', { operator: 'desk' });
  await page.setViewportSize(SMALL);
  // The desk is told that backups are the coordinator's; switching to one opens the screen.
  await expect(page.getByText('备份与恢复只有协调员可以使用。请在右上角切换为协调员。')).toBeVisible();
  await chooseOption(page, '值班人员', '陈静 · 协调员');
  await expect(page.getByText('还没有备份。点击「立即备份」备份一次。')).toBeVisible();

  // A backup now: the list shows it with its counts.
  await page.getByRole('button', { name: '立即备份' }).click();
  const manual = page.getByRole('row', { name: /手动/ });
  await expect(manual).toBeVisible();
  const counts = (await backend.dispatch('backups.overview', {})) as { value: { backups: { bookings: number; contacts: number }[] } };
  const { bookings, contacts } = counts.value.backups[0];
  await expect(manual).toContainText(String(bookings));
  await expect(manual).toContainText(String(contacts));

  // A change after the backup (another desk adds a contact). The page is never reloaded in this test.
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  expect((await liveApp.dispatch('contacts.save', { name: '钱阿婆', phone: '13800138099' })).ok).toBe(true);
  expect(await contactVisible(page, '钱阿婆')).toBe(true);

  // Restore the backup: confirmed first, then the old data is back at once.
  await page.getByRole('navigation').getByText('备份与恢复').click();
  await page.getByRole('row', { name: /手动/ }).getByRole('button', { name: /恢复/ }).click();
  const confirm = await settledPopup(page, '的备份？');
  await expect(confirm).toContainText(`${bookings} 条预约、${contacts} 位联系人`);
  await snap('backups-restore-confirm-zh-1366');
  await confirm.getByRole('button', { name: '恢 复' }).click();
  await expect(confirm).toBeHidden();
  const banner = page.getByRole('alert').filter({ hasText: '撤销恢复' });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('row', { name: /恢复前/ })).toBeVisible();
  await snap('backups-restored-zh-1366');
  expect(await contactVisible(page, '钱阿婆')).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  // Undo the restore: the contact made after the backup is back.
  await page.getByRole('navigation').getByText('备份与恢复').click();
  await page.getByRole('button', { name: '撤销恢复' }).click();
  const undo = page.getByRole('dialog').filter({ hasText: '撤销这次恢复？' });
  await undo.getByRole('button', { name: '撤销恢复' }).click();
  await expect(undo).toBeHidden();
  await expect(page.getByRole('button', { name: '撤销恢复' })).toHaveCount(0);
  expect(await contactVisible(page, '钱阿婆')).toBe(true);

  // A damaged file is refused in words, and nothing changes.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagger-e2e-files-'));
  const good = path.join(dir, '错峰数据.db');
  dialogAnswers.save = good;
  await page.getByRole('navigation').getByText('备份与恢复').click();
  await page.getByRole('button', { name: '存为一个文件…' }).click();
  await expect(page.getByText(`已存为 ${good}`)).toBeVisible();
  const bytes = fs.readFileSync(good);
  const pageSize = bytes.readUInt16BE(16);
  const middle = Math.floor(bytes.length / pageSize / 2) * pageSize;
  for (let i = middle; i < middle + 4 * pageSize; i++) bytes[i] = (i * 131) % 251;
  const damaged = path.join(dir, '损坏.db');
  fs.writeFileSync(damaged, bytes);
  dialogAnswers.open = damaged;
  const before = await liveApp.live.current().dispatch('backups.overview', {});
  await page.getByRole('button', { name: '打开数据文件…' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '「损坏.db」已损坏（完整性检查未通过），不能恢复。当前数据没有任何变化。' })).toBeVisible();
  expect(await liveApp.live.current().dispatch('backups.overview', {})).toEqual(before);
  await snap('backups-refused-zh-1366');

  // Opening the good file asks first and says what it holds (cancelled here).
  dialogAnswers.open = good;
  await page.getByRole('button', { name: '打开数据文件…' }).click();
  const openConfirm = await settledPopup(page, '用这个文件替换当前数据？');
  await expect(openConfirm).toContainText('文件已检查：完整，是错峰的数据。');
  await snap('backups-open-file-zh-1366');
  await openConfirm.getByRole('button', { name: '取 消' }).click();
  await expect(openConfirm).toBeHidden();

  // A second folder that is gone is a warning, not an error; the backup is still made.
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'stagger-e2e-usb-'));
  dialogAnswers.folder = usb;
  await page.getByRole('button', { name: '选择文件夹…' }).click();
  await expect(page.getByText('可用，每次备份都会复制到这里。')).toBeVisible();
  fs.rmSync(usb, { recursive: true });
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText(/现在找不到（U 盘未插入或共享文件夹无法访问），备份只保存在本机/)).toBeVisible();
  await expect(page.getByRole('row', { name: /手动/ })).toHaveCount(2);
  await snap('backups-second-missing-zh-1366');

  // Opening the saved file for real (as on a new computer): confirmed, then its data is in use.
  dialogAnswers.open = good;
  await page.getByRole('button', { name: '打开数据文件…' }).click();
  await (await settledPopup(page, '用这个文件替换当前数据？')).getByRole('button', { name: '打开并替换' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '打开「错峰数据.db」的数据，替换了本机原来的数据' })).toBeVisible();
  await expect(page.getByRole('button', { name: '撤销恢复' })).toBeVisible();
  await page.setViewportSize(LARGE);
  await snap('backups-zh-large');

  await page.getByText('English').click();
  await expect(page.getByRole('button', { name: 'Back up now' })).toBeVisible();
  await snap('backups-en-large');
  await page.setViewportSize(SMALL);
  await page.getByRole('button', { name: 'Open data file…' }).click();
  await settledPopup(page, 'Replace the current data with this file?');
  await snap('backups-open-file-en-1366');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  dialogAnswers.open = damaged;
  await page.getByRole('button', { name: 'Open data file…' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '“损坏.db” is damaged (it fails the integrity check) and cannot be restored. The current data has not changed.' })).toBeVisible();
  await snap('backups-en-1366');
});
