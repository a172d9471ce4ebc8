import { chooseOption, expect, test } from './fixtures';

test.describe('calendar on the demo subdistrict', () => {
  test('opens on a lived-in week of the real sites', async ({ openApp, snap }) => {
    const page = await openApp('calendar');
    await chooseOption(page, '站点', '初心驿站');
    // The site day shows every space of 初心驿站 as a column.
    for (const space of ['周六议事厅', '老年人健康小屋', '青年活动室', '户外职工接力站']) {
      await expect(page.getByRole('gridcell', { name: space })).toBeVisible();
    }
    // Monday 23 November: the relay point's lunch break for outdoor workers.
    await expect(page.getByRole('button', { name: /户外职工午间休息/ })).toBeVisible();
    await snap('calendar-site-day-zh');

    await page.getByText('周', { exact: true }).click();
    await chooseOption(page, '场地', '周六议事厅');
    await expect(page.getByRole('main').getByText('周六议事厅 · 曲二在职党员先锋队')).toHaveCount(1);
    await snap('calendar-week-zh');
    await page.getByText('月', { exact: true }).click();
    // The month grid holds both demo Saturdays of this and next week.
    await expect(page.getByRole('main').getByText('周六议事厅 · 曲二在职党员先锋队')).toHaveCount(2);
    // For the picture: the switch has slid to 月 and no tooltip hides the toolbar.
    await page.mouse.move(0, 0);
    await expect(page.locator('.ant-segmented-item-selected').filter({ hasText: /^月$/ })).toHaveCount(1);
    await page.waitForTimeout(300);
    await snap('calendar-month-zh');
  });
});

