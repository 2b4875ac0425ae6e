// The key store over a real vault and SQLite file: keys sealed at rest, read back for polling, and a
// clear reason (never a throw) when a key cannot be read.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeyStore } from '../../../../../apps/main/src/core/engine/key-store';
import { maskKey, redact } from '../../../../../apps/main/src/core/log/redact';
import { openStore } from '../../../../../apps/main/src/core/store';
import type { Store } from '../../../../../apps/main/src/core/store';
import { createVault } from '../../../../../apps/main/src/core/vault/vault';

const KEY = 'sk-0123456789abcdef0123456789abcdef';
const dirs: string[] = [];
const stores: Store[] = [];

afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Opens store and vault in `dataDir` (a fresh folder by default) under `machineId`. */
async function open(machineId = 'machine-a', dataDir?: string) {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'cpms-keys-test-'));
  if (!dataDir) dirs.push(dir);
  const store = openStore({ dataDir: dir });
  stores.push(store);
  const vault = await createVault({ meta: store.meta, machineId: () => Promise.resolve(machineId) });
  const id =
    store.accounts.list()[0]?.id ??
    store.accounts.insert({ provider: 'deepseek', region: null, model: null, label: 'DS', baseUrl: null }).id;
  return { dir, store, id, keys: createKeyStore(store, vault) };
}

describe('key store', () => {
  it('seals a key at rest and reads it back, trimmed, with its mask', async () => {
    const { store, id, keys } = await open();
    const mask = keys.write(id, `  ${KEY}\n`);
    expect(mask).toBe(maskKey(KEY));
    const row = store.secrets.get(id)!;
    expect(row.ciphertext.toString('latin1')).not.toContain(KEY.slice(3, 20));
    expect(keys.read(id)).toEqual({ value: KEY, mask, error: null });
    // A key read for polling is redacted from anything logged afterwards.
    expect(redact(`Authorization: Bearer ${KEY}`)).not.toContain(KEY);
  });

  it('says so when no key is stored', async () => {
    const { id, keys } = await open();
    const read = keys.read(id);
    expect(read.value).toBeNull();
    expect(read.error).toMatch(/No key is stored/);
  });

  it('gives a reason instead of throwing when the stored bytes were altered', async () => {
    const { store, id, keys } = await open();
    const mask = keys.write(id, KEY);
    const blob = Buffer.from(store.secrets.get(id)!.ciphertext);
    blob[blob.length - 1]! ^= 0xff;
    store.secrets.put(id, blob, mask);
    const read = keys.read(id);
    expect(read).toMatchObject({ value: null, mask });
    expect(read.error).toMatch(/cannot be decrypted.*enter it again/);
  });

  it('gives a reason when the machine key changed since the key was stored', async () => {
    const first = await open('machine-a');
    first.keys.write(first.id, KEY);
    first.store.close();
    stores.splice(stores.indexOf(first.store), 1);
    const again = await open('machine-b', first.dir);
    const read = again.keys.read(again.id);
    expect(read.value).toBeNull();
    expect(read.mask).toBe(maskKey(KEY));
    expect(read.error).toMatch(/another machine key/);
    expect(read.error).not.toContain(KEY);
  });
});
