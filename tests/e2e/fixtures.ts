/**
 * Playwright fixtures: the built renderer (vite preview) in Chromium, with window.api
 * bridged to the real main-process dispatch over a real temp database, exactly as the
 * preload would in Electron. Screenshots go to test-results/screens/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { Backend } from '../../electron/main/backend';
import { openLiveBackend, type LiveApp } from '../../electron/main/backups/open';
import type { PgOptions } from '../../electron/main/db/pg/connection';
import { provideFileSaver } from '../../electron/main/services/files/saver';
import { provideStorageHost, type StorageHost } from '../../electron/main/services/storage/host';
import { createStorageHost } from '../../electron/main/storage/host';
import type { ServerSettings } from '../../electron/shared/storage';
import { tempDbFile } from '../helpers/backend';
import { answeringDialogs, type DialogAnswers } from '../helpers/backups';
import { freshServerSchema } from '../helpers/pg';
import { testSecrets } from '../helpers/secrets';

/** The tests run on a fixed Monday so demo weeks, holidays and "today" are repeatable. */
export const TODAY = '2026-11-23';
export const NOW = `${TODAY}T09:00`;

export const SCREEN_DIR = path.resolve('test-results/screens');
/** Where the save dialog "saves" in the tests: the exported files, to be read back. */
export const EXPORT_DIR = path.resolve('test-results/exports');

export interface Fixtures {
  /** The backend as it was opened (a restore or 数据存放 in the test swaps liveApp's, not this one). */
  backend: Backend;
  /** The backend a restore or 数据存放 can swap, with its backups in the test's temp folder. */
  liveApp: LiveApp;
  /** What the app's file dialogs answer (null: cancelled); a test sets them before clicking. */
  dialogAnswers: DialogAnswers;
  /** With `useServer`: a schema of its own on the test server, where 数据存放 moves the data. */
  serverTarget: { server: ServerSettings; pg: PgOptions } | null;
  /**
   * Opens the app at a screen (hash), with the bridge installed. Who is at the desk: the
   * demo coordinator (陈静) unless `operator` says `desk` (the first desk person, 王敏) or
   * names someone; `askOperator` leaves it to the question at start.
   */
  openApp: (screen?: string, opts?: { language?: 'zh-CN' | 'en'; askOperator?: boolean; operator?: 'coordinator' | 'desk' | { name: string } }) => Promise<Page>;
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
  dialogAnswers: async ({}, use) => use({ folder: null, open: null, save: null }),
  liveApp: async ({ demoData, backendNow, dialogAnswers, serverTarget }, use) => {
    const file = tempDbFile('stagger-e2e');
    const dir = path.dirname(file);
    // Backups are stamped from backendNow on, running with real time so each gets its own time.
    const started = Date.now();
    const clock = () => new Date(Date.parse(`${backendNow}:00+08:00`) + Date.now() - started);
    // The save dialog answers with a file of the suggested name under test-results/exports/.
    const saver = {
      chooseSavePath: async (r: { suggestedName: string }) => {
        fs.mkdirSync(EXPORT_DIR, { recursive: true });
        return path.join(EXPORT_DIR, r.suggestedName);
      },
    };
    let host: StorageHost | undefined;
    const app = await openLiveBackend(file, {
      backend: { demoData, checkOutput: true, now: () => backendNow },
      backups: { folder: path.join(dir, 'backups'), dataDir: dir, dialogs: answeringDialogs(dialogAnswers), clock },
      provide: (b) => {
        provideFileSaver(b.ctx, saver);
        if (host) provideStorageHost(b.ctx, host);
      },
    });
    // The same storage host as the app's, with test secrets and the test's schema.
    host = createStorageHost({
      dataDir: dir,
      file,
      secrets: testSecrets,
      pg: serverTarget?.pg,
      current: () => app.live.current(),
      switchTo: async (target) => {
        await app.live.swap({ replace: async () => async () => {}, open: app.openAt(target) });
      },
      chooseSaveFile: async (name) => path.join(dir, name),
    });
    provideStorageHost(app.live.current().ctx, host);
    // Data a test sets up through the backend is set up by the demo coordinator, as the
    // unit tests' demo backends are; openApp then puts whoever the test asks for at the desk.
    await chooseOperator(app, 'coordinator');
    await use(app);
    await app.live.close();
  },
  backend: async ({ liveApp }, use) => use(liveApp.live.current()),
  openApp: async ({ page, liveApp, backendNow, browserNow }, use) => {
    await page.clock.setFixedTime(new Date(browserNow ?? `${backendNow}:00+08:00`));
    await page.exposeBinding('__staggerInvoke', (_source, method: unknown, input: unknown) => liveApp.dispatch(method, input));
    await page.addInitScript(() => {
      const w = window as unknown as { api: unknown; __staggerInvoke: (m: string, i: unknown) => Promise<unknown> };
      w.api = { invoke: (method: string, input: unknown) => w.__staggerInvoke(method, input) };
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await use(async (screen = 'calendar', opts = {}) => {
      if (!opts.askOperator) await chooseOperator(liveApp, opts.operator ?? 'coordinator');
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

/** Puts a member of the demo staff at the desk in the main process, as the switcher would. */
async function chooseOperator(app: LiveApp, who: 'coordinator' | 'desk' | { name: string }) {
  const list = await app.dispatch('operators.list', {});
  const staff = list.ok ? (list.value as { id: number; name: string; role: string }[]) : [];
  const op = staff.find((o) => (typeof who === 'string' ? o.role === who : o.name === who.name));
  if (!op) return; // a test without demo data has no staff yet
  const r = await app.dispatch('session.setOperator', { operatorId: op.id });
  if (!r.ok) throw new Error(`could not put ${op.name} at the desk: ${JSON.stringify(r.error)}`);
}

/** Pick an option of an antd Select found by its accessible label. */
export async function chooseOption(page: Page, label: string | RegExp, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  // A click while the list is still sliding open can land on nothing: wait until it has settled.
  await expect(dropdown).not.toHaveClass(/-(appear|enter)(\s|$|-)/);
  await dropdown.getByTitle(option, { exact: typeof option === 'string' }).first().click();
  await expect(dropdown).toHaveCount(0);
}

/**
 * A dialog or a pop-up confirmation that has finished opening, found by its text. A click
 * while it still zooms in can land beside the shrunken button and be lost, so a test waits
 * for this before it clicks inside.
 */
export async function settledPopup(page: Page, text: string | RegExp) {
  const box = page.locator('.ant-modal, .ant-popover').filter({ hasText: text }).last();
  await expect(box).toBeVisible();
  await expect(box).not.toHaveClass(/-(appear|enter)(\s|$|-)/);
  return box;
}

/**
 * Both ends of a date-range picker typed as a user would, Enter after each. The first
 * input is named by its form label when it has one (闭馆日期), else by its placeholder (从).
 * Returns once the calendar panel has slid shut: a click meant for the form while it
 * still covers the page is lost.
 */
export async function fillDateRange(page: Page, from: string, to: string, names: { first?: string | RegExp; last?: string } = {}) {
  const first = page.getByRole('textbox', { name: names.first ?? '从' });
  await first.click();
  await first.fill(from);
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: names.last ?? '到' }).fill(to);
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-picker-dropdown:visible')).toHaveCount(0);
}
