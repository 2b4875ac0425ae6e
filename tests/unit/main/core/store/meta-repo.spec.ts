import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../../apps/main/src/core/store/index';
import { tempDir, testStore } from './helpers';

describe('store.meta', () => {
  it('stores strings by key and survives a reopen', () => {
    const dir = tempDir();
    const store = openStore({ dataDir: dir });
    expect(store.meta.get('vault.header')).toBeNull();
    store.meta.set('vault.header', '{"v":1}');
    store.meta.set('vault.header', '{"v":2}');
    store.close();
    const again = testStore({ dataDir: dir });
    expect(again.meta.get('vault.header')).toBe('{"v":2}');
  });
});
