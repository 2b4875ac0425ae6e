// The tray icon: colour of the worst account state, a one-line tooltip, and the menu. Only what
// changed is pushed to the OS (some Linux trays flicker when the menu is rebuilt needlessly).
import { join } from 'node:path';
import { Menu, Tray, nativeImage } from 'electron';
import type { NativeImage } from 'electron';
import type { CpmsApi } from '@contract';
import type { Logger } from '../../core/log/logger';
import { resolveLanguage } from '../locale';
import type { SettingsMirror } from '../settings-mirror';
import type { StatusBoard } from '../status-board';
import type { WindowManager } from '../windows/window-manager';
import { trayMenuTemplate } from './menu';
import type { TrayActions } from './menu';
import { TRAY_STRINGS } from './strings';
import { summarize, tooltipText } from './summary';
import type { TrayState } from './summary';

export interface TrayDeps {
  api: Pick<CpmsApi, 'getMonitorState' | 'setPaused' | 'refresh' | 'on'>;
  board: StatusBoard;
  settings: SettingsMirror;
  windows: Pick<WindowManager, 'openDashboard' | 'isWidgetVisible' | 'onWidgetChange'>;
  toggleWidget(): void;
  checkForUpdates(): void;
  quit(): void;
  /** Folder holding tray-idle.png, tray-active.png, tray-error.png (and their @2x). */
  iconDir: string;
  systemLocale: string;
  log: Logger;
}

export interface TrayHandle {
  destroy(): void;
}

const STATES: readonly TrayState[] = ['idle', 'active', 'error'];

/** Creates the tray and keeps it in step with statuses, pause state, widget and language. */
export async function setupTray(deps: TrayDeps): Promise<TrayHandle> {
  const { api, board, settings, windows, log } = deps;
  const icons = new Map<TrayState, NativeImage>(
    STATES.map((s) => [s, nativeImage.createFromPath(join(deps.iconDir, `tray-${s}.png`))]),
  );
  let paused = false;
  try {
    paused = (await api.getMonitorState()).paused;
  } catch (error) {
    log.warn('monitor state unavailable at start', { error });
  }
  const report = (what: string) => (error: unknown) => log.warn(`tray: ${what} failed`, { error });
  const actions: TrayActions = {
    openDashboard: () => windows.openDashboard(),
    toggleWidget: () => deps.toggleWidget(),
    setPaused: (next) => void api.setPaused({ paused: next }).catch(report('pause')),
    refreshAll: () => void api.refresh({}).catch(report('refresh')),
    checkForUpdates: () => deps.checkForUpdates(),
    quit: () => deps.quit(),
  };

  const tray = new Tray(icons.get('idle') ?? nativeImage.createEmpty());
  let shown = { state: '', tooltip: '', menu: '' };
  const render = (): void => {
    const language = resolveLanguage(settings.current().language, deps.systemLocale);
    const strings = TRAY_STRINGS[language];
    const summary = summarize(board.all().map((s) => s.state));
    const view = { paused, widgetVisible: windows.isWidgetVisible() };
    const tooltip = tooltipText(strings, summary, paused);
    const menuKey = `${language}|${view.paused}|${view.widgetVisible}`;
    if (summary.state !== shown.state) tray.setImage(icons.get(summary.state) ?? nativeImage.createEmpty());
    if (tooltip !== shown.tooltip) tray.setToolTip(tooltip);
    if (menuKey !== shown.menu)
      tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(strings, view, actions)));
    shown = { state: summary.state, tooltip, menu: menuKey };
  };

  const unsubscribe = [
    board.onChange(render),
    settings.onChange(render),
    windows.onWidgetChange(render),
    api.on('monitor:stateChanged', (state) => {
      paused = state.paused;
      render();
    }),
  ];
  tray.on('click', () => windows.openDashboard());
  render();
  return {
    destroy() {
      for (const off of unsubscribe) off();
      tray.destroy();
    },
  };
}
