/**
 * The Electron side of printing: the print page lays itself out with print CSS
 * (@page size, one sheet per page), so the main process only prints the app's own
 * window as it stands. No new window, no navigation, nothing loaded from outside.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { PrintJob } from '../shared/contract/print';
import type { Printer } from './services/print/printer';

function appWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

/** The sheets set their own page size and margins in CSS; the paper here is the fallback. */
function pageOptions(job: PrintJob) {
  return { landscape: job.orientation !== 'portrait', printBackground: true, pageSize: job.paper };
}

export function electronPrinter(): Printer {
  return {
    async savePdf(job) {
      const win = appWindow();
      if (!win) return { path: null };
      const pdf = await win.webContents.printToPDF({ ...pageOptions(job), preferCSSPageSize: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
      const { canceled, filePath } = await dialog.showSaveDialog(win, {
        defaultPath: path.join(app.getPath('documents'), job.fileName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (canceled || !filePath) return { path: null };
      await fs.writeFile(filePath, pdf);
      return { path: filePath };
    },
    print(job) {
      const win = appWindow();
      if (!win) return Promise.resolve({ printed: false });
      return new Promise((resolve) => {
        win.webContents.print({ ...pageOptions(job), silent: false, margins: { marginType: 'none' } }, (success) => resolve({ printed: success }));
      });
    },
  };
}
