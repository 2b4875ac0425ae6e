// Composition of the Electron-free core: store, vault, providers, scheduler, analysis and the Api.
// Every host (Electron, `cpms serve`, the CLI, tests, benchmarks) builds its core here.
import { mkdirSync } from 'node:fs';
import type { AppInfo } from '@contract';
import { createDispatcher } from './api/dispatcher';
import { EventBus } from './api/event-bus';
import { createHandlers } from './api/handlers';
import { systemClock } from './clock/clock';
import type { Core, CoreOptions } from './core-types';
import { createKeyStore } from './engine/key-store';
import { Monitor } from './engine/monitor';
import { createHttpClient } from './http';
import { createLogger } from './log/logger';
import { openStore } from './store';
import { createVault } from './vault/vault';
import { defaultMachineId } from './vault/machine-id';
import { APP_VERSION } from './version';

/** Opens the store and vault in `options.dataDir` and returns a Core ready to `start()`. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const logger = options.logger ?? createLogger({ scope: 'core' });
  const clock = options.clock ?? systemClock;
  mkdirSync(options.dataDir, { recursive: true });
  const store = openStore({
    dataDir: options.dataDir,
    logger: logger.child('store'),
    now: () => clock.now(),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  let vault;
  try {
    vault = await createVault({
      meta: store.meta,
      machineId: options.machineId ?? defaultMachineId,
      ...(options.keyWrapper ? { wrapper: options.keyWrapper } : {}),
    });
  } catch (error) {
    store.close();
    throw error;
  }
  const keys = createKeyStore(store, vault);
  const events = new EventBus();
  const monitor = new Monitor({
    store,
    clock,
    events,
    logger: logger.child('monitor'),
    createHttp: (proxyUrl) => createHttpClient({ proxyUrl, logger: logger.child('http') }),
    readKey: (id) => keys.read(id),
    ...(options.random ? { random: options.random } : {}),
  });
  const appInfo = (): AppInfo => ({
    version: APP_VERSION,
    host: options.host,
    platform: process.platform,
    systemLocale: options.systemLocale ?? Intl.DateTimeFormat().resolvedOptions().locale,
    keyProtection: vault.protection,
    storeNotice: store.notice,
  });
  const handlers = createHandlers(
    { store, vault, monitor, events, clock, logger, host: options.hostActions ?? {}, appInfo },
    keys,
  );
  monitor.load();
  const dispatcher = createDispatcher(handlers, (channel, error) =>
    logger.error('handler failed', { channel, error }),
  );
  let stopped = false;

  return {
    dispatcher,
    events,
    start: () => {
      if (options.monitor !== false) monitor.start();
      return Promise.resolve();
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await monitor.stop();
      store.close();
    },
    setSystemState: (state) => monitor.setSystemState(state),
  };
}
