import { describe, expect, it } from 'vitest';
import { accountsSlice } from '../../../../../apps/renderer/src/features/accounts/accounts-slice';
import { accountsChanged } from '../../../../../apps/renderer/src/features/sync/actions';
import { acct } from '../../fixtures';

const reduce = accountsSlice.reducer;

describe('accounts slice', () => {
  it('keeps the objects of unchanged accounts when the list is pushed again', () => {
    const s1 = reduce(undefined, accountsChanged([acct('a'), acct('b')]));
    const s2 = reduce(s1, accountsChanged([acct('a'), acct('b', { label: 'renamed', updatedAt: 2000 })]));
    expect(s2.entities.a).toBe(s1.entities.a);
    expect(s2.entities.b?.label).toBe('renamed');
  });

  it('removes accounts missing from the push', () => {
    const s1 = reduce(undefined, accountsChanged([acct('a'), acct('b')]));
    expect(reduce(s1, accountsChanged([acct('b')])).ids).toEqual(['b']);
  });

  it('notices a change even when the core did not bump updatedAt', () => {
    const s1 = reduce(undefined, accountsChanged([acct('a')]));
    const s2 = reduce(s1, accountsChanged([acct('a', { keyMask: 'sk-…zzzz' })]));
    expect(s2.entities.a?.keyMask).toBe('sk-…zzzz');
  });
});
