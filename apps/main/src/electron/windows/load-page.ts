// Loads an app page into a window from the dev server or the built files.
import type { BrowserWindow } from 'electron';
import type { Logger } from '../../core/log/logger';
import type { PageTarget } from '../paths';

/** Starts loading `target` in `window`; a failure is logged, not thrown (the window stays usable). */
export function loadPage(window: BrowserWindow, target: PageTarget, log: Logger): void {
  const loading = target.kind === 'url' ? window.loadURL(target.url) : window.loadFile(target.path);
  loading.catch((error: unknown) => log.error('page failed to load', { target: target.kind, error }));
}
