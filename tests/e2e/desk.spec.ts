import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function siteSpaces(backend: { dispatch: (m: string, i: unknown) => Promise<unknown> }, siteName: string) {
  const sites = (await backend.dispatch('sites.list', {})) as { value: { id: number; name: string }[] };
  const site = sites.value.find((s) => s.name === siteName)!;
  const spaces = (await backend.dispatch('spaces.list', { siteId: site.id })) as { value: { id: number; name: string }[] };
  return { site, spaces: spaces.value };
}

async function keys(page: Page, ...presses: string[]) {
  for (const p of presses) await page.keyboard.press(p);
}

/** Type into the focused select and press Enter once the wanted option is the active one (as a person would). */
async function pick(page: Page, text: string, option: string | RegExp = text) {
  await page.keyboard.type(text);
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: option }).last()).toBeVisible();
  await keys(page, 'Enter');
}

test('walk-in: the baking corner on Saturday afternoon for six, found and booked with the keyboard alone', async ({ openApp, backend, snap }) => {
  const page = await openApp('desk');
  // The site picker has the focus once the desk is on screen: type the site, Enter; the day of the need is next.
  await expect(page.getByRole('combobox', { name: '站点' })).toBeFocused();
  const started = Date.now();
  await pick(page, '瑞虹', '瑞虹共享会客厅');
  await expect(page.getByRole('combobox', { name: '日期' })).toBeFocused();
  // Each choice made with Enter moves on to the next field.
  await pick(page, '周六', '11月28日 周六');
  await expect(page.getByRole('combobox', { name: '时段' })).toBeFocused();
  await pick(page, '下午');
  await expect(page.getByRole('combobox', { name: '时长' })).toBeFocused();
  await pick(page, '120', '120 分钟');
  // No particular audience: Tab skips it.
  await expect(page.getByRole('combobox', { name: '服务对象' })).toBeFocused();
  await keys(page, 'Tab');
  await pick(page, '烤箱');
  await expect(page.getByRole('spinbutton', { name: '人数' })).toBeFocused();
  await keys(page, 'Control+A');
  await page.keyboard.type('6');
  await keys(page, 'Enter');

  const results = page.getByRole('list', { name: '可预约的空档' });
  const first = results.getByRole('button').first();
  await expect(first).toBeFocused();
  await expect(first).toContainText('烘焙区');
  await expect(first).toContainText('11月28日');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  // The picture is for people to look at, not part of the desk's time.
  const snapStarted = Date.now();
  await snap('desk-find-zh');
  const snapTime = Date.now() - snapStarted;
  await keys(page, 'Enter');

  const dialog = page.getByRole('dialog', { name: '快速预约' });
  await expect(dialog.getByRole('combobox', { name: '联系人' })).toBeFocused();
  await pick(page, '8003', /王阿姨/);
  await expect(dialog.getByText(/历史：共/)).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: '活动名称' })).toBeFocused();
  await page.keyboard.type('亲子烘焙体验');
  await keys(page, 'Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/已预约：烘焙区/)).toBeVisible();
  const elapsed = Date.now() - started - snapTime;
  console.log(`walk-in flow by keyboard: ${(elapsed / 1000).toFixed(1)} s (search, pick, contact, confirm)`);
  expect(elapsed).toBeLessThan(15_000);

  const { spaces } = await siteSpaces(backend, '瑞虹共享会客厅');
  const bakery = spaces.find((s) => s.name === '烘焙区')!;
  const saturday = (await backend.dispatch('bookings.range', { from: '2026-11-28', to: '2026-11-29', spaceIds: [bakery.id] })) as {
    value: { title: string; headCount: number; contactName: string; start: string; end: string }[];
  };
  const booked = saturday.value.find((b) => b.title === '亲子烘焙体验')!;
  expect(booked).toMatchObject({ headCount: 6, contactName: '王阿姨' });
  expect(booked.start >= '2026-11-28T12:00' && booked.end <= '2026-11-28T18:00').toBe(true);
});

