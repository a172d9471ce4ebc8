import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      minify: true,
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      minify: true,
      // A sandboxed preload can require only 'electron': bundle everything else (zod, the contract).
      externalizeDeps: false,
      // CommonJS, so the window can keep sandbox: true.
      rolldownOptions: {
        external: ['electron'],
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs' },
      },
    },
  },
  renderer: { ...rendererConfig, build: { ...rendererConfig.build, outDir: resolve(import.meta.dirname, 'out/renderer') } },
});
