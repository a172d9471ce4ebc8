#!/usr/bin/env node
/**
 * `npm run bench`: bundle the benchmark with the app's main-process code, then run it.
 * The app ships bundled (electron-vite), where functions keep no names; run through
 * tsx instead, every function the code creates is first given a name at run time,
 * which costs the app (closures in hot paths) and not the bare SQL beside it.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const outfile = path.resolve('.bench-cache/bench.mjs');
await build({
  entryPoints: ['bench/run.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