test('approval queue: the coordinator approves one request and declines another with a reason', async ({ openApp, backend, snap }) => {
  const { spaces } = await siteSpaces(backend, '初心驿站');
  const hall = spaces.find((s) => s.name === '周六议事厅')!;
  for (const [start, end, title] of [
    ['2026-11-25T14:00', '2026-11-25T15:00', '楼组长议事'],
    ['2026-11-26T14:00', '2026-11-26T15:00', '加装电梯协调会'],
  ]) {
    const r = (await backend.dispatch('bookings.create', { spaceId: hall.id, start, end, title, headCount: 8 })) as { ok: boolean };
    expect(r.ok).toBe(true);
  }
  const page = await openApp('desk', { operator: 'desk' });
  await page.getByRole('combobox', { name: '值班人员' }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(/陈静/).click();
  await page.getByRole('combobox', { name: '站点' }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('初心驿站').click();
  await page.getByRole('tab', { name: /待审批/ }).click();
  await page.getByRole('row', { name: /楼组长议事/ }).getByRole('button', { name: '批 准' }).click();
  await expect(page.getByText('已批准「楼组长议事」')).toBeVisible();
  await expect(page.getByRole('row', { name: /楼组长议事/ })).toHaveCount(0);
  await page.getByRole('row', { name: /加装电梯协调会/ }).getByRole('button', { name: '拒 绝' }).click();
  const dialog = page.getByRole('dialog', { name: /拒绝「加装电梯协调会」/ });
  await dialog.getByRole('textbox').fill('当天场地已借给社区活动');
  await snap('desk-decline-zh');
  await dialog.getByRole('button', { name: '拒 绝' }).click();
  await expect(page.getByRole('row', { name: /加装电梯协调会/ })).toHaveCount(0);
  const range = (await backend.dispatch('bookings.range', { from: '2026-11-25', to: '2026-11-27', spaceIds: [hall.id], includeCancelled: true })) as {
    value: { title: string; status: string }[];
  };
  expect(Object.fromEntries(range.value.map((b) => [b.title, b.status]))).toMatchObject({ 楼组长议事: 'confirmed', 加装电梯协调会: 'cancelled' });
  await page.getByRole('tab', { name: '操作记录' }).click();
  await expect(page.getByRole('row', { name: /陈静.*拒绝/ })).toBeVisible();
});

test('the grace period before a no-show: only a coordinator changes it, and the desk sees it at once', async ({ openApp, backend, snap }) => {
  const page = await openApp('desk', { operator: 'desk' });
  await expect(page.getByText('开始 15 分钟后未签到记为未到场', { exact: true })).toBeVisible();
  // The desk operator reads the rule but cannot change it.
  await expect(page.getByRole('button', { name: '修改未到场宽限时间' })).toHaveCount(0);
  await page.getByRole('combobox', { name: '值班人员' }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(/陈静/).click();
  await page.getByRole('button', { name: '修改未到场宽限时间' }).click();
  const minutes = page.getByRole('spinbutton', { name: '宽限分钟数' });
  await minutes.fill('30');
  await snap('desk-grace-setting');
  await minutes.press('Enter');
  await expect(page.getByText('开始 30 分钟后未签到记为未到场', { exact: true })).toBeVisible();
  const stored = (await backend.dispatch('settings.get', {})) as { value: { noShowGraceMinutes: number } };
  expect(stored.value.noShowGraceMinutes).toBe(30);
  // Out of range is refused in words and never sent.
  await page.getByRole('button', { name: '修改未到场宽限时间' }).click();
  await minutes.fill('600');
  await minutes.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '5–240 分钟' })).toBeVisible();
  await expect(page.getByRole('button', { name: '保 存' })).toBeDisabled();
  expect(((await backend.dispatch('settings.get', {})) as { value: { noShowGraceMinutes: number } }).value.noShowGraceMinutes).toBe(30);
});

