#!/usr/bin/env node
/** `npm start`: build better-sqlite3 for Electron (once), build the app, open it. */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { buildApp, ensureElectronNative, root } from './electron-native.mjs';

const require = createRequire(import.meta.url);
ensureElectronNative();
buildApp();
// Resolving 'electron' downloads its binary on first use.
const electron = require('electron');
const child = spawn(electron, ['.'], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
