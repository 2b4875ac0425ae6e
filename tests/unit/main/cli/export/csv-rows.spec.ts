// Every CSV row has exactly one value per column, and values land under the right header.
import { describe, expect, it } from 'vitest';
import type { AccountDto, AccountSnapshot } from '@contract';
import {
  ROLLUP_COLUMNS,
  SNAPSHOT_COLUMNS,
  rollupRows,
  snapshotRows,
} from '../../../../../apps/main/src/cli/export/csv-rows';

const account: AccountDto = {
  id: 'acc-1',
  provider: 'glm-coding-plan',
  region: 'cn',
  model: null,
  label: 'Lite, CN',
  baseUrl: null,
  settings: {},
  keyMask: 'sk-…abcd',
  createdAt: 0,
  updatedAt: 0,
};
const T = Date.UTC(2026, 0, 1, 8);

const snapshot: AccountSnapshot = {
  provider: 'glm-coding-plan',
  fetchedAt: T,
  status: 'ok',
  planName: 'Lite',
  windows: [
    {
      kind: 'five_hour',
      label: '5-hour',
      windowMinutes: 300,
      usedPercent: 40.7,
      used: 814,
      limit: 2000,
      remaining: 1186,
      unit: 'credits',
      resetsAt: T + 3_600_000,
      scope: 'general',
    },
  ],
  wallets: [
    { currency: 'CNY', available: 110, granted: 10, paid: 100, frozen: null, spent: 5, usable: true },
  ],
  packages: [],
  error: null,
};

const byColumn = <C extends string>(columns: readonly C[], row: unknown[]) =>
  Object.fromEntries(columns.map((c, i) => [c, row[i]])) as Record<C, unknown>;

describe('snapshot rows', () => {
  it('gives one row per window and wallet with every column filled in place', () => {
    const rows = snapshotRows(account, snapshot);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toHaveLength(SNAPSHOT_COLUMNS.length);
    const [w, $] = rows.map((r) => byColumn(SNAPSHOT_COLUMNS, r));
    expect(w).toMatchObject({
      account_id: 'acc-1',
      label: 'Lite, CN',
      fetched_at: '2026-01-01T08:00:00.000Z',
      kind: 'window',
      series: 'five_hour:general',
      used_percent: 40.7,
      limit: 2000,
      resets_at: '2026-01-01T09:00:00.000Z',
      window_minutes: 300,
      currency: null,
    });
    expect($).toMatchObject({
      kind: 'wallet',
      series: 'wallet:CNY',
      available: 110,
      spent: 5,
      used_percent: null,
    });
  });

  it('keeps a failed fetch as one row with its status and error', () => {
    const failed: AccountSnapshot = {
      ...snapshot,
      status: 'auth_error',
      windows: [],
      wallets: [],
      error: { kind: 'auth_error', message: 'invalid key' },
    };
    const rows = snapshotRows(account, failed);
    expect(rows).toHaveLength(1);
    expect(byColumn(SNAPSHOT_COLUMNS, rows[0]!)).toMatchObject({
      status: 'auth_error',
      kind: null,
      error: 'invalid key',
    });
  });
});

describe('rollup rows', () => {
  it('gives one row per series of a bucket', () => {
    const rows = rollupRows(account, '1m', {
      t: T,
      series: [
        {
          kind: 'window',
          series: 'five_hour:general',
          label: '5-hour',
          unit: 'credits',
          samples: 6,
          lastPercent: 40.7,
          minPercent: 40.1,
          maxPercent: 40.7,
          lastUsed: 814,
          lastLimit: 2000,
          lastRemaining: 1186,
        },
        { kind: 'wallet', series: 'wallet:CNY', currency: 'CNY', samples: 6, lastAvailable: 110 },
      ],
    });
    for (const row of rows) expect(row).toHaveLength(ROLLUP_COLUMNS.length);
    const [w, $] = rows.map((r) => byColumn(ROLLUP_COLUMNS, r));
    expect(w).toMatchObject({
      resolution: '1m',
      bucket_start: '2026-01-01T08:00:00.000Z',
      min_percent: 40.1,
      samples: 6,
    });
    expect($).toMatchObject({ kind: 'wallet', last_available: 110, last_percent: null });
  });
});
