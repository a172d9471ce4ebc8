/**
 * The coordinator's follow-up work on the plans screen: find an existing series, move
 * "this and following" to a new time after a preview, cancel one date and restore it;
 * give a plan window a standing group and quotas; type in 2027's holidays from the
 * State Council notice.
 */
import type { Page } from '@playwright/test';
import type { Backend } from '../../electron/main/backend';
import { chooseOption, expect, settledPopup, test } from './fixtures';

type Ok<T> = { ok: true; value: T };

async function call<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const r = (await backend.dispatch(method, input)) as Ok<T> | { ok: false; error: unknown };
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** A series for 师生 in the reading area, problem dates skipped: by default 复旦读书会 on six Tuesdays from 2026-12-01. */
async function readingAreaSeries(backend: Backend, overrides: Record<string, unknown> = {}) {
  const spaces = await call<{ id: number; name: string }[]>(backend, 'spaces.list', {});
  const audiences = await call<{ id: number; name: string }[]>(backend, 'audiences.list', {});
  const series = {
    spaceId: spaces.find((s) => s.name === '阅读自修区')!.id,
    startTime: '12:00',
    endTime: '13:00',
    title: '复旦读书会',
    audienceId: audiences.find((a) => a.name === '师生')!.id,
    headCount: 12,
    rule: { freq: 'weekly', weekdays: [2], startDate: '2026-12-01', count: 6 },
    ...overrides,
  };
  const preview = await call<{ date: string; status: string }[]>(backend, 'series.preview', series);
  const decisions = preview.filter((o) => o.status !== 'free').map((o) => ({ date: o.date, action: 'skip' }));
  return call<{ id: number }>(backend, 'series.create', { series, decisions });
}

const seriesStarts = async (backend: Backend) =>
  (await call<{ title: string; start: string; status: string }[]>(backend, 'bookings.range', { from: '2026-12-01', to: '2027-01-10', includeCancelled: true }))
    .filter((b) => b.title === '复旦读书会')
    .map((b) => [b.start, b.status]);

/** The modal on top: the edit dialog is inside the series drawer, both are dialogs. */
const editDialog = (page: Page) => page.getByRole('dialog').filter({ hasText: '修改或取消' });

test('a coordinator finds a series, moves this and the following dates after a preview, cancels one date and restores it', async ({ openApp, backend, snap }) => {
  await readingAreaSeries(backend);
  const page = await openApp('plans');
  await page.getByRole('tab', { name: '系列预约' }).click();
  await expect(page.getByRole('row', { name: /复旦读书会/ })).toContainText('每周周二，共 6 次');
  await snap('plans-series-list');
  await page.getByRole('button', { name: '打开 复旦读书会' }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '系列：复旦读书会' });
  await expect(drawer.getByRole('row', { name: /2026-12-15/ })).toContainText('已预约');

  await drawer.getByRole('button', { name: '修改 2026-12-15' }).click();
  const dialog = editDialog(page);
  await dialog.getByText('此次及以后', { exact: true }).click();
  await dialog.getByRole('textbox', { name: '从' }).fill('12:30');
  await dialog.getByRole('textbox', { name: '到' }).fill('13:30');
  await dialog.getByRole('button', { name: '预 览' }).click();
  await expect(dialog.getByRole('row', { name: /2026-12-15/ })).toContainText('12:30–13:30');
  await expect(dialog.getByRole('row', { name: /2027-01-05/ })).toContainText('可预约');
  await page.waitForTimeout(400);
  await snap('plans-series-edit-preview');
  await dialog.getByRole('button', { name: /确认修改（4 次）/ }).click();
  await expect(editDialog(page)).toHaveCount(0);
  expect(await seriesStarts(backend)).toEqual([
    ['2026-12-01T12:00', 'confirmed'],
    ['2026-12-08T12:00', 'confirmed'],
    ['2026-12-15T12:30', 'confirmed'],
    ['2026-12-22T12:30', 'confirmed'],
    ['2026-12-29T12:30', 'confirmed'],
    ['2027-01-05T12:30', 'confirmed'],
  ]);

  // The drawer now shows the changed part (from 12-15); cancel one date of it.
  await expect(drawer.getByRole('row', { name: /2026-12-22/ })).toContainText('12:30–13:30');
  await drawer.getByRole('button', { name: '取消 2026-12-22' }).click();
  await editDialog(page).getByRole('textbox', { name: '原因' }).fill('社区议事会');
  await editDialog(page).getByRole('button', { name: '预 览' }).click();
  await editDialog(page).getByRole('button', { name: '取消这 1 次' }).click();
  await (await settledPopup(page, '确定取消这 1 次预约')).getByRole('button', { name: '确定取消' }).click();
  // The confirmation closes only once the cancel is written; the desk is told so.
  await expect(page.getByRole('button', { name: '确定取消' })).toHaveCount(0);
  await expect(page.getByText('已取消', { exact: true })).toBeVisible();
  const skipped = drawer.getByRole('row', { name: /2026-12-22/ });
  await expect(skipped).toContainText('已跳过');
  await expect(skipped).toContainText('原因：社区议事会');
  await snap('plans-series-skipped');
  expect((await seriesStarts(backend)).find(([start]) => start.startsWith('2026-12-22'))?.[1]).toBe('cancelled');

  await skipped.getByRole('button', { name: '恢复 2026-12-22' }).click();
  await expect(drawer.getByRole('row', { name: /2026-12-22/ })).toContainText('已预约');
  const active = (await seriesStarts(backend)).filter(([, status]) => status === 'confirmed');
  expect(active.map(([start]) => start)).toContain('2026-12-22T12:30');
});

