import { describe, expect, it } from 'vitest';
import {
  filterChanged,
  filterCleared,
  selected,
  sortToggled,
  uiSlice,
} from '../../../../../apps/renderer/src/features/ui/ui-slice';
import { accountsChanged, statusRemoved } from '../../../../../apps/renderer/src/features/sync/actions';
import { acct } from '../../fixtures';

const reduce = uiSlice.reducer;

describe('ui slice', () => {
  it('sorts a new column in its natural direction and flips on a second click', () => {
    let s = reduce(undefined, sortToggled('usage'));
    expect(s.sort).toEqual({ key: 'usage', dir: 'desc' });
    s = reduce(s, sortToggled('usage'));
    expect(s.sort.dir).toBe('asc');
    expect(reduce(s, sortToggled('account')).sort).toEqual({ key: 'account', dir: 'asc' });
  });

  it('merges and clears filters', () => {
    let s = reduce(undefined, filterChanged({ text: 'glm' }));
    s = reduce(s, filterChanged({ show: 'issues' }));
    expect(s.filter).toEqual({ text: 'glm', show: 'issues', provider: 'all' });
    expect(reduce(s, filterCleared()).filter.text).toBe('');
  });

  it('clears the selection when the selected account goes away', () => {
    let s = reduce(undefined, selected('a'));
    s = reduce(s, statusRemoved({ accountId: 'b' }));
    expect(s.selectedId).toBe('a');
    expect(reduce(s, statusRemoved({ accountId: 'a' })).selectedId).toBeNull();
    expect(reduce(s, accountsChanged([acct('x')])).selectedId).toBeNull();
  });
});
