import { describe, expect, it } from 'vitest';
import type { KeyWrapper } from '../../../../../apps/main/src/core/vault/key-wrapper';
import { createVault, VaultError, type VaultMeta } from '../../../../../apps/main/src/core/vault/vault';

function memoryMeta(): VaultMeta & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, get: (k) => data.get(k) ?? null, set: (k, v) => void data.set(k, v) };
}

/** A stand-in OS keystore: XOR with a private pad, and a switch to make it unavailable. */
function fakeKeystore(): KeyWrapper & { available: boolean; calls: string[] } {
  const pad = Buffer.alloc(32, 0xa5);
  const xor = (b: Buffer): Buffer => Buffer.from(b.map((x, i) => x ^ pad[i % pad.length]!));
  return {
    protection: 'os-keystore',
    available: true,
    calls: [],
    isAvailable() {
      return Promise.resolve(this.available);
    },
    wrap(key) {
      this.calls.push('wrap');
      return Promise.resolve(Buffer.concat([Buffer.from('wrapped:'), xor(key)]));
    },
    unwrap(wrapped) {
      this.calls.push('unwrap');
      if (!wrapped.subarray(0, 8).equals(Buffer.from('wrapped:')))
        return Promise.reject(new Error('bad blob'));
      return Promise.resolve(xor(wrapped.subarray(8)));
    },
  };
}

const machineA = (): Promise<string> => Promise.resolve('machine-a');
const machineB = (): Promise<string> => Promise.resolve('machine-b');

function errorOf(fn: () => unknown): VaultError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(VaultError);
    return e as VaultError;
  }
  throw new Error('expected a VaultError');
}

const KEY = 'sk-cp-Zz9-distinctive-test-key-8d1f0c';

