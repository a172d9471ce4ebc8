/**
 * Two desks on one schedule: an edit made from an old view is refused with who changed
 * the booking and when, and 刷新 shows their change; a drag into another audience's
 * window asks for its own reason instead of borrowing the old one.
 */
import { openBackend } from '../../electron/main/backend';
import { NOW, chooseOption, expect, test } from './fixtures';

type Row = { id: number; title: string; version: number; spaceId: number; start: string; overrideReason: string | null };

test('another desk changed the booking meanwhile: saving says who and when, and 刷新 shows their change', async ({ openApp, backend, snap }) => {
  const page = await openApp('calendar');
  await chooseOption(page, '站点', '初心驿站');
  await page.getByRole('button', { name: /户外职工午间休息/ }).click();
  const dialog = page.getByRole('dialog', { name: '预约详情' });
  await expect(dialog.getByLabel('活动名称')).toHaveValue('户外职工午间休息');
  // The desk starts typing.
  await dialog.getByLabel('人数').fill('6');

  // The coordinator, at another desk on the same database, renames it.
  const other = await openBackend(backend.conn.sqlite!.name, { now: () => NOW });
  const ops = (await other.dispatch('operators.list', {})) as { ok: true; value: { id: number; name: string }[] };
  await other.dispatch('session.setOperator', { operatorId: ops.value.find((o) => o.name === '陈静')!.id });
  const rows = (await other.dispatch('bookings.range', { from: '2026-11-23', to: '2026-11-24' })) as { ok: true; value: (Row & Record<string, unknown>)[] };
  const b = rows.value.find((r) => r.title === '户外职工午间休息')!;
  const renamed = await other.dispatch('bookings.update', {
    id: b.id,
    version: b.version,
    changes: { spaceId: b.spaceId, start: b.start, end: b.end, title: '户外职工午间休息（加开）', headCount: 10, audienceId: b.audienceId, organisationId: b.organisationId, contactId: b.contactId, note: b.note },
  });
  expect(renamed.ok).toBe(true);
  await other.close();

  // The open screens hear of the change within a second and reload; what is being typed stays.
  await page.waitForTimeout(1500);
  await expect(dialog.getByLabel('人数')).toHaveValue('6');
  await expect(dialog.getByLabel('活动名称')).toHaveValue('户外职工午间休息');
  await dialog.getByRole('button', { name: /保\s?存/ }).click();
  await expect(dialog.getByRole('alert')).toContainText('已被他人修改（陈静，2026-11-23 09:00），请刷新后重试。');
  await snap('stale-edit-refused');
  await dialog.getByRole('button', { name: /刷\s?新/ }).click();
  await expect(dialog.getByLabel('活动名称')).toHaveValue('户外职工午间休息（加开）');
  await expect(dialog.getByLabel('人数')).toHaveValue('10');
  // Now the desk's own change goes through on top of the coordinator's.
  await dialog.getByLabel('人数').fill('6');
  await dialog.getByRole('button', { name: /保\s?存/ }).click();
  await expect(dialog).toBeHidden();
  const after = (await backend.dispatch('bookings.get', { id: b.id })) as { ok: true; value: Row & { headCount: number } };
  expect(after.value).toMatchObject({ title: '户外职工午间休息（加开）', headCount: 6, version: 3 });
});

test('a drag into another audience’s window asks for a reason of its own', async ({ openApp, backend, snap }) => {
  const spaces = (await backend.dispatch('spaces.list', {})) as { ok: true; value: { id: number; name: string }[] };
  const reading = spaces.value.find((s) => s.name === '阅读自修区')!;
  const audiences = (await backend.dispatch('audiences.list', {})) as { ok: true; value: { id: number; name: string }[] };
  const residents = audiences.value.find((a) => a.name === '居民')!;
  const made = await backend.dispatch('bookings.create', { spaceId: reading.id, start: '2026-11-23T09:00', end: '2026-11-23T10:00', title: '社区读书会', audienceId: residents.id, headCount: 8 });
  expect(made.ok).toBe(true);
  const page = await openApp('calendar');
  await chooseOption(page, '站点', '书香曲阳社区文化会客厅');
  const column = page.getByRole('gridcell', { name: '阅读自修区' }).locator('[data-testid^="column-"]');
  const booking = column.getByRole('button', { name: /社区读书会/ });
  await expect(booking).toBeVisible();
  const from = (await booking.boundingBox())!;
  const col = (await column.boundingBox())!;
  // Three hours further down (1.1 px a minute): 12:00, the students' noon window.
  await booking.dragTo(column, { targetPosition: { x: col.width / 2, y: from.y - col.y + 180 * 1.1 + 2 } });
  const ask = page.getByRole('dialog').filter({ hasText: '是其他对象的错峰时段' });
  await expect(ask).toContainText('2026-11-23 12:00–13:00');
  // Let the question finish its opening animation before the picture.
  await page.waitForTimeout(400);
  await snap('move-asks-reason');
  // No reason, no move: the button waits for one.
  await expect(ask.getByRole('button', { name: '仍然调整' })).toBeDisabled();
  await ask.getByLabel('例外原因（不在该对象的错峰时段内）').fill('午间读书分享，师生也来');
  await ask.getByRole('button', { name: '仍然调整' }).click();
  await expect(page.getByText('预约已调整')).toBeVisible();
  const row = (await backend.dispatch('bookings.get', { id: (made as { ok: true; value: Row }).value.id })) as { ok: true; value: Row };
  expect(row.value).toMatchObject({ start: '2026-11-23T12:00', overrideReason: '午间读书分享，师生也来' });
});
