// The vault's KeyWrapper over Electron's asynchronous safeStorage API (the synchronous one is
// deprecated in Electron 45). safeStorage encrypts strings, so the data key travels as base64.
import { safeStorage } from 'electron';
import type { KeyWrapper } from '../core/vault/key-wrapper';

/**
 * Linux backends that are not a real keystore: `basic_text` uses a hard-coded password, and
 * `unknown` means the backend could not be chosen (called before ready).
 */
const WEAK_LINUX_BACKENDS = new Set(['basic_text', 'unknown']);

/** Creates the OS-keystore KeyWrapper; `platform` is injectable so tests cover Linux anywhere. */
export function createSafeStorageWrapper(platform: NodeJS.Platform = process.platform): KeyWrapper {
  return {
    protection: 'os-keystore',
    async isAvailable() {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
      if (platform === 'linux' && WEAK_LINUX_BACKENDS.has(safeStorage.getSelectedStorageBackend())) {
        return false;
      }
      return true;
    },
    async wrap(dataKey) {
      return safeStorage.encryptStringAsync(dataKey.toString('base64'));
    },
    async unwrap(wrapped) {
      // `shouldReEncrypt` (a rotated OS key) is not acted on: the vault re-wraps on its own schedule.
      const { result } = await safeStorage.decryptStringAsync(wrapped);
      return Buffer.from(result, 'base64');
    },
  };
}
