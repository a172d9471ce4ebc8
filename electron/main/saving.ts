/** The Electron side of saving exported files: the system save dialog, offered in the user's Documents. */
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { FileSaver } from './services/reports/file-saver';

export function electronFileSaver(): FileSaver {
  return {
    async chooseSavePath({ fileName, filterName, extensions }) {
      const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = { defaultPath: path.join(app.getPath('documents'), fileName), filters: [{ name: filterName, extensions }] };
      const { canceled, filePath } = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return canceled || !filePath ? null : filePath;
    },
  };
}
