import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the built renderer (vite preview) in Debian's Chromium, with
 * window.api bridged to the real dispatch over a temp database (tests/e2e/fixtures.ts).
 * E2E_PORT and RENDERER_OUT let several builds be served side by side.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.RENDERER_OUT ?? 'out/renderer';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Two browsers at once: each test has its own database (a temp file or a schema of the
  // test server), so files run side by side; on the 2-core build machine the suite takes
  // 9 minutes instead of 12.
  workers: 2,
  // A test that fails is run once more and, if it then passes, is listed as flaky in the
  // report: two browsers sharing two cores can lose a click to a dialog still opening.
  // A flaky test is a defect to fix (see settledPopup in tests/e2e/fixtures.ts); the
  // retry keeps one lost click from hiding every other result of the run.
  retries: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // vite.renderer.config.ts reads RENDERER_OUT and E2E_PORT from the environment.
    command: `npx vite preview --config vite.renderer.config.ts --host 127.0.0.1`,
    env: { RENDERER_OUT: outDir, E2E_PORT: String(port) },
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
