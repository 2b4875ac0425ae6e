// The seam between the Electron-free core and its hosts (Electron, `cpms serve`, tests): a host
// creates a Core, forwards its dispatcher and events over its transport, and reports system state.
import type { Clock } from './clock/clock';
import type { Dispatcher } from './api/dispatcher';
import type { EventBus } from './api/event-bus';
import type { Logger } from './log/logger';
import type { KeyWrapper } from './vault/key-wrapper';

export interface CoreOptions {
  /** Folder holding cpms.db and the vault's salt. */
  dataDir: string;
  host: 'electron' | 'headless';
  /** OS keystore wrapping for the vault's data key (Electron safeStorage); absent headless. */
  keyWrapper?: KeyWrapper;
  /** Returns the machine id the vault key derives from (node-machine-id by default). */
  machineId?: () => Promise<string>;
  clock?: Clock;
  logger?: Logger;
  /** Start the scheduler on `start()` (tests of the Api alone turn it off). */
  monitor?: boolean;
}

/** System conditions the host observes and the scheduler obeys. */
export interface SystemState {
  suspended?: boolean;
  locked?: boolean;
  online?: boolean;
}

export interface Core {
  readonly dispatcher: Dispatcher;
  readonly events: EventBus;
  start(): Promise<void>;
  /** Stops polling, aborts in-flight requests, closes the database. */
  stop(): Promise<void>;
  setSystemState(state: SystemState): void;
}
