// Opens, focuses and closes the two windows. Both are created on demand and destroyed when closed:
// the app lives in the tray, and a closed window costs no renderer process.
import type { BrowserWindow } from 'electron';
import type { Logger } from '../../core/log/logger';
import { pageTarget, preloadPath } from '../paths';
import { createDashboardWindow } from './dashboard';
import { WindowRegistry } from './registry';
import { createWidgetWindow } from './widget';
import type { WindowStateStore } from './window-state';

export interface WindowManagerDeps {
  /** Folder of the main bundle (out/main); pages and preloads are found relative to it. */
  mainDir: string;
  /** electron-vite's dev server URL in `npm run dev`, else undefined. */
  devUrl: string | undefined;
  state: WindowStateStore;
  log: Logger;
  platform?: NodeJS.Platform;
}

export interface WindowManager {
  readonly registry: WindowRegistry;
  /** Shows and focuses the dashboard, creating it when closed. */
  openDashboard(): void;
  /** Creates or closes the widget. */
  setWidgetVisible(visible: boolean): void;
  isWidgetVisible(): boolean;
  /** Calls `listener` whenever the widget opens or closes; returns the unsubscribe. */
  onWidgetChange(listener: (visible: boolean) => void): () => void;
}

const alive = (w: BrowserWindow | undefined): w is BrowserWindow => w !== undefined && !w.isDestroyed();

/** Creates the manager; no window opens until asked. */
export function createWindowManager(deps: WindowManagerDeps): WindowManager {
  const registry = new WindowRegistry();
  const widgetListeners = new Set<(visible: boolean) => void>();
  let dashboard: BrowserWindow | undefined;
  let widget: BrowserWindow | undefined;
  const notifyWidget = (visible: boolean): void => {
    for (const listener of [...widgetListeners]) listener(visible);
  };
  const common = (page: 'dashboard' | 'widget') => ({
    preload: preloadPath(page, deps.mainDir),
    page: pageTarget(page, deps.mainDir, deps.devUrl),
    state: deps.state,
    registry,
    log: deps.log,
  });

  return {
    registry,
    openDashboard() {
      if (alive(dashboard)) {
        if (dashboard.isMinimized()) dashboard.restore();
        dashboard.show();
        dashboard.focus();
        return;
      }
      const created = createDashboardWindow(common('dashboard'));
      created.once('closed', () => {
        if (dashboard === created) dashboard = undefined;
      });
      dashboard = created;
    },
    setWidgetVisible(visible) {
      if (visible === alive(widget)) return;
      if (!visible) {
        widget?.close();
        return;
      }
      const created = createWidgetWindow({ ...common('widget'), platform: deps.platform });
      created.once('closed', () => {
        if (widget !== created) return;
        widget = undefined;
        notifyWidget(false);
      });
      widget = created;
      notifyWidget(true);
    },
    isWidgetVisible: () => alive(widget),
    onWidgetChange(listener) {
      widgetListeners.add(listener);
      return () => widgetListeners.delete(listener);
    },
  };
}
