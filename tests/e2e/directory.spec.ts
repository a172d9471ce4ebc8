import { expect, test } from './fixtures';

test('a contact with a bad phone number is refused on the field, nothing is lost, and the fix saves', async ({ openApp, snap, backend }) => {
  const page = await openApp('directory');
  await page.getByRole('tab', { name: '联系人' }).click();
  await page.getByRole('button', { name: '新建联系人' }).click();
  const dialog = page.getByRole('dialog', { name: '新建联系人' });
  await dialog.getByLabel('名称').fill('钱阿婆');
  await dialog.getByLabel('电话').fill('1234');
  await dialog.getByRole('button', { name: '保 存' }).click();
  await expect(dialog.getByText('请输入大陆手机号（11 位）或固定电话').first()).toBeVisible();
  await snap('contact-bad-phone-zh');
  await expect(dialog.getByLabel('名称')).toHaveValue('钱阿婆');
  const none = await backend.dispatch('contacts.search', { query: '钱' });
  expect(none).toEqual({ ok: true, value: [] });

  await dialog.getByLabel('电话').fill('138 0013 8099');
  await dialog.getByRole('button', { name: '保 存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: '13800138099' })).toBeVisible();
  // Found again by the last digits of the phone.
  await page.getByLabel('按姓名或手机尾号查找').fill('8099');
  await expect(page.getByRole('cell', { name: '钱阿婆' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '王阿姨' })).toHaveCount(0);
});

test('an archived organisation can be restored', async ({ openApp }) => {
  const page = await openApp('directory');
  await page.getByRole('tab', { name: '合作单位与团队' }).click();
  const row = page.getByRole('row', { name: /英语角/ });
  await row.getByRole('button', { name: '停 用' }).click();
  await page.getByRole('button', { name: '停 用' }).last().click();
  await expect(row.getByText('已停用')).toBeVisible();
  await row.getByRole('button', { name: '恢 复' }).click();
  await expect(row.getByText('已停用')).toHaveCount(0);
});
