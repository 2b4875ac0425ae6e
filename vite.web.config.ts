// Builds the same renderer for the headless host: `cpms serve` serves out/web over loopback,
// where a small shim gives the page the same `window.cpms` over a WebSocket.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: resolve(import.meta.dirname, 'apps/renderer'),
  base: './',
  plugins: [react()],
  resolve: { alias: { '@contract': resolve(import.meta.dirname, 'apps/preload/src/contract/index.ts') } },
  define: { 'import.meta.env.CPMS_HOST': JSON.stringify('headless') },
  build: {
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        dashboard: resolve(import.meta.dirname, 'apps/renderer/dashboard.html'),
        widget: resolve(import.meta.dirname, 'apps/renderer/widget.html'),
      },
    },
  },
});
