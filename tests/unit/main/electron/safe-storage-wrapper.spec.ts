import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSafeStorageWrapper } from '../../../../apps/main/src/electron/safe-storage-wrapper';
import { resetElectronFake, safeStorage } from '../../fakes/electron';

vi.mock('electron', () => import('../../fakes/electron'));

beforeEach(() => resetElectronFake());

describe('createSafeStorageWrapper', () => {
  it('declares OS keystore protection', () => {
    expect(createSafeStorageWrapper('darwin').protection).toBe('os-keystore');
  });

  it('is available when async encryption is, on macOS and Windows', async () => {
    expect(await createSafeStorageWrapper('darwin').isAvailable()).toBe(true);
    expect(await createSafeStorageWrapper('win32').isAvailable()).toBe(true);
    safeStorage.asyncAvailable = false;
    expect(await createSafeStorageWrapper('darwin').isAvailable()).toBe(false);
  });

  it('on Linux refuses basic_text (a hard-coded password) and an unknown backend', async () => {
    expect(await createSafeStorageWrapper('linux').isAvailable()).toBe(true);
    safeStorage.backend = 'kwallet6';
    expect(await createSafeStorageWrapper('linux').isAvailable()).toBe(true);
    safeStorage.backend = 'basic_text';
    expect(await createSafeStorageWrapper('linux').isAvailable()).toBe(false);
    safeStorage.backend = 'unknown';
    expect(await createSafeStorageWrapper('linux').isAvailable()).toBe(false);
    safeStorage.backend = 'basic_text';
    expect(await createSafeStorageWrapper('darwin').isAvailable()).toBe(true);
  });

  it('wraps a data key through the keystore and unwraps it byte for byte', async () => {
    const wrapper = createSafeStorageWrapper('linux');
    const key = randomBytes(32);
    const wrapped = await wrapper.wrap(key);
    expect(wrapped.includes(key)).toBe(false);
    expect(wrapped.includes(Buffer.from(key.toString('base64')))).toBe(false);
    expect((await wrapper.unwrap(wrapped)).equals(key)).toBe(true);
  });

  it('fails to unwrap bytes the keystore did not produce', async () => {
    await expect(createSafeStorageWrapper('linux').unwrap(randomBytes(40))).rejects.toThrow(/decrypt/);
  });
});
