// The floating widget: small, frameless, transparent, above other windows on every workspace,
// out of the taskbar, and placed where the user left it as long as that spot is still on a screen.
import { BrowserWindow, screen } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { Logger } from '../../core/log/logger';
import type { PageTarget } from '../paths';
import { loadPage } from './load-page';
import { clampToWorkAreas, topRightCorner } from './placement';
import type { WindowRegistry } from './registry';
import { secureWebPreferences } from './secure-preferences';
import type { WindowStateStore } from './window-state';

export const WIDGET_SIZE = { width: 320, height: 200 };

export interface WidgetDeps {
  preload: string;
  page: PageTarget;
  state: WindowStateStore;
  registry: WindowRegistry;
  log: Logger;
  platform?: NodeJS.Platform;
}

/**
 * The always-on-top level: on macOS only 'screen-saver' stays above full-screen apps (where a
 * developer's editor often is); elsewhere 'floating' keeps it above normal windows without
 * covering system menus.
 */
export function widgetTopLevel(platform: NodeJS.Platform): 'floating' | 'screen-saver' {
  return platform === 'darwin' ? 'screen-saver' : 'floating';
}

/** The widget's constructor options at a given position. */
export function widgetWindowOptions(
  preload: string,
  position: { x: number; y: number },
): BrowserWindowConstructorOptions {
  return {
    ...position,
    ...WIDGET_SIZE,
    show: false,
    title: 'CPMS widget',
    frame: false,
    transparent: true,
    backgroundColor: '#00000000',
    hasShadow: false,
    resizable: false,
    maximizable: false,
    minimizable: false,
    fullscreenable: false,
    skipTaskbar: true,
    alwaysOnTop: true,
    webPreferences: secureWebPreferences(preload),
  };
}

/** Where the widget opens: its remembered spot clamped to a visible display, else the top-right corner. */
export function widgetPosition(saved: { x: number; y: number } | undefined): { x: number; y: number } {
  const primary = screen.getPrimaryDisplay().workArea;
  if (!saved) return topRightCorner(WIDGET_SIZE, primary);
  const areas = screen.getAllDisplays().map((d) => d.workArea);
  const { x, y } = clampToWorkAreas({ ...saved, ...WIDGET_SIZE }, areas, primary);
  return { x, y };
}

/** Creates, registers and loads the widget window; shows it without taking focus. */
export function createWidgetWindow(deps: WidgetDeps): BrowserWindow {
  const window = new BrowserWindow(
    widgetWindowOptions(deps.preload, widgetPosition(deps.state.get().widget)),
  );
  window.setAlwaysOnTop(true, widgetTopLevel(deps.platform ?? process.platform));
  window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
  window.once('ready-to-show', () => window.showInactive());
  const remember = (): void => {
    const [x = 0, y = 0] = window.getPosition();
    deps.state.update({ widget: { x, y } });
  };
  window.on('moved', remember);
  window.on('close', remember);
  deps.registry.add(window, 'widget');
  loadPage(window, deps.page, deps.log);
  return window;
}
