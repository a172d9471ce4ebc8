import type { Page } from '@playwright/test';
import { chooseOption, expect, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });
// Long journeys on a shared 2-core machine: more time than the default minute.
test.describe.configure({ timeout: 180_000 });

type Dispatch = { dispatch: (m: string, i: unknown) => Promise<unknown> };

async function bookingsTitled(backend: Dispatch, title: string) {
  const r = (await backend.dispatch('bookings.range', { from: '2026-11-20', to: '2026-12-10', includeCancelled: true })) as {
    value: { id: number; title: string; start: string; end: string; headCount: number; contactName: string | null; contactPhone: string | null }[];
  };
  return r.value.filter((b) => b.title === title);
}

/** The same screen at the usual office laptop size and at full HD (names carry the width). */
async function snapBoth(page: Page, snap: (n: string) => Promise<void>, name: string) {
  await page.waitForTimeout(350); // dialogs and messages slide in: let them settle for the picture
  await snap(`${name}-1366`);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.waitForTimeout(250);
  await snap(`${name}-1920`);
  await page.setViewportSize({ width: 1366, height: 768 });
}

test('new booking by keyboard: Enter never saves what the user did not fill in; over capacity is said, kept and refused by the rules; a new caller is added on the spot', async ({
  openApp,
  backend,
  snap,
}) => {
  const page = await openApp('calendar');
  await chooseOption(page, '站点', '瑞虹共享会客厅');
  await expect(page.getByRole('gridcell', { name: '共享会客厅' })).toBeVisible();
  await page.getByRole('button', { name: '新建预约' }).click();
  const dialog = page.getByRole('dialog', { name: '新建预约' });
  await expect(dialog.getByLabel('活动名称')).toBeFocused();

  // 1. Enter in the date field is the picker's: it takes the typed day and closes; nothing is saved.
  const date = dialog.getByLabel('日期', { exact: true });
  await date.click();
  await expect(page.locator('.ant-picker-dropdown:visible')).toHaveCount(1);
  await date.fill('2026-12-09');
  await date.press('Enter');
  await expect(page.locator('.ant-picker-dropdown:visible')).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await expect(date).toHaveValue('2026-12-09');

  // A title alone, Enter: the default 09:00 and one person are not a booking; Enter goes to what is missing.
  await dialog.getByLabel('活动名称').fill('钢琴沙龙');
  await dialog.getByLabel('活动名称').press('Enter');
  await expect(page.getByText('按 Enter 保存前，请先填写：时间、人数')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: '开始' })).toBeFocused();
  await snapBoth(page, snap, 'booking-enter-needs-zh');
  expect(await bookingsTitled(backend, '钢琴沙龙')).toEqual([]);

  // Times chosen by keyboard: Enter in a select chooses and closes it, and saves nothing.
  await page.keyboard.type('14:00');
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await dialog.getByRole('combobox', { name: '结束' }).focus();
  await page.keyboard.type('16:00');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  expect(await bookingsTitled(backend, '钢琴沙龙')).toEqual([]);

  // 4. 40 people for a room of 30: kept as typed, said on the field.
  const people = dialog.getByRole('spinbutton', { name: '人数' });
  await people.fill('40');
  await people.blur();
  await expect(people).toHaveValue('40');
  await expect(dialog.getByText('超过容量 30 人')).toBeVisible();

  // 5. A caller who is not in the directory yet: what was typed becomes a new contact.
  const contact = dialog.getByRole('combobox', { name: '联系人' });
  await contact.click();
  await page.keyboard.type('陈女士');
  const create = page.locator('.ant-select-dropdown:visible').getByText('+ 新建联系人「陈女士」');
  await expect(create).toBeVisible();
  await snapBoth(page, snap, 'booking-new-contact-option-zh');
  await create.click();
  const newContact = dialog.getByRole('group', { name: '新建联系人' });
  await expect(newContact.getByLabel('名称')).toHaveValue('陈女士');
  await expect(newContact.getByLabel('电话')).toBeFocused();
  // A bad number is refused in words; nothing is added.
  await page.keyboard.type('1234');
  await page.keyboard.press('Enter');
  await expect(newContact.getByRole('alert')).toHaveText('请输入大陆手机号（11 位）或固定电话');
  expect(await backend.dispatch('contacts.search', { query: '陈女士' })).toEqual({ ok: true, value: [] });
  await newContact.getByLabel('电话').fill('13800138123');
  await page.keyboard.press('Enter');
  await expect(dialog.getByTitle('陈女士 · 138****8123')).toBeVisible();
  await expect(dialog).toBeVisible();

  // Everything is filled in now: Enter in the head count saves, and the rules refuse 40 people, on the field too.
  await people.press('Enter');
  await expect(dialog.getByRole('alert').filter({ hasText: '共享会客厅 最多容纳 30 人。' })).toBeVisible();
  await expect(people).toHaveValue('40');
  await snapBoth(page, snap, 'booking-over-capacity-zh');
  expect(await bookingsTitled(backend, '钢琴沙龙')).toEqual([]);

  await people.fill('25');
  await people.press('Enter');
  await expect(dialog).toBeHidden();
  expect(await bookingsTitled(backend, '钢琴沙龙')).toEqual([
    expect.objectContaining({ start: '2026-12-09T14:00', end: '2026-12-09T16:00', headCount: 25, contactName: '陈女士', contactPhone: '13800138123' }),
  ]);

  // In English, with a name and a phone typed together: the contact is made at once.
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('button', { name: 'New booking' }).click();
  const en = page.getByRole('dialog', { name: 'New booking' });
  await en.getByLabel('Title').fill('Piano lesson');
  await en.getByRole('spinbutton', { name: 'People' }).fill('31');
  await expect(en.getByText('Over capacity (30)')).toBeVisible();
  await en.getByRole('combobox', { name: 'Contact' }).click();
  await page.keyboard.type('Mr Li 13900139000');
  await page.locator('.ant-select-dropdown:visible').getByText('+ New contact “Mr Li 13900139000”').click();
  await expect(en.getByTitle('Mr Li · 139****9000')).toBeVisible();
  await snapBoth(page, snap, 'booking-dialog-en');
  const li = (await backend.dispatch('contacts.search', { query: '9000' })) as { value: { name: string; phone: string }[] };
  expect(li.value).toEqual([expect.objectContaining({ name: 'Mr Li', phone: '13900139000' })]);
});

test('the desk’s quick booking offers a new contact from what was typed, and books it', async ({ openApp, backend }) => {
  const page = await openApp('desk');
  await page.getByRole('button', { name: '查找空档' }).click();
  await page.getByRole('list', { name: '可预约的空档' }).getByRole('button').first().click();
  const dialog = page.getByRole('dialog', { name: '快速预约' });
  await expect(dialog.getByRole('combobox', { name: '联系人' })).toBeFocused();
  await page.keyboard.type('周老师');
  // The only option is to add them: Enter picks it and the phone is asked for.
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option-active')).toHaveText('+ 新建联系人「周老师」');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('group', { name: '新建联系人' }).getByLabel('电话')).toBeFocused();
  await page.keyboard.type('13800138456');
  await page.keyboard.press('Enter');
  // Chosen, and the keyboard flow goes on to the title; Enter there books.
  await expect(dialog.getByRole('textbox', { name: '活动名称' })).toBeFocused();
  await page.keyboard.type('书法小组');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const booked = await bookingsTitled(backend, '书法小组');
  expect(booked).toEqual([expect.objectContaining({ contactName: '周老师', contactPhone: '13800138456' })]);
});
