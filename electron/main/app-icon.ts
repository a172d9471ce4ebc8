import path from 'node:path';

/**
 * The window's icon, resources/icon.png (drawn from resources/icon.svg). `appPath` is
 * Electron's app.getAppPath(): the project folder when run with `electron .` from the
 * built out/, the app's archive when packaged; resources/ sits beside package.json in
 * both. Pure, so tests can check the file is where the app will look.
 */
export function appIconPath(appPath: string): string {
  return path.join(appPath, 'resources', 'icon.png');
}
