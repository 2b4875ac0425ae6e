import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FORMAT_V1, seal, unseal } from '../../../../../apps/main/src/core/vault/cipher';
import { VaultError } from '../../../../../apps/main/src/core/vault/errors';

const key = randomBytes(32);
const secret = 'sk-cp-the-secret-key-0123456789';

describe('AES-256-GCM sealing', () => {
  it('lays out version, 12-byte IV, 16-byte tag, then ciphertext of the same length', () => {
    const blob = seal(key, 'acc-1', secret);
    expect(blob[0]).toBe(FORMAT_V1);
    expect(blob.length).toBe(1 + 12 + 16 + Buffer.byteLength(secret));
    expect(unseal(key, 'acc-1', blob)).toBe(secret);
  });

  it('uses a fresh IV every time', () => {
    const a = seal(key, 'acc-1', secret);
    const b = seal(key, 'acc-1', secret);
    expect(a.subarray(1, 13).equals(b.subarray(1, 13))).toBe(false);
    expect(a.equals(b)).toBe(false);
  });

  it('fails authentication for a wrong key, a wrong account id or a truncated blob', () => {
    const blob = seal(key, 'acc-1', secret);
    expect(unseal(randomBytes(32), 'acc-1', blob)).toBeNull();
    expect(unseal(key, 'acc-2', blob)).toBeNull();
    expect(unseal(key, 'acc-1', blob.subarray(0, 20))).toBeNull();
  });

  it('refuses an unknown format version or an empty blob with a VaultError', () => {
    const blob = seal(key, 'acc-1', secret);
    blob[0] = 2;
    expect(() => unseal(key, 'acc-1', blob)).toThrow(VaultError);
    expect(() => unseal(key, 'acc-1', Buffer.alloc(0))).toThrow(/empty/);
  });
});
