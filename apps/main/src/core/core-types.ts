// The seam between the Electron-free core and its hosts (Electron, `cpms serve`, tests): a host
// creates a Core, forwards its dispatcher and events over its transport, and reports system state.
import type { Clock } from './clock/clock';
import type { HostActions } from './api/context';
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
  /** better-sqlite3 binary built for Electron's ABI (see store/native-binding.ts); plain Node needs none. */
  nativeBinding?: string;
  /** What the host can do with windows and links; absent actions answer `unsupported`. */
  hostActions?: HostActions;
  /** The OS locale, for the first-run language (Electron's app.getLocale()). */
  systemLocale?: string;
  /** Random source for scheduling jitter (tests and benchmarks pass a seeded one). */
  random?: () => number;
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
