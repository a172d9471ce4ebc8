/**
 * The Electron side of saving files: the system's save dialog, starting in Documents
 * with the suggested name. The services write the file; this only asks where.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { FileSaver } from './services/files/saver';

export function electronFileSaver(): FileSaver {
  return {
    async chooseSavePath(request) {
      const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = {
        defaultPath: path.join(app.getPath('documents'), request.suggestedName),
        filters: [{ name: request.filterName, extensions: request.extensions }],
      };
      const { canceled, filePath } = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return canceled || !filePath ? null : filePath;
    },
  };
}
