import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: path.resolve(import.meta.dirname, 'renderer'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    // Everything is served from disk: no inline scripts (the CSP forbids them), no CDN.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: true,
    // Two pages: the app, and the participant page served to phones on the LAN (main/participants/).
    rolldownOptions: {
      input: {
        main: path.resolve(import.meta.dirname, 'renderer/index.html'),
        participant: path.resolve(import.meta.dirname, 'renderer/participant.html'),
      },
    },
  },
});
