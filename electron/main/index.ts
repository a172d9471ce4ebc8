/** App lifecycle only: open the backend, register IPC, create the window. */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { openBackend, type Backend } from './backend';
import { registerIpc } from './ipc/register';
import { electronPrinter } from './printing';
import { providePrinter } from './services/print/printer';
import { provideFileSaver } from './services/reports/file-saver';
import { electronFileSaver } from './saving';
import { createMainWindow, installContentSecurityPolicy } from './window';
import { AppError } from '../shared/errors';

let backend: Backend | undefined;

/** better-sqlite3 built for Electron's ABI by scripts/start.mjs, kept apart from the Node build. */
function electronNativeBinding(): string | undefined {
  const candidate = path.join(app.getAppPath(), '.electron-native', 'better_sqlite3.node');
  return fs.existsSync(candidate) ? candidate : undefined;
}

async function start(): Promise<void> {
  // Tests point the app at a throw-away folder.
  if (process.env.STAGGER_USER_DATA) app.setPath('userData', process.env.STAGGER_USER_DATA);
  const dataDir = app.getPath('userData');
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    backend = await openBackend(path.join(dataDir, 'stagger.db'), {
      backupDir: path.join(dataDir, 'backups'),
      nativeBinding: electronNativeBinding(),
      demoData: true,
      appVersion: app.getVersion(),
      log: (message, error) => console.error(message, error),
    });
  } catch (e) {
    const text = e instanceof AppError && e.details.code === 'db.newer_version'
      ? '此数据库由更新版本的错峰创建，请升级应用。\nThis database was written by a newer version of Stagger; please update the app.'
      : `无法打开数据库 / Cannot open the database:\n${String(e)}`;
    dialog.showErrorBox('Stagger 错峰', text);
    app.exit(1);
    return;
  }
  providePrinter(backend.ctx, electronPrinter());
  provideFileSaver(backend.ctx, electronFileSaver());
  registerIpc(backend.dispatch);
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