test('a booking of a series in the calendar leads to its series on the plans screen', async ({ openApp, backend }) => {
  await readingAreaSeries(backend, { title: '午间读书会', headCount: 5, rule: { freq: 'weekly', weekdays: [1], startDate: '2026-11-23', count: 2 } });
  const page = await openApp('calendar');
  await chooseOption(page, '站点', '书香曲阳社区文化会客厅');
  await page.getByRole('button', { name: /午间读书会/ }).first().click();
  const dialog = page.getByRole('dialog', { name: '预约详情' });
  await expect(dialog).toContainText('此预约属于一个系列预约。');
  await dialog.getByRole('button', { name: '查看系列' }).click();
  await expect(page.getByRole('tab', { name: '系列预约', selected: true })).toBeVisible();
  await expect(page.getByRole('dialog').filter({ hasText: '系列：午间读书会' }).getByRole('row', { name: /2026-11-30/ })).toContainText('已预约');
});

test('a coordinator gives a window a standing group and quotas', async ({ openApp, backend, snap }) => {
  const page = await openApp('plans');
  await chooseOption(page, '选择场地', '阅读自修区');
  await page.getByRole('button', { name: /^周二 12:00–13:30/ }).click();
  const settings = page.getByRole('region', { name: '时段设置' });
  await expect(settings).toContainText('周二 12:00–13:30');
  await chooseOption(page, '常驻团体', '上外贤达经济人文学院');
  await settings.getByRole('spinbutton', { name: '每周最多预约次数' }).fill('2');
  await settings.getByRole('spinbutton', { name: '人数上限' }).fill('20');
  await expect(page.getByRole('button', { name: /^周二 12:00–13:30/ })).toContainText('每周≤2次 · ≤20人');
  await snap('plans-window-quota');
  await page.getByRole('button', { name: '保存计划' }).click();
  // Bookings the narrower window would no longer admit are listed; they are kept.
  const outside = page.getByRole('dialog').filter({ hasText: '不在对应时段内' });
  if (await outside.isVisible().catch(() => false)) await outside.getByRole('button', { name: /确/ }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  const spaces = await call<{ id: number; name: string }[]>(backend, 'spaces.list', {});
  const reading = spaces.find((s) => s.name === '阅读自修区')!;
  const plans = await call<{ windows: { weekday: number; start: string; organisationId: number | null; maxPerWeek: number | null; maxHeadCount: number | null }[] }[]>(backend, 'plans.list', { spaceId: reading.id });
  const tuesdayNoon = plans.at(-1)!.windows.find((w) => w.weekday === 2 && w.start === '12:00')!;
  expect(tuesdayNoon).toMatchObject({ maxPerWeek: 2, maxHeadCount: 20 });
  expect(tuesdayNoon.organisationId).not.toBeNull();
});

test('a coordinator pastes 2027’s holidays from the notice, fixes a bad line and imports', async ({ openApp, backend, snap }) => {
  const page = await openApp('plans');
  await page.getByRole('tab', { name: '节假日与调休' }).click();
  await page.getByRole('spinbutton', { name: '年份' }).fill('2027');
  await expect(page.getByText('2027 年的节假日数据未知，请先导入或录入。')).toBeVisible();
  await page.getByRole('button', { name: '录入 2027 年安排' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '录入 2027 年节假日与调休' });
  const text = dialog.getByRole('textbox', { name: '通知内容' });
  await text.fill(['2027-01-01 元旦', '2027-02-06 至 2027-02-12 春节', '2027-02-20 补班', '2027-10-01 至 2027-10-07 国庆节'].join('\n'));
  await expect(dialog).toContainText('第 3 行「2027-02-20 补班」：2027-02-20 是调休上班日，请注明按星期几的计划');
  await expect(dialog.getByRole('button', { name: /导入 15 天/ })).toBeDisabled();
  await page.waitForTimeout(400); // let the dialog finish opening before the picture
  await snap('plans-holidays-paste-error');
  // Fix the line in place; then add one more make-up day with the row form.
  await text.fill(['2027-01-01 元旦', '2027-02-06 至 2027-02-12 春节', '2027-02-20 补班 周四', '2027-10-01 至 2027-10-07 国庆节'].join('\n'));
  await dialog.getByRole('textbox', { name: '日期' }).fill('2027-10-09');
  await chooseOption(page, '类型', '调休上班');
  await chooseOption(page, '按星期几的计划', '周五');
  await dialog.getByRole('button', { name: '添加一行' }).click();
  await expect(text).toHaveValue(/2027-10-09 补班 周五$/);
  await expect(dialog.getByRole('row', { name: /2027-02-20/ })).toContainText('周四');
  await expect(dialog.getByRole('row', { name: /2027-02-09/ })).toContainText('春节');
  await snap('plans-holidays-paste');
  await dialog.getByRole('button', { name: '导入 17 天' }).click();
  await expect(dialog).toContainText('2027 年已导入：放假 15 天，调休上班 2 天。');
  await expect(dialog).toContainText('受影响的未来预约');
  await snap('plans-holidays-imported');
  await dialog.getByRole('button', { name: '关 闭' }).click();
  await expect(page.getByText('2027 年的节假日数据未知，请先导入或录入。')).toHaveCount(0);
  await expect(page.getByRole('row', { name: /2027-10-09/ })).toContainText('调休上班');
  const [status] = await call<{ known: boolean; source: string }[]>(backend, 'calendarDays.yearStatus', { years: [2027] });
  expect(status).toMatchObject({ known: true, source: 'manual' });
});

test('one date of a saved series moves to another day, checked before it is applied', async ({ openApp, backend, snap }) => {
  await readingAreaSeries(backend);
  const page = await openApp('plans');
  await page.getByRole('tab', { name: '系列预约' }).click();
  await page.getByRole('button', { name: '打开 复旦读书会' }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '系列：复旦读书会' });
  await drawer.getByRole('button', { name: '修改 2026-12-08' }).click();
  const dialog = editDialog(page);
  await dialog.getByRole('textbox', { name: '原因' }).fill('周二停电');
  // Nothing else changes: the preview is where the date is moved.
  await dialog.getByRole('button', { name: '预 览' }).click();
  await chooseOption(page, '处理 2026-12-08', '改期');
  const row = dialog.getByRole('row', { name: /2026-12-08/ });
  // Its own time, half an hour later the same day, is no clash with itself.
  await dialog.getByRole('textbox', { name: '开始 2026-12-08' }).fill('12:30');
  await dialog.getByRole('textbox', { name: '结束 2026-12-08' }).fill('13:30');
  await expect(row.getByRole('status', { name: '新时间检查结果' })).toContainText('新时间可预约');
  await dialog.getByRole('textbox', { name: '改到日期 2026-12-08' }).fill('2026-12-10');
  await dialog.getByRole('textbox', { name: '开始 2026-12-08' }).fill('12:00');
  await dialog.getByRole('textbox', { name: '结束 2026-12-08' }).fill('13:00');
  await expect(row.getByRole('status', { name: '新时间检查结果' })).toContainText('新时间可预约');
  await snap('plans-series-edit-move');
  await dialog.getByRole('button', { name: /确认修改（1 次）/ }).click();
  await expect(editDialog(page)).toHaveCount(0);
  await expect(drawer.getByRole('row', { name: /2026-12-08/ })).toContainText('改到 2026-12-10');
  await expect(drawer.getByRole('row', { name: /2026-12-08/ })).toContainText('原因：周二停电');
  expect((await seriesStarts(backend)).map(([start]) => start)).toContain('2026-12-10T12:00');
});

