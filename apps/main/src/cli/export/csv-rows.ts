// The rows of `cpms export --format csv`: one per quota window or wallet of each snapshot (a snapshot
// with neither, e.g. a failed fetch, still gets one row so failures show), or with --rollups one per
// series of each rollup bucket. Times are ISO 8601 UTC; numbers are as stored.
import { windowKey } from '@contract';
import type { AccountDto, AccountSnapshot } from '@contract';
import type { CsvValue } from '../format/csv';
import type { ExportBucket } from './rollup-entry';

export const SNAPSHOT_COLUMNS = [
  'account_id',
  'label',
  'provider',
  'region',
  'fetched_at',
  'status',
  'kind',
  'series',
  'series_label',
  'used_percent',
  'used',
  'limit',
  'remaining',
  'unit',
  'resets_at',
  'window_minutes',
  'currency',
  'available',
  'granted',
  'paid',
  'frozen',
  'spent',
  'error',
] as const;

export const ROLLUP_COLUMNS = [
  'account_id',
  'label',
  'provider',
  'region',
  'resolution',
  'bucket_start',
  'kind',
  'series',
  'series_label',
  'unit',
  'samples',
  'last_percent',
  'min_percent',
  'max_percent',
  'last_used',
  'last_limit',
  'last_remaining',
  'currency',
  'last_available',
] as const;

type SnapshotColumn = (typeof SNAPSHOT_COLUMNS)[number];
type RollupColumn = (typeof ROLLUP_COLUMNS)[number];

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/**
 * Builds rows by column name from two small objects, the per-snapshot `base` and the per-row values
 * (exports run to hundreds of thousands of rows; spreading them into one object per row was 6× slower).
 */
function rowBuilder<C extends string>(
  columns: readonly C[],
): (base: Partial<Record<C, CsvValue>>, values: Partial<Record<C, CsvValue>>) => CsvValue[] {
  // `base` and `values` name disjoint columns, so `??` only falls through to the other object.
  return (base, values) => columns.map((c) => values[c] ?? base[c] ?? null);
}

const snapshotRow = rowBuilder<SnapshotColumn>(SNAPSHOT_COLUMNS);
const rollupRow = rowBuilder<RollupColumn>(ROLLUP_COLUMNS);

/** The CSV rows of one snapshot, in SNAPSHOT_COLUMNS order. */
export function snapshotRows(account: AccountDto, s: AccountSnapshot): CsvValue[][] {
  const base: Partial<Record<SnapshotColumn, CsvValue>> = {
    account_id: account.id,
    label: account.label,
    provider: account.provider,
    region: account.region,
    fetched_at: iso(s.fetchedAt),
    status: s.status,
    error: s.error?.message ?? null,
  };
  const head = (values: Partial<Record<SnapshotColumn, CsvValue>>): CsvValue[] => snapshotRow(base, values);
  const rows = s.windows.map((w) =>
    head({
      kind: 'window',
      series: windowKey(w),
      series_label: w.label,
      used_percent: w.usedPercent,
      used: w.used,
      limit: w.limit,
      remaining: w.remaining,
      unit: w.unit,
      resets_at: iso(w.resetsAt),
      window_minutes: w.windowMinutes,
    }),
  );
  for (const w of s.wallets) {
    rows.push(
      head({
        kind: 'wallet',
        series: `wallet:${w.currency}`,
        series_label: w.currency,
        currency: w.currency,
        available: w.available,
        granted: w.granted,
        paid: w.paid,
        frozen: w.frozen,
        spent: w.spent,
      }),
    );
  }
  if (rows.length === 0) rows.push(head({}));
  return rows;
}

/** The CSV rows of one rollup bucket, in ROLLUP_COLUMNS order. */
export function rollupRows(account: AccountDto, resolution: '1m' | '1h', b: ExportBucket): CsvValue[][] {
  const base: Partial<Record<RollupColumn, CsvValue>> = {
    account_id: account.id,
    label: account.label,
    provider: account.provider,
    region: account.region,
    resolution,
    bucket_start: iso(b.t),
  };
  return b.series.map((s) =>
    rollupRow(
      base,
      s.kind === 'window'
        ? {
            kind: 'window',
            series: s.series,
            series_label: s.label,
            unit: s.unit,
            samples: s.samples,
            last_percent: s.lastPercent,
            min_percent: s.minPercent,
            max_percent: s.maxPercent,
            last_used: s.lastUsed,
            last_limit: s.lastLimit,
            last_remaining: s.lastRemaining,
          }
        : {
            kind: 'wallet',
            series: s.series,
            series_label: s.currency,
            samples: s.samples,
            currency: s.currency,
            last_available: s.lastAvailable,
          },
    ),
  );
}
