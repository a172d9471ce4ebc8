/**
 * Playwright fixtures: the built renderer (vite preview) in Chromium, with window.api
 * bridged to the real main-process dispatch over a real temp database, exactly as the
 * preload would in Electron. Screenshots go to test-results/screens/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { openBackend, type Backend } from '../../electron/main/backend';
import { provideFileSaver } from '../../electron/main/services/files/saver';
import { tempDbFile } from '../helpers/backend';
import type { PgOptions } from '../../electron/main/db/pg/connection';
import { provideStorageHost } from '../../electron/main/services/storage/host';
import { createStorageHost } from '../../electron/main/storage/host';
import type { ServerSettings } from '../../electron/shared/storage';
import { testSecrets } from '../helpers/secrets';
import { freshServerSchema } from '../helpers/pg';

/** The tests run on a fixed Monday so demo weeks, holidays and "today" are repeatable. */
export const TODAY = '2026-11-23';
export const NOW = `${TODAY}T09:00`;

export const SCREEN_DIR = path.resolve('test-results/screens');
/** Where the save dialog "saves" in the tests: the exported files, to be read back. */
export const EXPORT_DIR = path.resolve('test-results/exports');

export interface Fixtures {
  /** The backend the page talks to now (数据存放 may switch it to the server: see `live`). */
  backend: Backend;
  /** The page's current backend, as the app's main process holds it; switched by the storage host. */
  live: { current: Backend };
  /** With `useServer`: a schema of its own on the test server, where 数据存放 moves the data. */
  serverTarget: { server: ServerSettings; pg: PgOptions } | null;
  /** Opens the app at a screen (hash), with the bridge installed. */
  openApp: (screen?: string, opts?: { language?: 'zh-CN' | 'en'; askOperator?: boolean }) => Promise<Page>;
  snap: (name: string) => Promise<void>;
}

export interface Options {
  demoData: boolean;
  /** The main process's clock: Shanghai wall-clock time, `YYYY-MM-DDTHH:mm` (NOW unless a test says otherwise). */
  backendNow: string;
  /**
   * The browser's own clock, fixed, as an instant (`2025-12-31T22:00:00-05:00`); by default
   * the same instant as backendNow. The browser's zone is Playwright's `timezoneId`.
   */
  browserNow: string | undefined;
  /**
   * Give the test a schema of its own on the test server (npm run test:e2e starts one)
   * for 数据存放 to move the data into; the storage host is provided either way.
   */
  useServer: boolean;
}

export const test = base.extend<Fixtures & Options>({
  demoData: [true, { option: true }],
  backendNow: [NOW, { option: true }],
  browserNow: [undefined, { option: true }],
  useServer: [false, { option: true }],
  serverTarget: async ({ useServer }, use) => {
    await use(useServer ? await freshServerSchema() : null);
  },
  live: async ({ demoData, backendNow, serverTarget }, use) => {
    const file = tempDbFile('stagger-e2e');
    const opts = { checkOutput: true, now: () => backendNow };
    const live = { current: await openBackend(file, { ...opts, demoData }) };
    // The save dialog answers with a file of the suggested name under test-results/exports/.
    const saver = {
      chooseSavePath: async (r: { suggestedName: string }) => {
        fs.mkdirSync(EXPORT_DIR, { recursive: true });
        return path.join(EXPORT_DIR, r.suggestedName);
      },
    };
    provideFileSaver(live.current.ctx, saver);
    // The same storage host as the app's, with test secrets and the test's schema.
    const host = createStorageHost({
      dataDir: path.dirname(file),
      file,
      secrets: testSecrets,
      pg: serverTarget?.pg,
      current: () => live.current,
      async switchTo(target) {
        const next = await openBackend(target, opts);
        provideStorageHost(next.ctx, host);
        provideFileSaver(next.ctx, saver);
        const old = live.current;
        live.current = next;
        await old.close();
      },
      chooseSaveFile: async (name) => path.join(path.dirname(file), name),
    });
    provideStorageHost(live.current.ctx, host);
    await use(live);
    await live.current.close();
  },
  backend: async ({ live }, use) => {
    await use(live.current);
  },
  openApp: async ({ page, live, backendNow, browserNow }, use) => {
    await page.clock.setFixedTime(new Date(browserNow ?? `${backendNow}:00+08:00`));
    await page.exposeBinding('__staggerInvoke', (_source, method: unknown, input: unknown) => live.current.dispatch(method, input));
    await page.addInitScript(() => {
      const w = window as unknown as { api: unknown; __staggerInvoke: (m: string, i: unknown) => Promise<unknown> };
      w.api = { invoke: (method: string, input: unknown) => w.__staggerInvoke(method, input) };
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await use(async (screen = 'calendar', opts = {}) => {
      await page.addInitScript(
        ({ lang, ask }) => {
          window.localStorage.setItem('stagger.language', lang);
          // Tests start with the operator question answered unless they want to see it.
          if (!ask) window.sessionStorage.setItem('stagger.operatorChosen', '1');
        },
        { lang: opts.language ?? 'zh-CN', ask: opts.askOperator ?? false },
      );
      await page.goto(`/#/${screen}`);
      await expect(page.getByRole('navigation')).toBeVisible();
      return page;
    });
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
  snap: async ({ page }, use) => {
    fs.mkdirSync(SCREEN_DIR, { recursive: true });
    await use(async (name) => {
      await page.screenshot({ path: path.join(SCREEN_DIR, `${name}.png`), fullPage: false });
    });
  },
});

export { expect };

/** Pick an option of an antd Select found by its accessible label. */
export async function chooseOption(page: Page, label: string | RegExp, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  // A click while the list is still sliding open can land on nothing: wait until it has settled.
  await expect(dropdown).not.toHaveClass(/-(appear|enter)(\s|$|-)/);
  await dropdown.getByTitle(option, { exact: typeof option === 'string' }).first().click();
  await expect(dropdown).toHaveCount(0);
}
