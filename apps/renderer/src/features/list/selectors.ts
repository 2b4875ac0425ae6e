// Memoized selectors of the account list. The list selects only the ordered ids; each row selects
// its own account and status by id.
import { createSelector } from '@reduxjs/toolkit';
import type { AccountDto, AccountStatus, ProviderId } from '@contract';
import { DICTIONARIES } from '../../i18n/translate';
import type { RootState } from '../store';
import { rowModelCache } from './row-cache';
import type { RowModel, Thresholds } from './row-model';
import { filterRows, sortRows } from './sort-filter';

const DEFAULT_THRESHOLDS: Thresholds = { warnPercent: 80, critPercent: 95 };

export const selectAccountEntities = (s: RootState) => s.accounts.entities;
export const selectStatusEntities = (s: RootState) => s.statuses.entities;
export const selectAccountById = (s: RootState, id: string): AccountDto | undefined =>
  s.accounts.entities[id] ?? s.statuses.entities[id]?.account;
export const selectStatusById = (s: RootState, id: string): AccountStatus | undefined =>
  s.statuses.entities[id];

/** Warn and critical levels from the settings, with the defaults until they load. */
export const selectThresholds = createSelector(
  [(s: RootState) => s.settings.value?.warnPercent, (s: RootState) => s.settings.value?.critPercent],
  (warn, crit): Thresholds => ({
    warnPercent: warn ?? DEFAULT_THRESHOLDS.warnPercent,
    critPercent: crit ?? DEFAULT_THRESHOLDS.critPercent,
  }),
);

/** Every account's row model (accounts known only through a status count too: the widget). */
export const selectRowModels = createSelector(
  [selectAccountEntities, selectStatusEntities, selectThresholds],
  (accounts, statuses, thresholds): RowModel[] => {
    const ids = new Set([...Object.keys(accounts), ...Object.keys(statuses)]);
    const rows: RowModel[] = [];
    for (const id of ids) {
      const account = accounts[id] ?? statuses[id]?.account;
      if (account) rows.push(rowModelCache.get(account, statuses[id], thresholds));
    }
    rowModelCache.retain(ids);
    return rows;
  },
);

const providerNames = (id: ProviderId): string[] => [
  DICTIONARIES.en[`provider.${id}`],
  DICTIONARIES['zh-CN'][`provider.${id}`],
];

/** The ids shown, filtered and sorted. Compare with shallowEqual so an unchanged order skips a render. */
export const selectVisibleIds = createSelector(
  [selectRowModels, (s: RootState) => s.ui.sort, (s: RootState) => s.ui.filter],
  (rows, sort, filter): string[] => sortRows(filterRows(rows, filter, providerNames), sort).map((r) => r.id),
);

export const selectTotalCount = (s: RootState): number => selectRowModels(s).length;
