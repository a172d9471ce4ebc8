/**
 * How long the renderer takes to show a busy calendar: the production build of the
 * renderer in Chromium, window.api bridged to the real dispatch (as in the end-to-end
 * tests), 500 bookings in a site day and 500 in a space's month. A render is timed
 * from the moment bookings.range answers to the frame after the last DOM change it
 * caused; the longest main-thread task during it is the jank a person would feel.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { CACHE_DIR } from './cache';
import { NOW, TODAY } from './dataset';
import { OPERATOR_NAME, RENDER_EVENTS, renderBackend } from './render-data';
import { figures } from './stats';

export interface RenderResult {
  views: { view: string; events: number; runs: number; median: number; p95: number; longestTaskMs: number }[];
}

const CALENDAR = 'renderer/src/features/calendar';
// Overridable so a second checkout or a concurrent end-to-end run does not collide.
const OUT = path.resolve(process.env.BENCH_RENDERER_OUT ?? path.join(CACHE_DIR, 'renderer'));
const PORT = Number(process.env.BENCH_RENDER_PORT ?? 4191);
const RUNS = 8;

export function renderAvailable(): boolean {
  return fs.existsSync(CALENDAR);
}

function newestMtime(dir: string): number {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((m, e) => Math.max(m, fs.statSync(path.join(e.parentPath, e.name)).mtimeMs), 0);
}

/** A production build into .bench-cache/renderer, redone only when a renderer source changed. */
async function buildRenderer(): Promise<void> {
  const index = path.join(OUT, 'index.html');
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs > newestMtime('renderer')) return;
  process.env.RENDERER_OUT = OUT;
  await build({ configFile: path.resolve('vite.renderer.config.ts'), logLevel: 'error' });
}

interface Marks {
  answeredAt: number;
  lastFrameAt: number;
  longestTask: number;
}

/**
 * Installed before the app's scripts: the bridge, and the marks the measure reads.
 * Plain JavaScript in a string: it runs in the page, where neither Node's types nor the
 * helpers tsx adds to compiled functions exist.
 */
const INSTRUMENT = `
  const marks = { answeredAt: 0, lastFrameAt: 0, longestTask: 0 };
  window.__bench = marks;
  window.api = {
    async invoke(method, input) {
      const r = JSON.parse(await window.__staggerInvoke(method, input));
      if (method === 'bookings.range') marks.answeredAt = performance.now();
      return r;
    },
  };
  new MutationObserver(() => requestAnimationFrame(() => { marks.lastFrameAt = performance.now(); }))
    .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) marks.longestTask = Math.max(marks.longestTask, e.duration);
  }).observe({ type: 'longtask', buffered: true });
  localStorage.setItem('stagger.language', 'en');
`;

/** Waits until the page has answered and then changed nothing for a while. */
async function settle(page: Page): Promise<{ renderMs: number; longestTask: number }> {
  await page.waitForFunction(() => {
    const b = (globalThis as unknown as { __bench: Marks }).__bench;
    // An answer that changes nothing on screen (an empty day after an empty day) also settles.
    return b.answeredAt > 0 && performance.now() - Math.max(b.lastFrameAt, b.answeredAt) > 400;
  });
  return page.evaluate(() => {
    const b = (globalThis as unknown as { __bench: Marks }).__bench;
    return { renderMs: Math.max(0, b.lastFrameAt - b.answeredAt), longestTask: b.longestTask };
  });
}

const resetMarks = (page: Page) =>
  page.evaluate(() => Object.assign((globalThis as unknown as { __bench: Marks }).__bench, { answeredAt: 0, lastFrameAt: 0, longestTask: 0 }));

/** The app asks who is at the desk when it opens: answer as the person at the desk would. */
async function answerOperatorPrompt(page: Page): Promise<void> {
  const choice = page.getByRole('dialog').getByText(OPERATOR_NAME).first();
  const asked = await choice.waitFor({ timeout: 3000 }).then(() => true, () => false);
  if (!asked) return;
  await choice.click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
}

/** A key for the calendar itself: nothing may hold the focus (the calendar ignores keys typed into a field). */
async function pressKey(page: Page, key: string): Promise<void> {
  await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { blur?: () => void } | null } }).document.activeElement?.blur?.());
  await page.keyboard.press(key);
}

/** Steps away to an empty page of the calendar and back to the busy one, RUNS times. */
async function measureView(page: Page, view: string, away: string, back: string, count: () => Promise<number>) {
  const ms: number[] = [];
  let longest = 0;
  let events = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    await resetMarks(page);
    await pressKey(page, away);
    await settle(page);
    await resetMarks(page);
    await pressKey(page, back);
    const r = await settle(page);
    events = await count();
    // The first pass warms the code paths and is not counted.
    if (i > 0) {
      ms.push(r.renderMs);
      longest = Math.max(longest, r.longestTask);
    }
  }
  const f = figures(ms);
  return { view, events, runs: f.runs, median: f.median, p95: f.p95, longestTaskMs: longest };
}

export async function measureRender(): Promise<RenderResult> {
  await buildRenderer();
  const backend = await renderBackend(TODAY, NOW);
  const server = await preview({
    configFile: path.resolve('vite.renderer.config.ts'),
    build: { outDir: OUT },
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'error',
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'en-GB', timezoneId: 'Asia/Shanghai' });
    await page.clock.setFixedTime(new Date(`${NOW}:00+08:00`));
    // The answer crosses as JSON text, parsed in the page (where it still counts towards the
    // longest task): Playwright hands a returned object over as a script literal to compile,
    // a task of ~100 ms for 500 bookings that Electron's IPC (a structured clone) does not have.
    await page.exposeBinding('__staggerInvoke', async (_s, method: unknown, input: unknown) => JSON.stringify(await backend.dispatch(method, input)));
    await page.addInitScript({ content: INSTRUMENT });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${PORT}/#/calendar`);
    await page
      .locator('.site-day-booking')
      .first()
      .waitFor({ timeout: 20_000 })
      .catch(async (e: Error) => {
        await page.screenshot({ path: path.join(CACHE_DIR, 'render-failure.png') });
        throw new Error(`${e.message.split('\n')[0]}; page errors: ${errors.join(' | ') || 'none'} (screenshot in .bench-cache)`);
      });
    await answerOperatorPrompt(page);
    const site = await measureView(page, 'site day view', 'ArrowLeft', 'ArrowRight', () => page.locator('.site-day-booking').count());
    await page.getByText('Month', { exact: true }).click();
    await settle(page);
    // A busy month shows a few bookings per day and "+N more" for the rest: count both.
    const monthCount = async () => {
      const shown = await page.locator('[role="listitem"] > [role="button"]').count();
      const more = await page.getByText(/^\+\d+ more$/).allInnerTexts();
      return shown + more.reduce((n, text) => n + Number(/\d+/.exec(text)![0]), 0);
    };
    const month = await measureView(page, 'space month view (4 a day, then "+N more")', 'ArrowRight', 'ArrowLeft', monthCount);
    for (const v of [site, month]) if (v.events !== RENDER_EVENTS) throw new Error(`${v.view} showed ${v.events} bookings, expected ${RENDER_EVENTS}`);
    return { views: [site, month] };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    await backend.close();
  }
}
