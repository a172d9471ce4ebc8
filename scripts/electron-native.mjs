/**
 * better-sqlite3 is a native module. `npm install` builds it for Node (which the tests
 * use); Electron needs a build for its own ABI. That build is made once, into
 * .electron-native/, and handed to the database through better-sqlite3's
 * `nativeBinding` option, so the two builds never overwrite each other.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

export const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const nativeDir = path.join(root, '.electron-native');
const target = path.join(nativeDir, 'better_sqlite3.node');

export function run(cmd, args, cwd = root) {
  execFileSync(cmd, args, { cwd, stdio: 'inherit', env: process.env });
}

/** True where Electron's binary is installed (it downloads lazily on first use). */
export function electronBinaryPresent() {
  const dir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  return fs.existsSync(pathFile) && fs.existsSync(path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8')));
}

export function ensureElectronNative() {
  const electronVersion = require('electron/package.json').version;
  const sqliteVersion = require('better-sqlite3/package.json').version;
  const stamp = `electron@${electronVersion} better-sqlite3@${sqliteVersion} ${process.platform}-${process.arch}`;
  const stampFile = path.join(nativeDir, 'stamp.txt');
  if (fs.existsSync(target) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return;
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (once)…`);
  fs.mkdirSync(nativeDir, { recursive: true });
  const work = path.join(nativeDir, 'build', 'better-sqlite3');
  fs.rmSync(path.join(nativeDir, 'build'), { recursive: true, force: true });
  const source = path.dirname(require.resolve('better-sqlite3/package.json'));
  fs.cpSync(source, work, { recursive: true, filter: (p) => path.relative(source, p).split(path.sep)[0] !== 'build' });
  const electronArgs = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${process.arch}`];
  try {
    // A prebuilt binary for this Electron, when the project publishes one.
    run(process.execPath, [require.resolve('prebuild-install/bin.js'), ...electronArgs], work);
  } catch {
    // Otherwise compile against Electron's headers.
    const nodeGyp = process.env.npm_config_node_gyp;
    if (!nodeGyp) throw new Error('node-gyp not found: run this through `npm start`.');
    run(process.execPath, [nodeGyp, 'rebuild', '--release', ...electronArgs, '--dist-url=https://electronjs.org/headers'], work);
  }
  fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  fs.writeFileSync(stampFile, stamp);
  fs.rmSync(path.join(nativeDir, 'build'), { recursive: true, force: true });
}

export function buildApp() {
  run(process.execPath, [require.resolve('electron-vite/bin/electron-vite.js'), 'build']);
}
