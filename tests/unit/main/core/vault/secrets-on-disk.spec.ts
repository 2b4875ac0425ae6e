import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../../../apps/main/src/core/log/logger';
import { maskKey } from '../../../../../apps/main/src/core/log/redact';
import { openStore } from '../../../../../apps/main/src/core/store/index';
import { createVault } from '../../../../../apps/main/src/core/vault/vault';
import { addAccount, tempDir } from '../store/helpers';

const KEY = 'sk-cp-GREPME-7f3a9c1e5b2d8f4a6c0e9b7d1f3a5c8e';

/** Every form in which the key could leak: text, UTF-16, base64, base64url, hex. */
function forms(key: string): Buffer[] {
  const utf8 = Buffer.from(key, 'utf8');
  return [
    utf8,
    Buffer.from(key, 'utf16le'),
    Buffer.from(utf8.toString('base64')),
    Buffer.from(utf8.toString('base64url')),
    Buffer.from(utf8.toString('hex')),
    Buffer.from(utf8.toString('hex').toUpperCase()),
    Buffer.from(key.slice(6, 30)),
  ];
}

function dbFiles(file: string): Buffer[] {
  return [file, `${file}-wal`, `${file}-shm`].filter((f) => existsSync(f)).map((f) => readFileSync(f));
}

describe('a stored API key on disk and in logs', () => {
  it('never appears in cpms.db, its -wal and -shm, or the log lines', async () => {
    const dir = tempDir();
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', sink: (line) => lines.push(line) });
    const store = openStore({ dataDir: dir, logger });
    const vault = await createVault({
      meta: store.meta,
      machineId: () => Promise.resolve('grep-test-machine'),
    });
    const id = addAccount(store);
    store.secrets.put(id, vault.encrypt(id, KEY), maskKey(KEY));
    // A host logging a failed decrypt must not leak the key either.
    try {
      vault.decrypt('another-account', store.secrets.get(id)!.ciphertext);
    } catch (error) {
      logger.error('could not read key', { accountId: id, error });
    }
    expect(vault.decrypt(id, store.secrets.get(id)!.ciphertext)).toBe(KEY);
    expect(lines.length).toBeGreaterThan(0);

    const open = dbFiles(store.file);
    expect(open.some((b) => b.length > 0)).toBe(true);
    store.close();
    const closed = dbFiles(store.file);
    const logs = Buffer.from(lines.join('\n'));
    for (const bytes of [...open, ...closed, logs]) {
      for (const form of forms(KEY)) expect(bytes.includes(form)).toBe(false);
    }
    // The mask is all that is stored in clear.
    expect(closed[0]!.includes(Buffer.from(maskKey(KEY)))).toBe(true);
  });
});