test('a monthly series on the second Wednesday, three times, with one date moved', async ({ openApp, backend, snap }) => {
  const page = await openApp('plans');
  await page.getByRole('tab', { name: '系列预约' }).click();
  await chooseOption(page, '场地', '阅读自修区');
  await page.getByRole('textbox', { name: '名称' }).fill('家长课堂');
  await chooseOption(page, '对象', '家长');
  await chooseOption(page, '重复', '每月第几个星期几');
  await chooseOption(page, '第几个', '第 2 个');
  await chooseOption(page, '星期几', '周三');
  await page.getByRole('textbox', { name: '从' }).fill('18:30');
  await page.getByRole('textbox', { name: '到' }).fill('20:00');
  await page.getByRole('textbox', { name: '开始日期' }).fill('2026-12-01');
  await chooseOption(page, '结束方式', '按次数');
  await page.getByRole('spinbutton', { name: '次数' }).fill('3');
  await page.getByRole('button', { name: '预 览' }).click();
  await expect(page.getByRole('row', { name: /2026-12-09 周三/ })).toContainText('可预约');
  await expect(page.getByRole('row', { name: /2027-01-13 周三/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /2027-02-10 周三/ })).toBeVisible();
  // 2027 has no holiday data in the demo: the preview warns instead of pretending.
  await expect(page.getByText('部分日期所在年份的节假日数据未知，请留意。')).toBeVisible();
  // A Friday evening a week later is nearly full: 25 parents already in a room for 30.
  const spaces = await call<{ id: number; name: string }[]>(backend, 'spaces.list', {});
  const audiences = await call<{ id: number; name: string }[]>(backend, 'audiences.list', {});
  await call(backend, 'bookings.create', {
    spaceId: spaces.find((s) => s.name === '阅读自修区')!.id,
    start: '2027-01-22T18:30',
    end: '2027-01-22T20:00',
    title: '亲子阅读',
    audienceId: audiences.find((a) => a.name === '家长')!.id,
    headCount: 25,
  });
  await chooseOption(page, '处理 2027-01-13', '改期');
  const moved = page.getByRole('row', { name: /2027-01-13 周三/ });
  // Each new time is checked as soon as it is complete, before anything is saved.
  await page.getByRole('textbox', { name: '改到日期 2027-01-13' }).fill('2027-01-1');
  await expect(moved).toContainText('请填写完整的日期');
  await page.getByRole('textbox', { name: '改到日期 2027-01-13' }).fill('2027-01-22');
  await expect(moved.getByRole('status', { name: '新时间检查结果' })).toContainText('与「亲子阅读」（18:30–20:00）冲突');
  await snap('plans-series-move-clash');
  await page.getByRole('textbox', { name: '改到日期 2027-01-13' }).fill('2027-01-15');
  await expect(moved.getByRole('status', { name: '新时间检查结果' })).toContainText('新时间可预约');
  await snap('plans-series-monthly');
  await page.getByRole('button', { name: /保存系列（3 次）/ }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  const rows = await call<{ title: string; start: string }[]>(backend, 'bookings.range', { from: '2026-12-01', to: '2027-03-01' });
  expect(rows.filter((b) => b.title === '家长课堂').map((b) => b.start)).toEqual(['2026-12-09T18:30', '2027-01-15T18:30', '2027-02-10T18:30']);
  // The new series opens at once, the moved date marked.
  await expect(page.getByRole('dialog').filter({ hasText: '系列：家长课堂' }).getByRole('row', { name: /2027-01-13/ })).toContainText('改到 2027-01-15');
});