test.describe('a new space, booked from the calendar', () => {
  test('create a space, book it, see the booking, and be refused on overlap', async ({ openApp, snap, backend }) => {
    const page = await openApp('spaces');
    await page.getByText('瑞虹共享会客厅').first().click();
    await page.getByRole('button', { name: '新建场地' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByLabel('名称', { exact: true }).fill('手工坊');
    await drawer.getByLabel('英文名称').fill('Craft Room');
    await drawer.getByLabel('容量').fill('8');
    await drawer.getByLabel('设施').fill('缝纫机');
    await drawer.getByLabel('设施').press('Enter');
    await snap('space-form-zh');
    await drawer.getByRole('button', { name: '保 存' }).click();
    await expect(page.getByRole('cell', { name: /手工坊/ })).toBeVisible();
    await snap('spaces-zh');

    await page.getByRole('menuitem', { name: '预约日历' }).click();
    await chooseOption(page, '站点', '瑞虹共享会客厅');
    const column = page.getByRole('gridcell', { name: '手工坊' });
    await expect(column).toBeVisible();
    // Click the column at 10:00: the body starts at the day's first opening hour (09:00).
    const body = column.locator('[data-testid^="column-"]');
    const box = (await body.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + 60 * 1.1 + 5);
    const dialog = page.getByRole('dialog', { name: '新建预约' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('活动名称').fill('布艺手作课');
    await dialog.getByLabel('人数').fill('6');
    await dialog.getByRole('button', { name: '保 存' }).click();
    await expect(dialog).toBeHidden();
    const booked = column.getByRole('button', { name: /布艺手作课/ });
    await expect(booked).toBeVisible();
    await expect(booked).toContainText('10:00–11:00');

    // 09:30–10:30 runs into it: refused, named, nothing written, nothing typed lost.
    await page.mouse.click(box.x + box.width / 2, box.y + 30 * 1.1 + 5);
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('活动名称').fill('亲子烘焙');
    await dialog.getByRole('button', { name: '保 存' }).click();
    await expect(dialog.getByRole('alert')).toContainText('与「布艺手作课」（2026-11-23 10:00–11:00）时间冲突');
    await expect(dialog.getByLabel('活动名称')).toHaveValue('亲子烘焙');
    await snap('booking-conflict-zh');
    await dialog.getByRole('button', { name: '关 闭' }).click();
    const rows = await backend.dispatch('bookings.range', { from: '2026-11-23', to: '2026-11-24', includeCancelled: true });
    expect(rows.ok && (rows.value as { title: string }[]).filter((b) => b.title === '亲子烘焙')).toEqual([]);
  });
});

test.describe('a site for the door', () => {
  test('a new site keeps its address in English beside the Chinese one', async ({ openApp, snap, backend }) => {
    const page = await openApp('spaces');
    await page.getByRole('button', { name: '新建站点' }).click();
    const dialog = page.getByRole('dialog', { name: '新建站点' });
    await dialog.getByLabel('名称', { exact: true }).fill('曲阳睦邻点');
    await dialog.getByLabel('地址', { exact: true }).fill('虹口区曲阳路街道 密云路');
    await dialog.getByLabel('英文地址').fill('Miyun Road, Quyang Road Subdistrict, Hongkou District');
    await snap('site-form-zh');
    await dialog.getByRole('button', { name: '保 存' }).click();
    await expect(dialog).toBeHidden();
    const sites = (await backend.dispatch('sites.list', {})) as { value: { name: string; address: string; addressEn: string }[] };
    expect(sites.value.find((s) => s.name === '曲阳睦邻点')).toMatchObject({
      address: '虹口区曲阳路街道 密云路',
      addressEn: 'Miyun Road, Quyang Road Subdistrict, Hongkou District',
    });
  });
});

test.describe('language', () => {
  test('switches the whole UI to English and back', async ({ openApp, snap }) => {
    const page = await openApp('calendar');
    await page.getByText('English', { exact: true }).click();
    await expect(page.getByRole('menuitem', { name: 'Calendar' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: 'Sites & spaces' })).toBeVisible();
    // Places show their English names in the English UI.
    await chooseOption(page, 'Site', 'Chuxin Station');
    await expect(page.getByText('Whole site')).toBeVisible();
    await expect(page.getByRole('gridcell', { name: 'Saturday Council Room' })).toBeVisible();
    await snap('calendar-site-day-en');
    await page.getByRole('menuitem', { name: 'Sites & spaces' }).click();
    await expect(page.getByRole('button', { name: 'New space' })).toBeVisible();
    await snap('spaces-en');
    await page.getByRole('menuitem', { name: 'Audiences & contacts' }).click();
    await expect(page.getByRole('tab', { name: 'Audiences' })).toBeVisible();
    await snap('directory-en');
    await page.getByText('中文', { exact: true }).click();
    await expect(page.getByRole('menuitem', { name: '预约日历' })).toBeVisible();
    await page.getByRole('menuitem', { name: '对象与联系人' }).click();
    await snap('directory-zh');
  });
});

test.describe('moving bookings', () => {
  test('drag a booking to another space of the site; a drop onto a clash is refused and nothing moves', async ({ openApp, backend }) => {
    // 周六议事厅 is taken at noon.
    const spaces = await backend.dispatch('spaces.list', {});
    const council = spaces.ok && (spaces.value as { id: number; name: string }[]).find((x) => x.name === '周六议事厅');
    const taken = await backend.dispatch('bookings.create', { spaceId: council && council.id, start: '2026-11-23T12:00', end: '2026-11-23T13:00', title: '楼组长碰头会' });
    expect(taken.ok).toBe(true);
    const page = await openApp('calendar');
    await chooseOption(page, '站点', '初心驿站');
    const booking = page.getByRole('button', { name: /户外职工午间休息/ });
    await expect(booking).toBeVisible();
    // Drop it on 青年活动室 at the same height (12:00).
    const target = page.getByRole('gridcell', { name: '青年活动室' }).locator('[data-testid^="column-"]');
    const from = (await booking.boundingBox())!;
    const to = (await target.boundingBox())!;
    await booking.dragTo(target, { targetPosition: { x: to.width / 2, y: from.y - to.y + 2 } });
    const moved = page.getByRole('gridcell', { name: '青年活动室' }).getByRole('button', { name: /户外职工午间休息/ });
    await expect(moved).toBeVisible();
    await expect(moved).toContainText('12:00–13:00');
    const rows = await backend.dispatch('bookings.range', { from: '2026-11-23', to: '2026-11-24' });
    const row = rows.ok && (rows.value as { title: string; spaceName: string }[]).find((b) => b.title === '户外职工午间休息');
    expect(row && row.spaceName).toBe('青年活动室');

    // Dropping onto 周六议事厅 at noon is refused with the reason, and the booking stays.
    await expect(page.getByRole('button', { name: /楼组长碰头会/ })).toBeVisible();
    const council$ = page.getByRole('gridcell', { name: '周六议事厅' }).locator('[data-testid^="column-"]');
    const box = (await moved.boundingBox())!;
    const c = (await council$.boundingBox())!;
    await moved.dragTo(council$, { targetPosition: { x: 10, y: box.y - c.y + 2 } });
    await expect(page.getByText('与「楼组长碰头会」（2026-11-23 12:00–13:00）时间冲突，未保存。')).toBeVisible();
    await expect(page.getByRole('gridcell', { name: '青年活动室' }).getByRole('button', { name: /户外职工午间休息/ })).toBeVisible();
  });
});

test.describe('keyboard and undo', () => {
  test('arrows page through days, T comes back to today, N opens a new booking', async ({ openApp }) => {
    const page = await openApp('calendar');
    await expect(page.getByText('2026年11月23日 星期一')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('2026年11月24日 星期二')).toBeVisible();
    await page.keyboard.press('t');
    await expect(page.getByText('2026年11月23日 星期一')).toBeVisible();
    await page.keyboard.press('n');
    await expect(page.getByRole('dialog', { name: '新建预约' })).toBeVisible();
    await expect(page.getByRole('dialog').getByLabel('活动名称')).toBeFocused();
  });

  test('a move can be undone from the message', async ({ openApp }) => {
    const page = await openApp('calendar');
    await chooseOption(page, '站点', '初心驿站');
    const booking = page.getByRole('button', { name: /户外职工午间休息/ });
    const target = page.getByRole('gridcell', { name: '青年活动室' }).locator('[data-testid^="column-"]');
    const from = (await booking.boundingBox())!;
    const to = (await target.boundingBox())!;
    await booking.dragTo(target, { targetPosition: { x: to.width / 2, y: from.y - to.y + 2 } });
    await expect(page.getByRole('gridcell', { name: '青年活动室' }).getByRole('button', { name: /户外职工午间休息/ })).toBeVisible();
    await page.getByRole('button', { name: /撤\s?销/ }).click();
    await expect(page.getByText('已撤销调整')).toBeVisible();
    await expect(page.getByRole('gridcell', { name: '户外职工接力站' }).getByRole('button', { name: /户外职工午间休息/ })).toBeVisible();
  });
});

test('the app asks who is at the desk at start, and records changes under that person', async ({ openApp, backend, snap }) => {
  const page = await openApp('calendar', { askOperator: true });
  const ask = page.getByRole('dialog', { name: '谁在值班？' });
  await expect(ask.getByRole('button', { name: '王敏 · 前台' })).toBeFocused();
  // Let the dialog finish its opening animation before the picture.
  await page.waitForTimeout(400);
  await snap('operator-at-start-zh');
  await ask.getByRole('button', { name: '陈静 · 协调员' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('combobox', { name: '值班人员' })).toBeVisible();
  await expect(page.getByRole('banner').getByText('陈静 · 协调员')).toBeVisible();
  const current = await backend.dispatch('session.current', {});
  expect(current.ok && (current.value as { name: string }).name).toBe('陈静');
});

test('the plan’s audience windows show behind the bookings, in the audience’s colour', async ({ openApp, snap }) => {
  const page = await openApp('calendar');
  await chooseOption(page, '站点', '书香曲阳社区文化会客厅');
  const reading = page.getByRole('gridcell', { name: '阅读自修区' });
  // Monday: residents in the morning, students at noon, parents in the evening.
  for (const audience of ['居民', '师生', '家长']) await expect(reading.getByText(audience, { exact: true })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: '路演厅' }).getByText('居民', { exact: true })).toHaveCount(0);
  await snap('calendar-site-day-bands-zh');
  await page.getByText('周', { exact: true }).click();
  await chooseOption(page, '场地', '阅读自修区');
  await expect(page.getByRole('main').getByText('新北郊中学午间自修').first()).toBeVisible();
  await snap('calendar-week-bands-zh');
});
