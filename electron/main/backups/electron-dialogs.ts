/** The Electron side of choosing files for backups: the system's own open, save and folder dialogs. */
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { FileDialogs } from './backups';

const DATABASE_FILTERS = [
  { name: 'Stagger 数据库 / database', extensions: ['db', 'sqlite', 'sqlite3'] },
  { name: '*', extensions: ['*'] },
];

function appWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

export function electronFileDialogs(): FileDialogs {
  return {
    async chooseFolder() {
      const options = { properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
      const win = appWindow();
      const { canceled, filePaths } = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return canceled || !filePaths[0] ? null : filePaths[0];
    },
    async chooseDatabaseFile() {
      const options = { properties: ['openFile'] as Array<'openFile'>, filters: DATABASE_FILTERS };
      const win = appWindow();
      const { canceled, filePaths } = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return canceled || !filePaths[0] ? null : filePaths[0];
    },
    async chooseSavePath(defaultName) {
      const options = { defaultPath: path.join(app.getPath('documents'), defaultName), filters: DATABASE_FILTERS.slice(0, 1) };
      const win = appWindow();
      const { canceled, filePath } = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return canceled || !filePath ? null : filePath;
    },
  };
}
