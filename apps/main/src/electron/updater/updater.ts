// Update checks through electron-updater, only when the user allows it: automatically while
// `settings.updates.auto` is on, or once when they pick "Check for updates…" (zero telemetry: no
// request the user did not configure). A found update downloads and installs when the app quits.
import type { AppUpdater } from 'electron-updater';
import type { Clock, TimerHandle } from '../../core/clock/clock';
import type { Logger } from '../../core/log/logger';
import type { SettingsMirror } from '../settings-mirror';

export type UpdateOutcome = 'up-to-date' | 'downloading' | 'error' | 'unsupported';

/** The parts of electron-updater's AppUpdater the host uses. */
export type UpdaterLike = Pick<
  AppUpdater,
  | 'autoDownload'
  | 'autoInstallOnAppQuit'
  | 'allowPrerelease'
  | 'channel'
  | 'logger'
  | 'on'
  | 'checkForUpdates'
>;

export interface UpdaterDeps {
  /** Returns electron-updater's autoUpdater; called only when a check actually runs. */
  getUpdater: () => UpdaterLike;
  /** Development builds have no app-update.yml: they never check. */
  isPackaged: boolean;
  settings: SettingsMirror;
  clock: Clock;
  log: Logger;
  firstCheckDelayMs?: number;
  intervalMs?: number;
}

export interface UpdaterHandle {
  checkNow(): Promise<UpdateOutcome>;
  stop(): void;
}

/** Configures the updater lazily and schedules automatic checks while the user has them on. */
export function setupUpdater(deps: UpdaterDeps): UpdaterHandle {
  const { settings, clock, log } = deps;
  const firstDelay = deps.firstCheckDelayMs ?? 60_000;
  const interval = deps.intervalMs ?? 6 * 60 * 60_000;
  let updater: UpdaterLike | null = null;
  let timer: TimerHandle | null = null;
  let stopped = false;

  const configured = (): UpdaterLike => {
    if (!updater) {
      updater = deps.getUpdater();
      updater.autoDownload = true;
      updater.autoInstallOnAppQuit = true;
      updater.logger = {
        info: (m: unknown) => log.info(String(m)),
        warn: (m: unknown) => log.warn(String(m)),
        error: (m: unknown) => log.error(String(m)),
      };
      updater.on('error', (error) => log.warn('update error', { error }));
      updater.on('update-available', (info) => log.info('update available', { version: info.version }));
      updater.on('update-downloaded', (event) => log.info('update downloaded', { version: event.version }));
    }
    const beta = settings.current().updates.channel === 'beta';
    updater.channel = beta ? 'beta' : 'latest';
    updater.allowPrerelease = beta;
    return updater;
  };

  const checkNow = async (): Promise<UpdateOutcome> => {
    if (!deps.isPackaged) {
      log.info('update check skipped: development build');
      return 'unsupported';
    }
    try {
      const result = await configured().checkForUpdates();
      return result?.isUpdateAvailable ? 'downloading' : 'up-to-date';
    } catch (error) {
      log.warn('update check failed', { error });
      return 'error';
    }
  };

  const schedule = (ms: number): void => {
    timer?.cancel();
    timer = clock.setTimer(ms, () => {
      timer = null;
      void checkNow().finally(() => {
        if (!stopped && settings.current().updates.auto) schedule(interval);
      });
    });
  };
  const apply = (auto: boolean): void => {
    if (auto && deps.isPackaged && !timer) schedule(firstDelay);
    if (!auto) {
      timer?.cancel();
      timer = null;
    }
  };

  apply(settings.current().updates.auto);
  const off = settings.onChange((next) => apply(next.updates.auto));
  return {
    checkNow,
    stop() {
      stopped = true;
      timer?.cancel();
      off();
    },
  };
}
