// Hooks a row uses: its own account and status by id, so a push for another account does not
// re-render it.
import { useMemo } from 'react';
import { useAppSelector } from '../store';
import type { RowModel } from './row-model';
import { rowModelCache } from './row-cache';
import { selectAccountById, selectStatusById, selectThresholds } from './selectors';

/** The row model of one account, rebuilt only when that account, its status or thresholds change. */
export function useRowModel(id: string): RowModel | null {
  const account = useAppSelector((s) => selectAccountById(s, id));
  const status = useAppSelector((s) => selectStatusById(s, id));
  const thresholds = useAppSelector(selectThresholds);
  return useMemo(
    () => (account ? rowModelCache.get(account, status, thresholds) : null),
    [account, status, thresholds],
  );
}

/** The global used/left toggle. */
export function usePercentDisplay(): 'used' | 'left' {
  return useAppSelector((s) => s.settings.value?.percentDisplay ?? 'used');
}
