import { describe, expect, it } from 'vitest';
import type { AccountDto } from '@contract';
import { findAccount } from '../../../../apps/main/src/cli/account-ref';

const account = (id: string): AccountDto => ({
  id,
  provider: 'deepseek',
  region: null,
  model: null,
  label: id,
  baseUrl: null,
  settings: {},
  keyMask: 'sk-…abcd',
  createdAt: 0,
  updatedAt: 0,
});
const list = [account('3f2a1111-aaaa'), account('3f2b2222-bbbb'), account('abcd')];

describe('findAccount', () => {
  it('finds by full id, or by a unique prefix of at least four characters', () => {
    expect(findAccount(list, 'abcd').id).toBe('abcd');
    expect(findAccount(list, '3f2a').id).toBe('3f2a1111-aaaa');
    expect(findAccount(list, '3f2b2222').id).toBe('3f2b2222-bbbb');
  });

  it('refuses short, ambiguous and unknown references', () => {
    expect(() => findAccount(list, '3f2')).toThrow(/no account "3f2"/);
    expect(() => findAccount([...list, account('3f2a1111-cccc')], '3f2a')).toThrow(/matches 2 accounts/);
    expect(() => findAccount(list, 'zzzz')).toThrow(/no account/);
  });
});
