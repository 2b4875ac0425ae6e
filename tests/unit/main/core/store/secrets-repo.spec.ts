import { describe, expect, it } from 'vitest';
import { addAccount, testStore } from './helpers';

describe('store.secrets', () => {
  it('puts, replaces, gets and removes ciphertext with its mask', () => {
    const store = testStore();
    const id = addAccount(store);
    expect(store.secrets.get(id)).toBeNull();
    store.secrets.put(id, Buffer.from([1, 2, 3]), 'sk-…aaaa');
    store.secrets.put(id, Buffer.from([4, 5]), 'sk-…bbbb');
    expect(store.secrets.get(id)).toEqual({
      accountId: id,
      ciphertext: Buffer.from([4, 5]),
      keyMask: 'sk-…bbbb',
    });
    expect(store.secrets.remove(id)).toBe(true);
    expect(store.secrets.remove(id)).toBe(false);
    expect(store.secrets.get(id)).toBeNull();
  });
});
