// Row models by account id, rebuilt only when that account's own objects (or the thresholds) change.
// A push replaces one status entity, so the list's selector rebuilds one row model instead of all
// of them (50 pushes of 50 accounts would otherwise build 2,500), and each row reuses the same model.
import type { AccountDto, AccountStatus } from '@contract';
import type { RowModel, Thresholds } from './row-model';
import { buildRowModel } from './row-model';

interface Entry {
  account: AccountDto;
  status: AccountStatus | undefined;
  thresholds: Thresholds;
  row: RowModel;
}

export interface RowModelCache {
  /** The row model for these exact objects, reused when none of them changed. */
  get(account: AccountDto, status: AccountStatus | undefined, thresholds: Thresholds): RowModel;
  /** Forgets accounts not in `ids` (removed ones). */
  retain(ids: ReadonlySet<string>): void;
}

/** An empty cache. */
export function createRowModelCache(): RowModelCache {
  const entries = new Map<string, Entry>();
  return {
    get(account, status, thresholds) {
      const hit = entries.get(account.id);
      if (hit?.account === account && hit.status === status && hit.thresholds === thresholds) return hit.row;
      const row = buildRowModel(account, status, thresholds);
      entries.set(account.id, { account, status, thresholds, row });
      return row;
    },
    retain(ids) {
      for (const id of entries.keys()) if (!ids.has(id)) entries.delete(id);
    },
  };
}

/** The window's cache (one store per window). */
export const rowModelCache = createRowModelCache();
