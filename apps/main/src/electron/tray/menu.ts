// The tray menu as a template: pure, so the labels and the actions behind them are unit-tested
// without a tray.
import type { MenuItemConstructorOptions } from 'electron';
import type { TrayStrings } from './strings';

export interface TrayActions {
  openDashboard(): void;
  toggleWidget(): void;
  setPaused(paused: boolean): void;
  refreshAll(): void;
  checkForUpdates(): void;
  quit(): void;
}

export interface TrayMenuView {
  paused: boolean;
  widgetVisible: boolean;
}

/** The menu: Open dashboard, Show/Hide widget, Pause/Resume, Refresh all, Check for updates…, Quit. */
export function trayMenuTemplate(
  strings: TrayStrings,
  view: TrayMenuView,
  actions: TrayActions,
): MenuItemConstructorOptions[] {
  return [
    { id: 'open-dashboard', label: strings.openDashboard, click: () => actions.openDashboard() },
    {
      id: 'toggle-widget',
      label: view.widgetVisible ? strings.hideWidget : strings.showWidget,
      click: () => actions.toggleWidget(),
    },
    { type: 'separator' },
    {
      id: 'pause',
      label: view.paused ? strings.resume : strings.pause,
      click: () => actions.setPaused(!view.paused),
    },
    { id: 'refresh-all', label: strings.refreshAll, click: () => actions.refreshAll() },
    { type: 'separator' },
    { id: 'check-updates', label: strings.checkForUpdates, click: () => actions.checkForUpdates() },
    { id: 'quit', label: strings.quit, click: () => actions.quit() },
  ];
}
