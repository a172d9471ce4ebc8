/** The Electron parts of 数据存放: the OS key store for the password and the save dialog. */
import path from 'node:path';
import { app, BrowserWindow, dialog, safeStorage } from 'electron';
import type { Secrets } from './config';

export const electronSecrets: Secrets = {
  available: () => safeStorage.isEncryptionAvailable(),
  seal: (text) => safeStorage.encryptString(text).toString('base64'),
  open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
};

export async function chooseSaveFile(suggestedName: string): Promise<string | null> {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const options = { defaultPath: path.join(app.getPath('documents'), suggestedName), filters: [{ name: 'Stagger', extensions: ['db'] }] };
  const { canceled, filePath } = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return canceled || !filePath ? null : filePath;
}