describe('createVault', () => {
  it('round-trips keys, unicode included, and survives a restart with the same header', async () => {
    const meta = memoryMeta();
    const vault = await createVault({ meta, machineId: machineA });
    expect(vault.protection).toBe('machine-key');
    expect(vault.keyMatches).toBe(true);
    for (const k of [KEY, 'id123.secretABCDEFGHIJ', 'ключ-密钥-🔑-clé', '']) {
      expect(vault.decrypt('acc-1', vault.encrypt('acc-1', k))).toBe(k);
    }
    const blob = vault.encrypt('acc-1', KEY);
    const again = await createVault({ meta, machineId: machineA });
    expect(again.decrypt('acc-1', blob)).toBe(KEY);
    const header = JSON.parse(meta.data.get('vault.header')!) as Record<string, unknown>;
    expect(header).toMatchObject({ v: 1, protection: 'machine-key' });
    expect(Buffer.from(header.salt as string, 'base64')).toHaveLength(32);
    expect(header).not.toHaveProperty('wrapped');
  });

  it('gives each install its own salt, so the same machine yields different keys', async () => {
    const a = await createVault({ meta: memoryMeta(), machineId: machineA });
    const b = await createVault({ meta: memoryMeta(), machineId: machineA });
    expect(() => b.decrypt('acc-1', a.encrypt('acc-1', KEY))).toThrow(VaultError);
  });

  it('fails with a clear error and no secret for every tampered byte region', async () => {
    const vault = await createVault({ meta: memoryMeta(), machineId: machineA });
    const blob = vault.encrypt('acc-1', KEY);
    for (const at of [1, 12, 13, 28, 29, blob.length - 1]) {
      const bad = Buffer.from(blob);
      bad[at]! ^= 0x01;
      const e = errorOf(() => vault.decrypt('acc-1', bad));
      expect(e.code).toBe('tampered');
      expect(e.message).toMatch(/altered|another account/);
      expect(e.message).not.toContain(KEY);
    }
    expect(errorOf(() => vault.decrypt('acc-1', blob.subarray(0, blob.length - 1))).code).toBe('tampered');
    expect(errorOf(() => vault.decrypt('acc-1', Buffer.concat([blob, Buffer.of(0)]))).code).toBe('tampered');
  });

  it('refuses a blob moved to another account (AAD)', async () => {
    const vault = await createVault({ meta: memoryMeta(), machineId: machineA });
    const e = errorOf(() => vault.decrypt('acc-2', vault.encrypt('acc-1', KEY)));
    expect(e.code).toBe('tampered');
    expect(e.message).not.toContain(KEY);
  });

  it('refuses an unknown ciphertext format version', async () => {
    const vault = await createVault({ meta: memoryMeta(), machineId: machineA });
    const blob = vault.encrypt('acc-1', KEY);
    blob[0] = 9;
    const e = errorOf(() => vault.decrypt('acc-1', blob));
    expect(e.code).toBe('unknown_format');
    expect(e.message).toContain('9');
  });

  it('notices a changed machine id and says the key must be entered again', async () => {
    const meta = memoryMeta();
    const blob = (await createVault({ meta, machineId: machineA })).encrypt('acc-1', KEY);
    const moved = await createVault({ meta, machineId: machineB });
    expect(moved.keyMatches).toBe(false);
    const e = errorOf(() => moved.decrypt('acc-1', blob));
    expect(e.code).toBe('key_mismatch');
    expect(e.message).toMatch(/machine/);
    expect(e.message).not.toContain(KEY);
    expect(e.message).not.toContain('machine-a');
  });

  it('wraps a random secret with the OS keystore when one is available, needing both to decrypt', async () => {
    const meta = memoryMeta();
    const keystore = fakeKeystore();
    const vault = await createVault({ meta, machineId: machineA, wrapper: keystore });
    expect(vault.protection).toBe('os-keystore');
    expect(keystore.calls).toEqual(['wrap']);
    const header = JSON.parse(meta.data.get('vault.header')!) as { wrapped: string; protection: string };
    expect(header.protection).toBe('os-keystore');
    expect(Buffer.from(header.wrapped, 'base64').subarray(0, 8).toString()).toBe('wrapped:');
    const blob = vault.encrypt('acc-1', KEY);

    const again = await createVault({ meta, machineId: machineA, wrapper: keystore });
    expect(keystore.calls).toEqual(['wrap', 'unwrap']);
    expect(again.decrypt('acc-1', blob)).toBe(KEY);
    // The machine id alone is not enough.
    const otherMachine = await createVault({ meta, machineId: machineB, wrapper: keystore });
    expect(errorOf(() => otherMachine.decrypt('acc-1', blob)).code).toBe('key_mismatch');
  });

  it('refuses to start (never downgrades) when the keystore that protects the key is gone', async () => {
    const meta = memoryMeta();
    const keystore = fakeKeystore();
    await createVault({ meta, machineId: machineA, wrapper: keystore });
    await expect(createVault({ meta, machineId: machineA })).rejects.toMatchObject({
      name: 'VaultError',
      code: 'keystore_unavailable',
    });
    keystore.available = false;
    await expect(createVault({ meta, machineId: machineA, wrapper: keystore })).rejects.toThrow(/keystore/);
    expect(JSON.parse(meta.data.get('vault.header')!)).toMatchObject({ protection: 'os-keystore' });
  });

  it('reports an unwrap failure as keystore_unavailable', async () => {
    const meta = memoryMeta();
    await createVault({ meta, machineId: machineA, wrapper: fakeKeystore() });
    const header = JSON.parse(meta.data.get('vault.header')!) as Record<string, unknown>;
    meta.set('vault.header', JSON.stringify({ ...header, wrapped: Buffer.from('junk').toString('base64') }));
    await expect(createVault({ meta, machineId: machineA, wrapper: fakeKeystore() })).rejects.toMatchObject({
      code: 'keystore_unavailable',
    });
  });

  it('uses machine-key protection when the wrapper says the keystore is unusable', async () => {
    const keystore = fakeKeystore();
    keystore.available = false;
    const vault = await createVault({ meta: memoryMeta(), machineId: machineA, wrapper: keystore });
    expect(vault.protection).toBe('machine-key');
    expect(keystore.calls).toEqual([]);
  });

  it('refuses a damaged or future vault header', async () => {
    for (const text of [
      'not json',
      '{"v":2,"salt":"AA==","protection":"machine-key","check":"AA=="}',
      '{"v":1}',
      '{"v":1,"salt":"AA==","protection":"os-keystore","check":"AA=="}',
    ]) {
      const meta = memoryMeta();
      meta.set('vault.header', text);
      await expect(createVault({ meta, machineId: machineA })).rejects.toMatchObject({ code: 'bad_header' });
    }
  });
});
