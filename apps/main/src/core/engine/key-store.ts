// Account keys at rest: encrypted by the vault (AAD = account id) into the store's secrets table.
// Decrypted keys live only in the main process's memory and are registered for redaction.
import { maskKey, registerSecret } from '../log/redact';
import type { Store } from '../store';
import type { Vault } from '../vault/vault';

export interface KeyRead {
  value: string | null;
  mask: string;
  /** Why the key could not be read (vault failure, missing secret), for the account's status. */
  error: string | null;
}

export interface KeyStore {
  read(accountId: string): KeyRead;
  write(accountId: string, key: string): string;
}

/** Wraps the vault and the secrets table. */
export function createKeyStore(store: Store, vault: Vault): KeyStore {
  return {
    read(accountId) {
      const row = store.secrets.get(accountId);
      if (!row)
        return {
          value: null,
          mask: '••••',
          error: 'No key is stored for this account; edit it and enter the key.',
        };
      try {
        const value = vault.decrypt(accountId, row.ciphertext);
        registerSecret(value);
        return { value, mask: row.keyMask, error: null };
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return {
          value: null,
          mask: row.keyMask,
          error: `The stored key cannot be decrypted (${why}); enter it again.`,
        };
      }
    },
    write(accountId, key) {
      const trimmed = key.trim();
      registerSecret(trimmed);
      const mask = maskKey(trimmed);
      store.secrets.put(accountId, vault.encrypt(accountId, trimmed), mask);
      return mask;
    },
  };
}
