/** App lifecycle only: open the backend, register IPC, create the window. */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { openBackend, type Backend, type BackendOptions, type DatabaseTarget } from './backend';
import { registerIpc } from './ipc/register';
import { electronFileSaver } from './file-dialogs';
import { electronPrinter } from './printing';
import { provideFileSaver } from './services/files/saver';
import { providePrinter } from './services/print/printer';
import { createMainWindow, installContentSecurityPolicy } from './window';
import { provideStorageHost } from './services/storage/host';
import { StorageConfig } from './storage/config';
import { chooseSaveFile, electronSecrets } from './storage/electron';
import { createStorageHost, serverTarget } from './storage/host';
import { AppError } from '../shared/errors';

let backend: Backend | undefined;

/** better-sqlite3 built for Electron's ABI by scripts/start.mjs, kept apart from the Node build. */
function electronNativeBinding(): string | undefined {
  const candidate = path.join(app.getAppPath(), '.electron-native', 'better_sqlite3.node');
  return fs.existsSync(candidate) ? candidate : undefined;
}

/** Opens the data where this desk keeps it: its file, or the shared server (asking again while it cannot be reached). */
async function openChosen(file: string, dataDir: string, opts: BackendOptions): Promise<Backend> {
  const config = new StorageConfig(dataDir, electronSecrets);
  const server = config.kind() === 'server' ? config.server() : null;
  for (;;) {
    const target: DatabaseTarget = server ? serverTarget(server) : file;
    try {
      return await openBackend(target, opts);
    } catch (e) {
      if (!server || !(e instanceof AppError)) throw e;
      // Never fall back to the file silently: other desks book on the server meanwhile.
      const { response } = await dialog.showMessageBox({
        type: 'warning',
        title: 'Stagger 错峰',
        message: '连不上街道服务器 / Cannot reach the shared server',
        detail: `${server.host}:${server.port} / ${server.database}\n${e.message}`,
        buttons: ['重试 Retry', '退出 Quit'],
        defaultId: 0,
        cancelId: 1,
      });
      if (response === 1) throw e;
    }
  }
}

async function start(): Promise<void> {
  // Tests point the app at a throw-away folder.
  if (process.env.STAGGER_USER_DATA) app.setPath('userData', process.env.STAGGER_USER_DATA);
  const dataDir = app.getPath('userData');
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'stagger.db');
  const opts: BackendOptions = {
    backupDir: path.join(dataDir, 'backups'),
    nativeBinding: electronNativeBinding(),
    demoData: true,
    appVersion: app.getVersion(),
    log: (message, error) => console.error(message, error),
  };
  try {
    backend = await openChosen(file, dataDir, opts);
  } catch (e) {
    const text = e instanceof AppError && e.details.code === 'db.newer_version'
      ? '此数据库由更新版本的错峰创建，请升级应用。\nThis database was written by a newer version of Stagger; please update the app.'
      : `无法打开数据库 / Cannot open the database:\n${String(e)}`;
    dialog.showErrorBox('Stagger 错峰', text);
    app.exit(1);
    return;
  }
  // The window talks to whichever backend is current: 数据存放 may switch it while the app runs.
  const attach = (b: Backend) => {
    providePrinter(b.ctx, electronPrinter());
    provideFileSaver(b.ctx, electronFileSaver());
    provideStorageHost(b.ctx, host);
  };
  const host = createStorageHost({
    dataDir,
    file,
    secrets: electronSecrets,
    current: () => backend!,
    async switchTo(target) {
      // The new one opens first: if it cannot, the desk stays where it was.
      const next = await openBackend(target, { ...opts, demoData: false });
      const old = backend;
      attach(next);
      backend = next;
      await old?.close();
    },
    chooseSaveFile,
  });
  attach(backend);
  registerIpc((method, input) => backend!.dispatch(method, input));
  installContentSecurityPolicy();
  createMainWindow();
}

app.enableSandbox();
app.whenReady().then(start);
app.on('window-all-closed', () => app.quit());
app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0 && backend) createMainWindow();
});
app.on('will-quit', () => void backend?.close());
