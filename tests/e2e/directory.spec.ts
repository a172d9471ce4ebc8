import { expect, settledPopup, test } from './fixtures';

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
  await expect(page.getByRole('cell', { name: '钱阿婆', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '王阿姨', exact: true })).toHaveCount(0);
});

test('an archived organisation can be restored', async ({ openApp }) => {
  const page = await openApp('directory');
  await page.getByRole('tab', { name: '合作单位与团队' }).click();
  const row = page.getByRole('row', { name: /英语角/ });
  await row.getByRole('button', { name: '停 用' }).click();
  await (await settledPopup(page, '停用')).getByRole('button', { name: '停 用' }).click();
  await expect(row.getByText('已停用')).toBeVisible();
  await row.getByRole('button', { name: '恢 复' }).click();
  await expect(row.getByText('已停用')).toHaveCount(0);
});

test('a contact’s bookings: every one with where, when and how it went, and the counts the desk weighs', async ({ openApp, snap, backend }) => {
  const found = (await backend.dispatch('contacts.search', { query: '孙老师' })) as { value: { id: number }[] };
  const sun = found.value[0].id;
  const before = (await backend.dispatch('contacts.history', { contactId: sun })) as { value: { bookings: { id: number; start: string; status: string }[] } };
  const next = before.value.bookings.filter((b) => b.status === 'confirmed' && b.start > '2026-11-23').at(-1)!;
  const r = (await backend.dispatch('bookings.cancel', { id: next.id, reason: '学生考试周' })) as { ok: boolean };
  expect(r.ok).toBe(true);
  const after = (await backend.dispatch('contacts.history', { contactId: sun })) as {
    value: { counts: { total: number; checkedIn: number; noShow: number; cancelled: number } };
  };
  const c = after.value.counts;
  expect(c.cancelled).toBeGreaterThan(0);

  const page = await openApp('directory');
  await page.getByRole('tab', { name: '联系人' }).click();
  await page.getByLabel('按姓名或手机尾号查找').fill('孙老师');
  await page.getByRole('button', { name: '预约记录 孙老师' }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '孙老师 的预约记录' });
  await expect(drawer).toContainText(`历史：共 ${c.total} 次，签到 ${c.checkedIn} 次，未到场 ${c.noShow} 次，取消 ${c.cancelled} 次`);
  const cancelled = drawer.getByRole('row', { name: new RegExp(next.start.slice(0, 10)) });
  await expect(cancelled).toContainText('已取消');
  await expect(cancelled).toContainText('学生考试周');
  await expect(drawer.getByRole('row', { name: /上外学生自修/ }).first()).toContainText('书香曲阳社区文化会客厅 · 阅读自修区');
  // The drawer slides in: let it settle before the picture.
  await page.waitForTimeout(400);
  await snap('contact-history-zh');
});
