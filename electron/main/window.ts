import path from 'node:path';
import { app, BrowserWindow, session, shell } from 'electron';
import { appIconPath } from './app-icon';
import { appPageUrl } from './ipc/sender';

/**
 * The only window. Locked down: isolated, sandboxed preload, no node in the page,
 * a strict CSP, no navigation away from the app and no new windows.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // antd injects its styles from JavaScript at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function installContentSecurityPolicy(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
  // No remote content: refuse every request that is not the app's own files (or the dev server).
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const local =
      url.startsWith('file://') || url.startsWith('devtools://') || url.startsWith('data:') ||
      (process.env.ELECTRON_RENDERER_URL !== undefined && url.startsWith(process.env.ELECTRON_RENDERER_URL));
    callback({ cancel: !local });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
}

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Stagger 错峰',
    icon: appIconPath(app.getAppPath()),
    webPreferences: {
      preload: path.join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    // Links to the web open in the user's browser, never inside the app.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  // The same URL that ipc/register.ts answers, and no other.
  void win.loadURL(appPageUrl(process.env.ELECTRON_RENDERER_URL, import.meta.dirname));
  return win;
}
