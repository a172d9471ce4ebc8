/** App lifecycle only: open the backend, register IPC, create the window. */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { Backend, DatabaseTarget } from './backend';
import { openLiveBackend, type LiveApp } from './backups/open';
import { electronFileDialogs } from './backups/electron-dialogs';
import { registerIpc } from './ipc/register';
import { electronFileSaver } from './file-dialogs';
import { electronPrinter } from './printing';
import { provideFileSaver } from './services/files/saver';
import { providePrinter } from './services/print/printer';
import { provideStorageHost, type StorageHost } from './services/storage/host';
import { StorageConfig } from './storage/config';
import { chooseSaveFile, electronSecrets } from './storage/electron';
import { createStorageHost, serverTarget } from './storage/host';
import { createMainWindow, installContentSecurityPolicy } from './window';
import { AppError } from '../shared/errors';

let running: LiveApp | undefined;

/** better-sqlite3 built for Electron's ABI by scripts/start.mjs, kept apart from the Node build. */
function electronNativeBinding(): string | undefined {
  const candidate = path.join(app.getAppPath(), '.electron-native', 'better_sqlite3.node');
  return fs.existsSync(candidate) ? candidate : undefined;
}

/** Asks what to do while the server set up in 数据存放 cannot be reached at start: try again, or quit. */
async function retryServer(e: AppError, target: { server: { host: string; port: number; database: string } }): Promise<boolean> {
  // Never fall back to the file silently: other desks book on the server meanwhile.
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'Stagger 错峰',
    message: '连不上街道服务器 / Cannot reach the shared server',
    detail: `${target.server.host}:${target.server.port} / ${target.server.database}\n${e.message}`,
    buttons: ['重试 Retry', '退出 Quit'],
    defaultId: 0,
    cancelId: 1,
  });
  return response === 0;
}

async function start(): Promise<void> {
  // Tests point the app at a throw-away folder.
  if (process.env.STAGGER_USER_DATA) app.setPath('userData', process.env.STAGGER_USER_DATA);
  const dataDir = app.getPath('userData');
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'stagger.db');
  const log = (message: string, error: unknown) => console.error(message, error);
  const config = new StorageConfig(dataDir, electronSecrets);
  const server = config.kind() === 'server' ? config.server() : null;
  const first: DatabaseTarget = server ? serverTarget(server) : file;
  let host: StorageHost | undefined;
  // Every backend opened (at start, by a restore, by 数据存放) prints, saves files and knows where data is kept.
  const provide = (backend: Backend) => {
    providePrinter(backend.ctx, electronPrinter());
    provideFileSaver(backend.ctx, electronFileSaver());
    if (host) provideStorageHost(backend.ctx, host);
  };
  for (;;) {
    try {
      running = await openLiveBackend(file, {
        backend: { nativeBinding: electronNativeBinding(), demoData: true, appVersion: app.getVersion(), log },
        backups: { folder: path.join(dataDir, 'backups'), dataDir, dialogs: electronFileDialogs(), log },
        provide,
        first,
      });
      break;
    } catch (e) {
      if (typeof first !== 'string' && e instanceof AppError && e.details.code !== 'db.newer_version' && (await retryServer(e, first))) continue;
      const text = e instanceof AppError && e.details.code === 'db.newer_version'
        ? '此数据库由更新版本的错峰创建，请升级应用。\nThis database was written by a newer version of Stagger; please update the app.'
        : `无法打开数据库 / Cannot open the database:\n${String(e)}`;
      dialog.showErrorBox('Stagger 错峰', text);
      app.exit(1);
      return;
    }
  }
  const live = running;
  host = createStorageHost({
    dataDir,
    file,
    secrets: electronSecrets,
    current: () => live.live.current(),
    // The live backend closes the current database and opens the other; if that fails, the old one comes back.
    async switchTo(target) {
      await live.live.swap({ replace: async () => async () => {}, open: live.openAt(target) });
    },
    chooseSaveFile,
  });
  provideStorageHost(live.live.current().ctx, host);
  registerIpc(live.dispatch);
  // A backup at start, then every few hours while the app runs (this computer's file only).
  live.backups.startSchedule();
  installContentSecurityPolicy();
  createMainWindow();
}

app.enableSandbox();
app.whenReady().then(start);
app.on('window-all-closed', () => app.quit());
app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0 && running) createMainWindow();
});
app.on('will-quit', () => {
  running?.backups.stopSchedule();
  void running?.live.close();
});
