// The list re-renders only what changed: these pin the store shapes that make that true.
import { describe, expect, it } from 'vitest';
import {
  selectRowModels,
  selectStatusById,
  selectVisibleIds,
} from '../../../../../apps/renderer/src/features/list/selectors';
import { createAppStore } from '../../../../../apps/renderer/src/features/store';
import { dataLoaded, statusUpdated } from '../../../../../apps/renderer/src/features/sync/actions';
import { sortToggled } from '../../../../../apps/renderer/src/features/ui/ui-slice';
import { DEFAULT_SETTINGS } from '@contract';
import type { AccountStatus } from '@contract';
import { snapshot, status, win } from '../../fixtures';

function loaded(statuses: AccountStatus[]) {
  const store = createAppStore();
  store.dispatch(
    dataLoaded({
      appInfo: {
        version: '1',
        host: 'headless',
        platform: 'linux',
        systemLocale: 'en',
        keyProtection: 'machine-key',
        storeNotice: null,
      },
      statuses,
      accounts: statuses.map((s) => s.account),
      overview: {
        accountCount: 0,
        activeCount: 0,
        errorCount: 0,
        atRiskCount: 0,
        balances: [],
        avgPercentPerHour: null,
        spendPerDay: [],
      },
      settings: DEFAULT_SETTINGS,
      monitor: { paused: false, pauseReason: null, online: true, lastRefreshAt: null },
    }),
  );
  return store;
}

describe('list selectors', () => {
  it('an update of one account keeps every other status object identical', () => {
    const store = loaded([status('a'), status('b'), status('c')]);
    const before = store.getState();
    store.dispatch(statusUpdated(status('b', { state: 'active' })));
    const after = store.getState();
    expect(selectStatusById(after, 'a')).toBe(selectStatusById(before, 'a'));
    expect(selectStatusById(after, 'c')).toBe(selectStatusById(before, 'c'));
    expect(selectStatusById(after, 'b')).not.toBe(selectStatusById(before, 'b'));
    expect(after.accounts).toBe(before.accounts);
  });

  it('visible ids keep their order (and value) when an update does not move the row', () => {
    const store = loaded([status('a'), status('b')]);
    const ids = selectVisibleIds(store.getState());
    store.dispatch(statusUpdated(status('b', { state: 'active' })));
    expect(selectVisibleIds(store.getState())).toEqual(ids);
  });

  it('re-sorts when a number changes under a usage sort', () => {
    const store = loaded([
      status('a', { snapshot: snapshot({ windows: [win({ usedPercent: 50 })] }) }),
      status('b', { snapshot: snapshot({ windows: [win({ usedPercent: 20 })] }) }),
    ]);
    store.dispatch(sortToggled('usage'));
    expect(selectVisibleIds(store.getState())).toEqual(['a', 'b']);
    store.dispatch(
      statusUpdated(status('b', { snapshot: snapshot({ windows: [win({ usedPercent: 80 })] }) })),
    );
    expect(selectVisibleIds(store.getState())).toEqual(['b', 'a']);
  });

  it('is memoized: the same state gives the same row models array', () => {
    const store = loaded([status('a')]);
    expect(selectRowModels(store.getState())).toBe(selectRowModels(store.getState()));
  });

  it('shows accounts known only through statuses (the widget has no account list)', () => {
    const store = createAppStore();
    store.dispatch(statusUpdated(status('w')));
    expect(selectVisibleIds(store.getState())).toEqual(['w']);
  });
});
