import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });
// Long journeys on a shared 2-core machine: more time than the default minute.
test.describe.configure({ timeout: 180_000 });

type Dispatch = { dispatch: (m: string, i: unknown) => Promise<unknown> };

/** A read's value through the real dispatch (the test fails on a refusal). */
async function value<T>(backend: Dispatch, method: string, input: unknown): Promise<T> {
  const r = (await backend.dispatch(method, input)) as { ok: boolean; value?: T; error?: unknown };
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
  return r.value as T;
}
type Found = { id: number; title: string; start: string; end: string; status: string; spaceId: number; contactName: string | null };

async function searchFor(backend: Dispatch, query: string): Promise<Found[]> {
  return (await value<{ items: Found[] }>(backend, 'bookings.search', { query })).items;
}

function row(id: number, backend: Dispatch) {
  return value<{ status: string; version: number; title: string; headCount: number; contactId: number | null }>(backend, 'bookings.get', { id });
}

/** The same screen at the usual office laptop size and at full HD (names carry the width). */
async function snapBoth(page: Page, snap: (n: string) => Promise<void>, name: string) {
  await page.waitForTimeout(350); // dialogs slide in: let them settle for the picture
  await snap(`${name}-1366`);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.waitForTimeout(250);
  await snap(`${name}-1920`);
  await page.setViewportSize({ width: 1366, height: 768 });
}

test('a caller is found from any screen by the last digits of the phone; the booking is cancelled with a reason, undone, and an undo after the slot was taken says what took it', async ({
  openApp,
  backend,
  snap,
}) => {
  // A caller with a booking still to come in a space used by one group at a time (so
  // that another booking there takes the slot): the desk knows the end of the phone number.
  const spaces = await value<{ id: number; mode: string }[]>(backend, 'spaces.list', {});
  const exclusive = new Set(spaces.filter((s) => s.mode === 'exclusive').map((s) => s.id));
  const week = await value<{ id: number; spaceId: number; status: string; contactName: string | null; contactPhone: string | null }[]>(
    backend,
    'bookings.range',
    { from: '2026-11-24', to: '2026-12-07' },
  );
  const call = week.find((b) => exclusive.has(b.spaceId) && b.status === 'confirmed' && b.contactPhone)!;
  const digits = call.contactPhone!.slice(-4);
  const target = (await searchFor(backend, digits)).find((b) => b.id === call.id)!;
  const before = await row(target.id, backend);

  const page = await openApp('plans');
  // Ctrl+K from the plans screen; the box's tooltip says so.
  await page.getByRole('textbox', { name: '查找预约' }).hover();
  await expect(page.getByRole('tooltip')).toContainText('Ctrl+K 或 /');
  await page.keyboard.press('Control+k');
  const search = page.getByRole('dialog', { name: '查找预约' });
  await expect(search.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type(digits);
  const results = search.getByRole('table');
  const result = results.getByRole('row').filter({ hasText: target.start.slice(0, 10) }).filter({ hasText: target.title });
  await expect(result).toContainText(call.contactName!);
  await expect(result).toContainText(target.start.slice(11));
  await snapBoth(page, snap, 'booking-search-zh');

  // ↓ and Enter open a result in the booking dialog.
  const index = (await searchFor(backend, digits)).findIndex((b) => b.id === target.id);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(result).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '预约详情' });
  await expect(dialog.getByLabel('活动名称')).toHaveValue(target.title);
  await expect(dialog.getByTitle(new RegExp(call.contactName!))).toBeVisible();

  // Cancelling asks why; without a reason nothing happens.
  await dialog.getByRole('button', { name: '取消预约' }).click();
  const ask = page.getByRole('dialog', { name: `取消「${target.title}」` });
  await ask.getByRole('button', { name: '确认取消' }).click();
  await expect(ask.getByRole('alert')).toHaveText('请选择或填写取消原因');
  expect((await row(target.id, backend)).status).toBe('confirmed');
  await ask.getByText('天气原因', { exact: true }).click();
  await snapBoth(page, snap, 'booking-cancel-reason-zh');
  await ask.getByRole('button', { name: '确认取消' }).click();
  await expect(dialog).toBeHidden();
  const done = page.locator('.ant-notification-notice').filter({ hasText: `已取消「${target.title}」` });
  await expect(done).toContainText('原因：天气原因');
  expect(await row(target.id, backend)).toMatchObject({ status: 'cancelled' });
  // The results say so as well.
  await expect(result).toContainText('已取消');
  await snapBoth(page, snap, 'booking-cancelled-undo-zh');

  // 撤销: the same booking, exactly as it was.
  await done.getByRole('button', { name: '撤 销' }).click();
  await expect(page.getByText(`已撤销取消，「${target.title}」已恢复`)).toBeVisible();
  const restored = await row(target.id, backend);
  // Every field as it was (the version and the time of the change move on).
  const fields = (b: object) => Object.fromEntries(Object.entries(b).filter(([k]) => k !== 'version' && k !== 'updatedAt'));
  expect(fields(restored)).toEqual(fields(before));
  expect(restored.version).toBeGreaterThan(before.version);

  // Cancelled again with a reason of their own; then another desk books the slot before the undo.
  await result.click();
  await dialog.getByRole('button', { name: '取消预约' }).click();
  await ask.getByRole('textbox').fill('家中有事');
  await ask.getByRole('textbox').press('Enter');
  const again = page.locator('.ant-notification-notice').filter({ hasText: '原因：家中有事' });
  await expect(again).toBeVisible();
  const taker = await backend.dispatch('bookings.create', {
    spaceId: target.spaceId,
    start: target.start,
    end: target.end,
    title: '临时加场',
    headCount: 2,
  });
  expect((taker as { ok: boolean }).ok).toBe(true);
  await again.getByRole('button', { name: '撤 销' }).click();
  const failed = page.locator('.ant-notification-notice').filter({ hasText: '无法撤销' });
  await expect(failed).toContainText(`与「临时加场」（${target.start.replace('T', ' ')}–${target.end.slice(11)}）时间冲突`);
  await snapBoth(page, snap, 'booking-undo-clash-zh');
  expect(await row(target.id, backend)).toMatchObject({ status: 'cancelled' });
});

