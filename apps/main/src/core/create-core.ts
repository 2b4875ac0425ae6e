// Composition of the Electron-free core: store, vault, providers, scheduler, analysis and the Api.
// Wired by the monitoring-engine issue; until then hosts can import the signature.
import type { Core, CoreOptions } from './core-types';

/** Opens the store and vault in `options.dataDir` and returns a Core ready to `start()`. */
export function createCore(options: CoreOptions): Promise<Core> {
  return Promise.reject(new Error(`The core is not wired yet (data dir ${options.dataDir})`));
}