test('check-in: one click on today’s board, in both languages', async ({ openApp, backend, snap }) => {
  const { spaces } = await siteSpaces(backend, '曲苑·畅叙堂');
  const r = (await backend.dispatch('bookings.create', {
    spaceId: spaces[0].id,
    start: '2026-11-23T09:00',
    end: '2026-11-23T10:00',
    title: '晨间太极',
    headCount: 12,
  })) as { ok: boolean; value: { id: number } };
  if (!r.ok) test.skip(true, 'the demo week already uses that hour');
  const page = await openApp('desk');
  await page.getByRole('combobox', { name: '站点' }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('曲苑·畅叙堂').click();
  const row = page.getByRole('listitem', { name: /09:00 晨间太极/ });
  await expect(row.getByText('进行中')).toBeVisible();
  await row.getByRole('button', { name: '签 到' }).click();
  await expect(row.getByText('已签到')).toBeVisible();
  await snap('desk-today-zh');
  const after = (await backend.dispatch('bookings.get', { id: r.value.id })) as { value: { status: string } };
  expect(after.value.status).toBe('checked_in');

  await page.getByText('English', { exact: true }).click();
  const en = page;
  await en.getByRole('combobox', { name: 'Site' }).click();
  await en.locator('.ant-select-dropdown:visible').getByTitle('Quyuan Changxu Hall').click();
  await expect(en.getByRole('listitem', { name: /09:00 晨间太极/ }).getByText('Checked in')).toBeVisible();
  await en.getByRole('button', { name: 'Find slots' }).click();
  await expect(en.getByRole('list', { name: 'Free slots' })).toBeVisible();
  await snap('desk-en');
});

test('quick book with a new contact: a bad phone number is refused in Chinese and nothing is written', async ({ openApp, backend, snap }) => {
  const page = await openApp('desk');
  await page.getByRole('button', { name: '查找空档' }).click();
  await page.getByRole('list', { name: '可预约的空档' }).getByRole('button').first().click();
  const dialog = page.getByRole('dialog', { name: '快速预约' });
  await dialog.getByRole('switch', { name: '新联系人' }).click();
  await dialog.getByLabel('名称', { exact: true }).fill('孙大爷');
  await dialog.getByLabel('电话', { exact: true }).fill('1234');
  await dialog.getByRole('button', { name: '确认预约' }).click();
  // On the field itself, and in the dialog's message.
  await expect(dialog.locator('.ant-form-item-explain-error', { hasText: '请输入大陆手机号（11 位）或固定电话' })).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText('请输入大陆手机号（11 位）或固定电话');
  await snap('desk-bad-phone-zh');
  expect(await backend.dispatch('contacts.search', { query: '孙大爷' })).toEqual({ ok: true, value: [] });

  await dialog.getByLabel('电话', { exact: true }).fill('13800138077');
  await dialog.getByRole('button', { name: '确认预约' }).click();
  await expect(dialog).toBeHidden();
  const found = (await backend.dispatch('contacts.search', { query: '8077' })) as { value: { id: number; name: string }[] };
  expect(found.value.map((c) => c.name)).toEqual(['孙大爷']);
  const history = (await backend.dispatch('contacts.history', { contactId: found.value[0].id })) as { value: { counts: { total: number } } };
  expect(history.value.counts.total).toBe(1);
});

test('from quick book the desk opens the contact’s whole record, and comes back to the booking as it was', async ({ openApp, snap }) => {
  const page = await openApp('desk');
  await page.getByRole('button', { name: '查找空档' }).click();
  await page.getByRole('list', { name: '可预约的空档' }).getByRole('button').first().click();
  const dialog = page.getByRole('dialog', { name: '快速预约' });
  await expect(dialog.getByRole('combobox', { name: '联系人' })).toBeFocused();
  await pick(page, '8003', /王阿姨/);
  await dialog.getByRole('textbox', { name: '活动名称' }).fill('亲子烘焙体验');
  await dialog.getByRole('button', { name: '查看全部' }).click();
  const record = page.getByRole('dialog').filter({ hasText: '王阿姨 的预约记录' });
  await expect(record.getByRole('row').nth(1)).toBeVisible();
  await page.waitForTimeout(400);
  await snap('desk-contact-record');
  await record.getByRole('button', { name: '关闭' }).click();
  await expect(record).toHaveCount(0);
  await expect(dialog.getByRole('textbox', { name: '活动名称' })).toHaveValue('亲子烘焙体验');
});
