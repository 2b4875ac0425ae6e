// Encrypted API keys (ciphertext from the vault) and their display masks. Plaintext never comes here.
import type { Db } from './migrations';
import type { SecretRow, SecretsRepo } from './types';

/** Builds the secrets repository. */
export function createSecretsRepo(db: Db): SecretsRepo {
  const put = db.prepare<[string, Buffer, string]>(
    `INSERT INTO secrets (account_id, ciphertext, key_mask) VALUES (?, ?, ?)
     ON CONFLICT (account_id) DO UPDATE SET ciphertext = excluded.ciphertext, key_mask = excluded.key_mask`,
  );
  const get = db.prepare<[string], { ciphertext: Buffer; key_mask: string }>(
    'SELECT ciphertext, key_mask FROM secrets WHERE account_id = ?',
  );
  const remove = db.prepare<[string]>('DELETE FROM secrets WHERE account_id = ?');
  return {
    put: (accountId, ciphertext, keyMask) => {
      put.run(accountId, ciphertext, keyMask);
    },
    get(accountId): SecretRow | null {
      const r = get.get(accountId);
      return r ? { accountId, ciphertext: r.ciphertext, keyMask: r.key_mask } : null;
    },
    remove: (accountId) => remove.run(accountId).changes > 0,
  };
}
