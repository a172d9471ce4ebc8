/**
 * Only the app's own page, in the window's top frame, is answered over IPC. Anything
 * else gets a permission error and never reaches the dispatch.
 */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { appPageUrl, guardDispatch, type SenderFrameInfo } from '../../electron/main/ipc/sender';

const root = path.resolve('/opt/stagger');
const appUrl = appPageUrl(undefined, path.join(root, 'out/main'));
const devUrl = appPageUrl('http://localhost:5173', path.join(root, 'out/main'));

function guarded(url: string) {
  const dispatch = vi.fn(async (method: unknown) => ({ ok: true as const, value: { method } }));
  return { dispatch, call: guardDispatch(dispatch, url) };
}

const top = (url: string): SenderFrameInfo => ({ url, isTopFrame: true });

async function expectRefused(frame: SenderFrameInfo | null, url = appUrl) {
  const { dispatch, call } = guarded(url);
  const result = await call(frame, 'sites.list', {});
  expect(result, JSON.stringify(frame)).toEqual({
    ok: false,
    error: {
      kind: 'permission',
      message: "This request did not come from the app's own page and was refused.",
      details: { code: 'ipc.untrusted_sender' },
    },
  });
  expect(dispatch).not.toHaveBeenCalled();
}

describe('IPC sender validation', () => {
  it("the app's page is out/renderer/index.html beside out/main, or the dev server's URL", () => {
    expect(appUrl).toBe(new URL(`file://${root}/out/renderer/index.html`).href);
    expect(devUrl).toBe('http://localhost:5173');
  });

  it("answers the app's own page in the top frame, on any screen (#hash)", async () => {
    for (const url of [appUrl, `${appUrl}#desk`, `${appUrl}#plans`]) {
      const { dispatch, call } = guarded(appUrl);
      expect(await call(top(url), 'sites.list', { a: 1 })).toEqual({ ok: true, value: { method: 'sites.list' } });
      expect(dispatch).toHaveBeenCalledWith('sites.list', { a: 1 });
    }
  });

  it('answers the dev server page in development', async () => {
    for (const url of ['http://localhost:5173/', 'http://localhost:5173/#desk']) {
      const { dispatch, call } = guarded(devUrl);
      expect((await call(top(url), 'sites.list', {})).ok).toBe(true);
      expect(dispatch).toHaveBeenCalledOnce();
    }
  });

  it('answers the page when its folder name is percent-escaped differently', async () => {
    const zhUrl = appPageUrl(undefined, '/home/张三/错峰/out/main');
    const { dispatch, call } = guarded(zhUrl);
    expect(zhUrl).toContain('%E5%BC%A0');
    expect((await call(top('file:///home/张三/错峰/out/renderer/index.html#desk'), 'sites.list', {})).ok).toBe(true);
    expect(dispatch).toHaveBeenCalledOnce();
  });

  it('refuses another file:// page', async () => {
    await expectRefused(top(`file://${root}/out/renderer/other.html`));
    await expectRefused(top('file:///tmp/index.html'));
    await expectRefused(top(`file://evil-host${root}/out/renderer/index.html`));
  });

  it('refuses a URL that merely starts with the app URL, or hides it in a subpath', async () => {
    await expectRefused(top(`${appUrl}.evil`));
    await expectRefused(top(`${appUrl}x`));
    await expectRefused(top(`${appUrl}/evil`));
    await expectRefused(top(`${appUrl}%2F..%2Fother.html`));
    await expectRefused(top('http://localhost:5173.evil.example/'), devUrl);
    await expectRefused(top('http://localhost:51730/'), devUrl);
    await expectRefused(top('http://localhost:5173@evil.example/'), devUrl);
    await expectRefused(top('http://localhost:5173/other/'), devUrl);
  });

  it('refuses http(s) pages and pages without a usable URL', async () => {
    await expectRefused(top('https://example.com/'));
    await expectRefused(top('http://example.com/index.html'));
    await expectRefused(top('https://localhost:5173/'), devUrl);
    await expectRefused(top('about:blank'));
    await expectRefused(top(''));
    await expectRefused(top('not a url'));
  });

  it("refuses a subframe, even one showing the app's page", async () => {
    await expectRefused({ url: appUrl, isTopFrame: false });
    await expectRefused({ url: 'https://example.com/', isTopFrame: false });
    await expectRefused({ url: 'http://localhost:5173/', isTopFrame: false }, devUrl);
  });

  it('refuses a message whose frame is gone', async () => {
    await expectRefused(null);
    await expectRefused(undefined as unknown as null);
  });
});
