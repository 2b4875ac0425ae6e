// What the Api handlers share: the store, the vault, the engine and what the host can do.
import type { AppInfo } from '@contract';
import type { Clock } from '../clock/clock';
import type { Monitor } from '../engine/monitor';
import type { Logger } from '../log/logger';
import type { Store } from '../store';
import type { Vault } from '../vault/vault';
import type { EventBus } from './event-bus';

/** Actions only a host with windows can perform; absent ones answer `unsupported`. */
export interface HostActions {
  openExternal?: (url: string) => Promise<void>;
  openDashboard?: () => void;
  toggleWidget?: () => void;
}

export interface ApiContext {
  store: Store;
  vault: Vault;
  monitor: Monitor;
  events: EventBus;
  clock: Clock;
  logger: Logger;
  host: HostActions;
  appInfo: () => AppInfo;
}
