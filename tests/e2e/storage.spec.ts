/**
 * 设置 → 数据存放 on a real PostgreSQL server (npm run test:e2e starts one): a wrong
 * password said in words, a test that finds an empty database, the demo data moved
 * in one step, another desk's booking appearing within a couple of seconds, and the
 * server lost and found again, said plainly across the top.
 */
import pg from 'pg';
import { openBackend } from '../../electron/main/backend';
import { TEST_SERVER } from '../helpers/pg';
import { chooseOption, expect, NOW, settledPopup, test } from './fixtures';

test.skip(!TEST_SERVER, 'needs the test server: run through npm run test:e2e');

/** Runs SQL as the cluster's owner on the maintenance database. */
async function asOwner(sql: string): Promise<void> {
  const c = new pg.Client({ ...TEST_SERVER!, database: 'postgres' });
  await c.connect();
  await c.query(sql);
  await c.end();
}

{
  const size = { width: 1366, height: 768 };
  test.describe('数据存放', () => {
    test.use({ viewport: size, useServer: true });

    test('moves the demo data to the server; another desk’s booking shows up; a lost server is said plainly', async ({ page, openApp, snap, liveApp, serverTarget }) => {
      test.setTimeout(120_000);
      const target = serverTarget!;
      await openApp('settings');
      await expect(page.getByText('这台电脑的数据存放在')).toBeVisible();
      await expect(page.getByText('本机', { exact: true })).toBeVisible();
      await page.getByLabel('服务器地址').fill(TEST_SERVER!.host);
      await page.getByLabel('端口').fill(String(TEST_SERVER!.port));
      await page.getByLabel('数据库').fill('stagger_test');
      await page.getByLabel('用户名').fill(TEST_SERVER!.user);
      await page.getByLabel('密码').fill('wrong-password');
      await page.getByRole('button', { name: '测试连接' }).click();
      await expect(page.getByRole('status')).toContainText('服务器拒绝了用户名或密码');
      await snap('storage-wrong-password-1366');

      await page.getByLabel('密码').fill(TEST_SERVER!.password);
      await page.getByRole('button', { name: '测试连接' }).click();
      await expect(page.getByRole('status')).toContainText('连接成功：这是一个空数据库');
      await page.getByRole('button', { name: '把本机数据迁到服务器' }).click();
      await (await settledPopup(page, '开始迁移')).getByRole('button', { name: '开始迁移' }).click();
      await expect(page.getByText('已迁到服务器（与本机条数一致）')).toBeVisible({ timeout: 60_000 });
      await expect(page.getByText('街道服务器', { exact: true })).toBeVisible();
      expect(liveApp.live.current().conn.kind).toBe('server');
      await snap(`storage-moved-${size.width}`);

      // Another desk on the same server books today's first free slot; this desk's board shows it.
      await page.goto('/#/desk');
      const other = await openBackend(target, { now: () => NOW });
      try {
        const sites = (await other.dispatch('sites.list', {})) as { ok: true; value: { id: number; name: string }[] };
        // The first site with a free half hour today, chosen on this desk's board too.
        let found: { site: string; slot: { spaceId: number; start: string; end: string } } | undefined;
        for (const site of sites.value) {
          const slots = (await other.dispatch('desk.findSlots', { siteId: site.id, from: NOW.slice(0, 10), to: '2026-11-24', durationMinutes: 30, headCount: 1 })) as {
            ok: true;
            value: { spaceId: number; start: string; end: string }[];
          };
          const slot = slots.value.find((s) => s.start >= `${NOW.slice(0, 10)}T10:00`);
          if (slot) {
            found = { site: site.name, slot };
            break;
          }
        }
        const { site, slot } = found!;
        await chooseOption(page, '站点', site);
        const made = await other.dispatch('bookings.create', { spaceId: slot.spaceId, start: slot.start, end: slot.end, title: '另一台前台的预约', headCount: 1 });
        expect(made.ok).toBe(true);
        await expect(page.getByText('另一台前台的预约', { exact: true })).toBeVisible({ timeout: 3000 });
      } finally {
        await other.close();
      }

      // The server goes away: the banner says so; when it is back, the banner goes.
      await asOwner(`ALTER DATABASE stagger_test ALLOW_CONNECTIONS false`);
      await asOwner(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'stagger_test' AND pid <> pg_backend_pid()`);
      try {
        await expect(page.getByRole('alert').filter({ hasText: '与街道服务器的连接已断开' })).toBeVisible({ timeout: 5000 });
        await snap('storage-offline-1366');
      } finally {
        await asOwner(`ALTER DATABASE stagger_test ALLOW_CONNECTIONS true`);
      }
      await expect(page.getByRole('alert').filter({ hasText: '与街道服务器的连接已断开' })).toHaveCount(0, { timeout: 10_000 });
      await expect(page.getByText('另一台前台的预约', { exact: true })).toBeVisible();

      // The same screen in English.
      await page.getByText('English', { exact: true }).click();
      await page.goto('/#/settings');
      await expect(page.getByText("On the subdistrict's server", { exact: true })).toBeVisible();
      await snap('storage-on-server-en-1366');
      await page.setViewportSize({ width: 1920, height: 1080 });
      await snap('storage-on-server-en-1920');
      await page.getByText('中文', { exact: true }).click();
      await snap('storage-on-server-zh-1920');
    });
  });
}
