// Composition root of the Electron host: one instance, the core, then each host feature set up in
// order (IPC, windows, tray, notifications, power, updater). Each `setupX` lives in its own module;
// this file only wires them together.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain, session } from 'electron';
import electronUpdater from 'electron-updater';
import { systemClock } from '../core/clock/clock';
import { createCore } from '../core/create-core';
import { createLogger } from '../core/log/logger';
import { resolveNativeBinding } from '../core/store/native-binding';
import { createHostApi } from './host-api';
import { forwardEvents } from './ipc/event-forwarding';
import { createHostDispatcher } from './ipc/host-dispatcher';
import { registerIpcHandlers } from './ipc/register';
import { setupLifecycle } from './lifecycle';
import { setupNotifications } from './notifications/notifications';
import { appOrigin, trayIconDir } from './paths';
import { setupPower } from './power/power';
import { createSafeStorageWrapper } from './safe-storage-wrapper';
import {
  DEV_CONTENT_SECURITY_POLICY,
  isAppUrl,
  openExternalIfAllowed,
  setupAppHardening,
  setupSessionSecurity,
} from './security';
import { createSettingsMirror } from './settings-mirror';
import { createStatusBoard } from './status-board';
import { setupTray } from './tray/tray';
import { setupUpdater } from './updater/updater';
import { setupTheme } from './windows/theme';
import { createWindowManager } from './windows/window-manager';
import { setupWidgetVisibility } from './windows/widget-visibility';
import { createWindowStateStore } from './windows/window-state';

const log = createLogger({ scope: 'electron' });
const mainDir = dirname(fileURLToPath(import.meta.url));

/** Tests and the end-to-end suite run the app against a throwaway profile. */
function applyUserDataOverride(): void {
  const dir = process.env.CPMS_USER_DATA_DIR;
  if (dir) app.setPath('userData', resolve(dir));
}

/**
 * In a development run the store loads the Electron-ABI better-sqlite3 that `npm start` builds into
 * .electron-native/; node_modules keeps the Node build for tests and the CLI. Packaged apps are
 * rebuilt for Electron by electron-builder and need no override.
 */
function nativeBinding(): string | undefined {
  const binding = resolveNativeBinding(app.getAppPath(), process.versions, app.isPackaged);
  if (!binding && !app.isPackaged) {
    log.warn('no Electron build of better-sqlite3; run node scripts/ensure-electron-native.mjs');
  }
  return binding;
}

async function main(): Promise<void> {
  applyUserDataOverride();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  setupAppHardening(app);
  // Windows shows toasts only for an app with an AppUserModelID (the installer's shortcut sets the same id).
  if (process.platform === 'win32') app.setAppUserModelId('dev.cpms.app');
  await app.whenReady();

  const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const origin = appOrigin(mainDir, devUrl);
  setupSessionSecurity(session.defaultSession, devUrl ? DEV_CONTENT_SECURITY_POLICY : undefined);
  const binding = nativeBinding();
  const core = await createCore({
    dataDir: app.getPath('userData'),
    ...(binding ? { nativeBinding: binding } : {}),
    systemLocale: app.getLocale(),
    host: 'electron',
    keyWrapper: createSafeStorageWrapper(),
    logger: log.child('core'),
  });

  // IPC: the host answers the window and shell channels, the core everything else.
  const windows = createWindowManager({
    mainDir,
    devUrl,
    state: createWindowStateStore(join(app.getPath('userData'), 'window-state.json')),
    log,
  });
  const dispatcher = createHostDispatcher(core.dispatcher, {
    openDashboard: () => windows.openDashboard(),
    toggleWidget: () => void widget.toggle(),
    openExternal: openExternalIfAllowed,
  });
  registerIpcHandlers(ipcMain, dispatcher, {
    isAppUrl: (url) => isAppUrl(url, origin),
    roleOf: (id) => windows.registry.roleOf(id),
  });
  forwardEvents(core.events, () => windows.registry.entries());
  const api = createHostApi(dispatcher, core.events);
  const settings = await createSettingsMirror(api, log);
  const board = await createStatusBoard(api, log);

  // Windows: the dashboard unless started hidden (e.g. as a login item); the widget if enabled.
  setupTheme(settings);
  if (!process.argv.includes('--hidden')) windows.openDashboard();
  const widget = setupWidgetVisibility(api, settings, windows, log);

  const tray = await setupTray({
    api,
    board,
    settings,
    windows,
    toggleWidget: () => void widget.toggle(),
    checkForUpdates: () => void updater.checkNow().then((outcome) => notifier.showUpdateOutcome(outcome)),
    quit: () => app.quit(),
    iconDir: trayIconDir(app.getAppPath(), app.isPackaged, process.resourcesPath),
    systemLocale: app.getLocale(),
    log: log.child('tray'),
  });
  const notifier = setupNotifications({
    api,
    board,
    settings,
    systemLocale: app.getLocale(),
    openDashboard: () => windows.openDashboard(),
  });
  const stopPower = setupPower({ core, clock: systemClock });
  const updater = setupUpdater({
    getUpdater: () => electronUpdater.autoUpdater,
    isPackaged: app.isPackaged,
    settings,
    clock: systemClock,
    log: log.child('updater'),
  });

  setupLifecycle({
    app,
    core,
    openDashboard: () => windows.openDashboard(),
    beforeStop: () => {
      updater.stop();
      stopPower();
      notifier.dispose();
      tray.destroy();
    },
    log,
  });
  await core.start();
  log.info('started', { version: app.getVersion(), packaged: app.isPackaged });
}

/** Settles once the app is up (or has given up); the tests await it. */
export const started: Promise<void> = main().catch((error: unknown) => {
  log.error('failed to start', { error });
  dialog.showErrorBox('CPMS could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
});
