// Sorting and filtering of row models: pure, so the list's order is testable without a browser.
import type { RowModel } from './row-model';
import type { ShowFilter, SortKey, UiState } from '../ui/ui-slice';

const STATE_ORDER: Record<RowModel['state'], number> = {
  error: 0,
  stale: 1,
  active: 2,
  detecting: 3,
  idle: 4,
  paused: 5,
  loading: 6,
};

/** The value a column sorts by; null sorts last whatever the direction. */
function sortValue(row: RowModel, key: SortKey): number | string | null {
  switch (key) {
    case 'created':
      return row.createdAt;
    case 'state':
      return STATE_ORDER[row.state];
    case 'account':
      return row.label.toLocaleLowerCase();
    case 'usage':
      return row.headline?.usedPercent ?? null;
    case 'balance':
      return row.wallets[0]?.available ?? null;
    case 'rate':
      if (!row.rate) return null;
      return row.rate.kind === 'units' ? row.rate.perMinute : row.rate.perHour;
    case 'reset':
      return row.resetsAt;
  }
}

/** Rows in the order of a sort key and direction; ties keep creation order. */
export function sortRows(rows: readonly RowModel[], sort: UiState['sort']): RowModel[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, sort.key);
    const vb = sortValue(b, sort.key);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else if (va !== vb) {
      const cmp = typeof va === 'string' && typeof vb === 'string' ? va.localeCompare(vb) : va < vb ? -1 : 1;
      return cmp * sign;
    }
    return a.createdAt - b.createdAt;
  });
}

/** True when the row needs the user's attention: failing, stale, at risk, critical or planless. */
export function needsAttention(row: RowModel): boolean {
  return row.state === 'error' || row.stale || row.atRisk || row.level === 'crit' || row.noPlan;
}

function matchesShow(row: RowModel, show: ShowFilter): boolean {
  if (show === 'active') return row.state === 'active';
  if (show === 'issues') return needsAttention(row);
  return true;
}

/** Rows that pass the filter; `providerNames` gives the searchable names of a provider id. */
export function filterRows(
  rows: readonly RowModel[],
  filter: UiState['filter'],
  providerNames: (id: RowModel['provider']) => readonly string[],
): RowModel[] {
  const needle = filter.text.trim().toLocaleLowerCase();
  return rows.filter((row) => {
    if (filter.provider !== 'all' && row.provider !== filter.provider) return false;
    if (!matchesShow(row, filter.show)) return false;
    if (!needle) return true;
    const hay = [
      row.label,
      row.provider,
      row.model ?? '',
      row.plan ?? '',
      row.region ?? '',
      ...providerNames(row.provider),
    ];
    return hay.some((s) => s.toLocaleLowerCase().includes(needle));
  });
}
