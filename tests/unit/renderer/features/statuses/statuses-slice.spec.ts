import { describe, expect, it } from 'vitest';
import { statusesSlice } from '../../../../../apps/renderer/src/features/statuses/statuses-slice';
import {
  accountsChanged,
  statusRemoved,
  statusUpdated,
} from '../../../../../apps/renderer/src/features/sync/actions';
import { acct, status } from '../../fixtures';

const reduce = statusesSlice.reducer;

describe('statuses slice', () => {
  it('adds and replaces statuses by account id', () => {
    let s = reduce(undefined, statusUpdated(status('a')));
    s = reduce(s, statusUpdated(status('a', { state: 'active' })));
    expect(s.ids).toEqual(['a']);
    expect(s.entities.a?.state).toBe('active');
  });

  it('removes a status on status:removed', () => {
    let s = reduce(undefined, statusUpdated(status('a')));
    s = reduce(s, statusRemoved({ accountId: 'a' }));
    expect(s.ids).toEqual([]);
  });

  it('drops statuses of accounts that disappeared from accounts:changed', () => {
    let s = reduce(undefined, statusUpdated(status('a')));
    s = reduce(s, statusUpdated(status('b')));
    s = reduce(s, accountsChanged([acct('b')]));
    expect(s.ids).toEqual(['b']);
  });
});
