// The dashboard window: remembers its bounds, stays hidden until its first paint and starts with
// the theme's background colour, so it never flashes white.
import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { Logger } from '../../core/log/logger';
import type { PageTarget } from '../paths';
import { loadPage } from './load-page';
import { clampToWorkAreas } from './placement';
import type { Rect } from './placement';
import type { WindowRegistry } from './registry';
import { secureWebPreferences } from './secure-preferences';
import type { WindowStateStore } from './window-state';

export const DASHBOARD_SIZE = { width: 1180, height: 760, minWidth: 880, minHeight: 560 };
/** Match the renderer's page background in each theme. */
export const DASHBOARD_BACKGROUND = { light: '#f7f8fa', dark: '#111318' };

export interface DashboardDeps {
  preload: string;
  page: PageTarget;
  state: WindowStateStore;
  registry: WindowRegistry;
  log: Logger;
}

/** The dashboard's constructor options; `bounds` is the remembered (already clamped) rectangle. */
export function dashboardWindowOptions(
  preload: string,
  bounds: Rect | undefined,
  dark: boolean,
): BrowserWindowConstructorOptions {
  return {
    ...(bounds ?? { width: DASHBOARD_SIZE.width, height: DASHBOARD_SIZE.height }),
    minWidth: DASHBOARD_SIZE.minWidth,
    minHeight: DASHBOARD_SIZE.minHeight,
    show: false,
    title: 'CPMS',
    backgroundColor: dark ? DASHBOARD_BACKGROUND.dark : DASHBOARD_BACKGROUND.light,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preload),
  };
}

/** Creates, registers and loads the dashboard window. */
export function createDashboardWindow(deps: DashboardDeps): BrowserWindow {
  const saved = deps.state.get().dashboard;
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const bounds = saved
    ? clampToWorkAreas(saved.bounds, workAreas, screen.getPrimaryDisplay().workArea)
    : undefined;
  const window = new BrowserWindow(
    dashboardWindowOptions(deps.preload, bounds, nativeTheme.shouldUseDarkColors),
  );
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    deps.state.update({ dashboard: { bounds: window.getNormalBounds(), maximized: window.isMaximized() } });
  });
  const onTheme = (): void => {
    window.setBackgroundColor(
      nativeTheme.shouldUseDarkColors ? DASHBOARD_BACKGROUND.dark : DASHBOARD_BACKGROUND.light,
    );
  };
  nativeTheme.on('updated', onTheme);
  window.once('closed', () => nativeTheme.off('updated', onTheme));
  deps.registry.add(window, 'dashboard');
  loadPage(window, deps.page, deps.log);
  return window;
}
