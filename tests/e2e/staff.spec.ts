/**
 * Named staff and roles (issue 12, item 14): a coordinator adds a desk person and a
 * coordinator with a PIN; the desk person does not see the coordinator's screens; the
 * PIN is asked for (wrong, then right); the audit log names who did what.
 */
import type { Page } from '@playwright/test';
import { chooseOption, expect, settledPopup, test } from './fixtures';

const SMALL = { width: 1366, height: 768 };
const LARGE = { width: 1920, height: 1080 };
const COORDINATOR_SCREENS = ['错峰计划', '站点与场地', '统计报表', '导入导出', '备份与恢复', '设置'];

async function openStaffTab(page: Page, tab: string) {
  await page.getByRole('tab', { name: tab }).click();
}

test('a coordinator adds staff and a PIN; the desk loses the coordinator’s screens; the PIN is asked for; the audit log names everyone', async ({
  openApp,
  backend,
  snap,
}) => {
  test.setTimeout(90_000);
  // A group at 09:00 for the desk person to check in.
  const sites = (await backend.dispatch('sites.list', {})) as { value: { id: number; name: string }[] };
  const site = sites.value.find((s) => s.name === '曲苑·畅叙堂')!;
  const spaces = (await backend.dispatch('spaces.list', { siteId: site.id })) as { value: { id: number }[] };
  const made = (await backend.dispatch('bookings.create', { spaceId: spaces.value[0].id, start: '2026-11-23T09:00', end: '2026-11-23T10:00', title: '晨间太极', headCount: 12 })) as { ok: boolean };
  expect(made.ok).toBe(true);

  const page = await openApp('settings');
  await page.setViewportSize(SMALL);
  await openStaffTab(page, '工作人员');
  const table = page.getByRole('table');
  for (const name of ['王敏', '李娟', '陈静']) await expect(table.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  await expect(table.getByRole('row', { name: /陈静/ })).toContainText('正在值班');

  // The only coordinator cannot become desk staff: said in words, the dialog keeps what was typed.
  await table.getByRole('row', { name: /陈静/ }).getByRole('button', { name: '编 辑' }).click();
  let dialog = page.getByRole('dialog', { name: '编辑工作人员' });
  await dialog.getByText('前台', { exact: true }).click();
  await dialog.getByRole('button', { name: '保 存' }).click();
  await expect(page.getByText('「陈静」是最后一位在岗协调员，不能停用或改为前台。请先添加或恢复另一位协调员。')).toBeVisible();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '关 闭' }).click();

  // A desk person, and a name already taken refused on its field.
  await page.getByRole('button', { name: '添加工作人员' }).click();
  dialog = page.getByRole('dialog', { name: '添加工作人员' });
  await dialog.getByLabel('姓名').fill('王敏');
  await dialog.getByLabel('姓名').press('Enter');
  await expect(dialog.getByText('已有同名的在岗人员')).toBeVisible();
  await dialog.getByLabel('姓名').fill('赵磊');
  await dialog.getByLabel('姓名').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('row', { name: /赵磊/ })).toContainText('前台');

  // A second coordinator, with a PIN typed twice.
  await page.getByRole('button', { name: '添加工作人员' }).click();
  dialog = page.getByRole('dialog', { name: '添加工作人员' });
  await dialog.getByLabel('姓名').fill('周华');
  await dialog.getByText('协调员', { exact: true }).click();
  await dialog.getByRole('button', { name: '保 存' }).click();
  await expect(dialog).toBeHidden();
  const zhou = table.getByRole('row', { name: /周华/ });
  await expect(zhou).toContainText('未设置');
  await zhou.getByRole('button', { name: '设置 PIN' }).click();
  dialog = page.getByRole('dialog', { name: '为「周华」设置 PIN' });
  await dialog.getByLabel('新 PIN（4–8 位数字）').fill('2468');
  await dialog.getByLabel('再输入一次').fill('2469');
  await dialog.getByLabel('再输入一次').press('Enter');
  await expect(dialog.getByText('两次输入的 PIN 不一致')).toBeVisible();
  await dialog.getByLabel('再输入一次').fill('2468');
  await dialog.getByLabel('再输入一次').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(zhou).toContainText('已设置');

  // 李娟 retires (asked first): gone from the switcher, kept in the list of retired staff.
  await table.getByRole('row', { name: /李娟/ }).getByRole('button', { name: '停 用' }).click();
  await (await settledPopup(page, /李娟/)).getByRole('button', { name: '停 用' }).click();
  await expect(page.getByText('已停用「李娟」，可随时恢复')).toBeVisible();
  await expect(table.getByRole('row', { name: /李娟/ })).toHaveCount(0);
  await page.getByRole('combobox', { name: '值班人员' }).click();
  const options = page.locator('.ant-select-dropdown:visible');
  await expect(options.getByTitle('赵磊 · 前台')).toBeVisible();
  await expect(options.getByTitle(/李娟/)).toHaveCount(0);

  // 赵磊 at the desk: the coordinator's screens are gone, and this one says whose it is.
  await options.getByTitle('赵磊 · 前台').click();
  const menu = page.getByRole('navigation');
  await expect(menu.getByRole('menuitem', { name: /预约日历/ })).toBeVisible();
  for (const screen of COORDINATOR_SCREENS) await expect(menu.getByRole('menuitem', { name: new RegExp(screen) })).toHaveCount(0);
  await expect(page.getByText('设置只有协调员可以使用。请在右上角切换为协调员。')).toBeVisible();
  // (The page's clock stands still in the tests, so confirmations never fade: a reload clears them for the picture.)
  await page.reload();
  await expect(page.getByText('设置只有协调员可以使用。请在右上角切换为协调员。')).toBeVisible();
  await snap('staff-desk-view-1366-zh');

  // 赵磊 checks the group in at the desk.
  await menu.getByRole('menuitem', { name: /前台/ }).click();
  await chooseOption(page, '站点', '曲苑·畅叙堂');
  const row = page.getByRole('listitem', { name: /09:00 晨间太极/ });
  await row.getByRole('button', { name: '签 到' }).click();
  await expect(row.getByText('已签到')).toBeVisible();
  await expect(page.getByRole('tab', { name: '操作记录' })).toHaveCount(0);

  // To 周华: the PIN is asked; a wrong one is said and the prompt stays; Enter submits.
  await chooseOption(page, '值班人员', '周华 · 协调员');
  const prompt = page.getByRole('dialog', { name: '切换为 周华' });
  const pin = prompt.getByLabel('请输入 周华 的 PIN');
  await expect(pin).toBeFocused();
  await pin.fill('1357');
  await pin.press('Enter');
  await expect(prompt.getByRole('alert')).toHaveText('PIN 不正确，还可再试 2 次。');
  await expect(pin).toHaveValue('');
  await snap('staff-pin-wrong-1366-zh');
  await expect(page.getByRole('banner').getByText('赵磊 · 前台')).toBeVisible();
  await pin.fill('2468');
  await pin.press('Enter');
  await expect(prompt).toBeHidden();
  await expect(page.getByRole('banner').getByText('周华 · 协调员')).toBeVisible();
  for (const screen of COORDINATOR_SCREENS) await expect(menu.getByRole('menuitem', { name: new RegExp(screen) })).toBeVisible();

  // The audit log names who did what.
  await page.getByRole('tab', { name: '操作记录' }).click();
  await expect(page.getByRole('row', { name: /赵磊.*签到.*晨间太极/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /陈静.*设置 PIN.*周华/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /陈静.*停用.*李娟/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /陈静.*新建.*赵磊/ })).toBeVisible();

  // Pictures: the staff screen and the PIN prompt, both languages, both sizes (a reload
  // clears the confirmations above; 周华 stays at the desk).
  await page.reload();
  await expect(page.getByRole('banner').getByText('周华 · 协调员')).toBeVisible();
  for (const language of ['zh', 'en'] as const) {
    if (language === 'en') await page.getByText('English', { exact: true }).click();
    for (const size of [SMALL, LARGE]) {
      await page.setViewportSize(size);
      await menu.getByRole('menuitem', { name: language === 'zh' ? /设置/ : /Settings/ }).click();
      await openStaffTab(page, language === 'zh' ? '工作人员' : 'Staff');
      await expect(page.getByRole('table').getByRole('row', { name: /周华/ })).toBeVisible();
      await snap(`staff-${size.width}-${language}`);
      await chooseOption(page, language === 'zh' ? '值班人员' : 'At the desk', language === 'zh' ? '陈静 · 协调员' : '陈静 · Coordinator');
      await chooseOption(page, language === 'zh' ? '值班人员' : 'At the desk', language === 'zh' ? '周华 · 协调员' : '周华 · Coordinator');
      const asking = page.getByRole('dialog', { name: language === 'zh' ? '切换为 周华' : 'Switch to 周华' });
      await asking.getByRole('textbox').fill('1');
      await asking.getByRole('textbox').press('Enter');
      await expect(asking.getByRole('alert')).toHaveText(language === 'zh' ? 'PIN 为 4–8 位数字' : 'A PIN is 4–8 digits');
      await page.waitForTimeout(300);
      await snap(`staff-pin-${size.width}-${language}`);
      await asking.getByRole('button', { name: language === 'zh' ? '取 消' : 'Cancel' }).click();
      await expect(asking).toBeHidden();
    }
  }
});