test('"/" opens the search outside a text field; a contact’s record opens its bookings; in English too', async ({ openApp, backend, snap }) => {
  const page = await openApp('directory');
  await page.getByRole('tab', { name: '联系人' }).click();
  // "/" typed into a field is a character, not the shortcut.
  const find = page.getByLabel('按姓名或手机尾号查找');
  await find.fill('/');
  await expect(page.getByRole('dialog', { name: '查找预约' })).toHaveCount(0);
  await find.fill('孙老师');
  await page.getByRole('button', { name: '预约记录 孙老师' }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '孙老师 的预约记录' });
  const first = drawer.getByRole('row').nth(1);
  await expect(first).toBeVisible();
  const title = (await first.getByRole('cell').nth(3).textContent())!;
  await first.click();
  const dialog = page.getByRole('dialog', { name: '预约详情' });
  await expect(dialog.getByLabel('活动名称')).toHaveValue(title);
  await snapBoth(page, snap, 'contact-record-opens-booking-zh');
  await dialog.getByRole('button', { name: '关 闭' }).click();
  await drawer.getByRole('button', { name: 'Close' }).or(drawer.getByRole('button', { name: '关闭' })).first().click();
  await expect(drawer).toHaveCount(0);

  // English, full HD: "/" on the page opens the search; a space and a date narrow it down.
  await page.getByText('English', { exact: true }).click();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.locator('body').click({ position: { x: 600, y: 700 } });
  await page.keyboard.press('/');
  const search = page.getByRole('dialog', { name: 'Find a booking' });
  await expect(search.getByRole('searchbox')).toBeFocused();
  const day = (await searchFor(backend, '阅读自修区'))[0].start.slice(0, 10);
  const expected = await searchFor(backend, `Reading ${day.slice(5)}`);
  expect(expected.length).toBeGreaterThan(0);
  await page.keyboard.type(`Reading ${day.slice(5)}`);
  await expect(search.getByRole('table').getByRole('row')).toHaveCount(expected.length + 1);
  await expect(search.getByRole('table').getByRole('row').nth(1)).toContainText(day);
  await expect(search.getByRole('table').getByRole('row').nth(1)).toContainText('Reading & Study Area');
  await page.waitForTimeout(300);
  await snap('booking-search-en-1920');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.waitForTimeout(300);
  await snap('booking-search-en-1366');

  // Cancelling asks why, in English too; keeping it changes nothing.
  await page.keyboard.press('Enter');
  const details = page.getByRole('dialog', { name: 'Booking', exact: true });
  await details.getByRole('button', { name: 'Cancel booking' }).click();
  const ask = page.getByRole('dialog', { name: /^Cancel “/ });
  await ask.getByText('Rescheduled', { exact: true }).click();
  await snapBoth(page, snap, 'booking-cancel-reason-en');
  await ask.getByRole('button', { name: 'Keep it' }).click();
  await expect(ask).toHaveCount(0);
  expect((await row(expected[0].id, backend)).status).toBe(expected[0].status);
});
