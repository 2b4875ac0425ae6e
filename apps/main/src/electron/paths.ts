// Where the host finds its pages, preloads and icons, in development (electron-vite
// dev server or `electron-vite preview`) and in a packaged app. Pure functions of their inputs.
import { join } from 'node:path';

export type PageName = 'dashboard' | 'widget';

/** How a window loads its page: from the dev server in `npm run dev`, else from the built files. */
export type PageTarget = { kind: 'url'; url: string } | { kind: 'file'; path: string };

/** What counts as the app's own origin: the built renderer folder or the dev server's origin. */
export type AppOrigin = { kind: 'file'; rendererDir: string } | { kind: 'dev'; origin: string };

/** Folder of the built renderer, next to out/main where the main bundle runs. */
export function rendererDir(mainDir: string): string {
  return join(mainDir, '..', 'renderer');
}

/** The page a window loads; `devUrl` is electron-vite's ELECTRON_RENDERER_URL when set. */
export function pageTarget(page: PageName, mainDir: string, devUrl: string | undefined): PageTarget {
  if (devUrl) return { kind: 'url', url: new URL(`${page}.html`, withSlash(devUrl)).href };
  return { kind: 'file', path: join(rendererDir(mainDir), `${page}.html`) };
}

/** The origin IPC senders and navigations are checked against. */
export function appOrigin(mainDir: string, devUrl: string | undefined): AppOrigin {
  if (devUrl) return { kind: 'dev', origin: new URL(devUrl).origin };
  return { kind: 'file', rendererDir: rendererDir(mainDir) };
}

/** The sandboxed preload bundle of a window (one self-contained CommonJS file each). */
export function preloadPath(page: PageName, mainDir: string): string {
  return join(mainDir, '..', 'preload', page === 'dashboard' ? 'index.cjs' : 'widget.cjs');
}

/** Folder of the tray PNGs: shipped as extraResources when packaged, read from the checkout otherwise. */
export function trayIconDir(appPath: string, isPackaged: boolean, resourcesPath: string): string {
  return isPackaged ? join(resourcesPath, 'tray') : join(appPath, 'resources', 'tray');
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
