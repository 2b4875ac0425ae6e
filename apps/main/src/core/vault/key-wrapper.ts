// Wraps the vault's data key with an OS keystore where there is one (Electron safeStorage).
// The core only sees this interface, so it runs without Electron.
import type { KeyProtection } from '@contract';

export interface KeyWrapper {
  /** Which protection this wrapper gives; 'machine-key' means no OS keystore is in force. */
  readonly protection: KeyProtection;
  /** True when wrapping is usable now (keystore present and not Linux `basic_text`). */
  isAvailable(): Promise<boolean>;
  wrap(dataKey: Buffer): Promise<Buffer>;
  unwrap(wrapped: Buffer): Promise<Buffer>;
}
