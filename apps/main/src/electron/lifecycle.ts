// App lifetime: a monitor keeps running in the tray when its windows close, and quitting waits for
// the core to stop (scheduler stopped, in-flight requests aborted, database closed).
import type { App } from 'electron';
import type { Core } from '../core/core-types';
import type { Logger } from '../core/log/logger';

export interface LifecycleDeps {
  app: Pick<App, 'on' | 'quit'>;
  core: Pick<Core, 'stop'>;
  openDashboard(): void;
  /** Host teardown run before the core stops (timers, tray). */
  beforeStop?: () => void;
  log: Logger;
  /** Signals that quit cleanly, for `npm start` in a terminal. */
  signals?: readonly NodeJS.Signals[];
}

/** Registers the quit, all-windows-closed, second-instance and activate behaviour. */
export function setupLifecycle(deps: LifecycleDeps): void {
  const { app, core, log } = deps;
  let stopping = false;
  let stopped = false;
  app.on('before-quit', (event) => {
    if (stopped) return;
    // Hold the quit until the database is closed; then quit again for real.
    event.preventDefault();
    if (stopping) return;
    stopping = true;
    void (async () => {
      try {
        deps.beforeStop?.();
        await core.stop();
      } catch (error) {
        log.error('core did not stop cleanly', { error });
      }
      stopped = true;
      app.quit();
    })();
  });
  // Registering a listener is what keeps Electron from quitting when the last window closes.
  app.on('window-all-closed', () => undefined);
  app.on('second-instance', () => deps.openDashboard());
  app.on('activate', () => deps.openDashboard());
  for (const signal of deps.signals ?? ['SIGINT', 'SIGTERM']) process.once(signal, () => app.quit());
}
