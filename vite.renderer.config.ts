import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The renderer build, shared by electron-vite (the app) and by `npm run build:renderer`
 * (end-to-end tests serve it with `vite preview`).
 */
export const rendererConfig = {
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, process.env.RENDERER_OUT ?? 'out/renderer'),
    emptyOutDir: true,
    minify: true,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
  },
  preview: { port: Number(process.env.E2E_PORT ?? 4173), strictPort: true },
};

export default defineConfig(rendererConfig);
