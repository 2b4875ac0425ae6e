// electron-vite builds the three parts of the desktop app: main (ESM), the two sandboxed preloads
// (CommonJS, which is what a sandboxed preload must be) and the renderer with two entries.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

const contract = resolve(__dirname, 'apps/preload/src/contract/index.ts');

/** `npm run dev` only: the dev server needs inline scripts/styles and an HMR socket; builds keep the strict CSP. */
function devCsp(): Plugin {
  return {
    name: 'cpms-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*"),
  };
}

export default defineConfig({
  main: {
    resolve: { alias: { '@contract': contract } },
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve(__dirname, 'apps/main/src/electron/index.ts') } },
    },
  },
  preload: {
    resolve: { alias: { '@contract': contract } },
    build: {
      // A sandboxed preload cannot require sibling chunks: each entry must be one self-contained file.
      isolatedEntries: true,
      outDir: 'out/preload',
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'apps/preload/src/index.ts'),
          widget: resolve(__dirname, 'apps/preload/src/widget.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'apps/renderer'),
    plugins: [react(), devCsp()],
    resolve: { alias: { '@contract': contract } },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: {
        input: {
          dashboard: resolve(__dirname, 'apps/renderer/dashboard.html'),
          widget: resolve(__dirname, 'apps/renderer/widget.html'),
        },
      },
    },
  },
});
