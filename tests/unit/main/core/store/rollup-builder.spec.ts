import type { AccountSnapshot } from '@contract';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../../../../apps/main/src/core/store/index';
import { addAccount, errorSnapshot, planSnapshot, T0, testStore, wallet, window } from './helpers';

const MIN = 60_000;
const HOUR = 3_600_000;
const ALL = { from: 0, to: Number.MAX_SAFE_INTEGER };

function runUntilDone(store: Store, maxRows: number, now: number): number {
  let steps = 0;
  while (!store.maintenance.step({ maxRows }, now).done) steps++;
  return steps + 1;
}

/** Two windows and a wallet, every sample different. */
function mixed(t: number, i: number): AccountSnapshot {
  return planSnapshot(t, 100 + i, {
    windows: [
      window(100 + i),
      window(1000 + 3 * i, {
        kind: 'weekly',
        label: 'weekly',
        limit: 50_000,
        usedPercent: ((1000 + 3 * i) / 50_000) * 100,
        remaining: 49_000 - 3 * i,
      }),
    ],
    wallets: [wallet(500 - i * 0.25)],
  });
}

describe('rollups', () => {
  it('folds raw rows into 1-minute buckets with exact boundaries and statistics', () => {
    const store = testStore({ now: () => T0 });
    const id = addAccount(store);
    const at = [0, 10_000, MIN - 1, MIN, 2 * MIN + 5];
    const used = [100, 40, 300, 500, 600];
    store.snapshots.insertMany(
      at.map((dt, i) => ({ accountId: id, snapshot: planSnapshot(T0 + dt, used[i]) })),
    );
    store.snapshots.insert(id, errorSnapshot(T0 + 20_000));
    // At T0+2m+10s the third minute is still open, so only two buckets are final.
    const r = store.maintenance.step({ maxRows: 1000 }, T0 + 2 * MIN + 10_000);
    expect(r).toEqual({ rolledUp: 5, pruned: 0, done: true });
    expect(store.rollups.buckets(id, '1m', ALL)).toEqual([
      {
        t: T0,
        series: [
          {
            kind: 'window',
            key: 'five_hour:general',
            label: '5-hour',
            unit: 'credits',
            count: 3,
            lastPercent: 15,
            minPercent: 2,
            maxPercent: 15,
            lastUsed: 300,
            lastRemaining: 1700,
            lastLimit: 2000,
          },
        ],
      },
      {
        t: T0 + MIN,
        series: [
          {
            kind: 'window',
            key: 'five_hour:general',
            label: '5-hour',
            unit: 'credits',
            count: 1,
            lastPercent: 25,
            minPercent: 25,
            maxPercent: 25,
            lastUsed: 500,
            lastRemaining: 1500,
            lastLimit: 2000,
          },
        ],
      },
    ]);
    store.maintenance.step({ maxRows: 1000 }, T0 + 3 * MIN);
    expect(store.rollups.buckets(id, '1m', ALL).map((b) => b.t)).toEqual([T0, T0 + MIN, T0 + 2 * MIN]);
  });

  it('keeps wallets and several windows as separate series; a minute of failures makes no bucket', () => {
    const store = testStore({ now: () => T0 });
    const id = addAccount(store);
    store.snapshots.insertMany([
      { accountId: id, snapshot: mixed(T0, 0) },
      { accountId: id, snapshot: mixed(T0 + 30_000, 1) },
      { accountId: id, snapshot: errorSnapshot(T0 + MIN) },
    ]);
    store.maintenance.step({ maxRows: 1000 }, T0 + 5 * MIN);
    const buckets = store.rollups.buckets(id, '1m', ALL);
    expect(buckets).toHaveLength(1);
    expect(buckets[0]!.series.map((s) => [s.key, s.count])).toEqual([
      ['five_hour:general', 2],
      ['weekly:general', 2],
      ['wallet:CNY', 2],
    ]);
    expect(buckets[0]!.series[2]).toEqual({
      kind: 'wallet',
      key: 'wallet:CNY',
      currency: 'CNY',
      count: 2,
      lastAvailable: 499.75,
    });
    expect(buckets[0]!.series[1]).toMatchObject({
      lastPercent: 2.006,
      minPercent: 2,
      maxPercent: 2.006,
      lastUsed: 1003,
    });
  });

  it('folds finished hours of minute buckets into hourly buckets', () => {
    const store = testStore({ now: () => T0 });
    const id = addAccount(store);
    const rows = Array.from({ length: 2 * 360 + 10 }, (_, i) => ({
      accountId: id,
      snapshot: planSnapshot(T0 + i * 10_000, (i * 7) % 2000),
    }));
    store.snapshots.insertMany(rows);
    runUntilDone(store, 100_000, T0 + 2 * HOUR + 30 * MIN);
    const hours = store.rollups.buckets(id, '1h', ALL);
    expect(hours.map((h) => h.t)).toEqual([T0, T0 + HOUR]);
    const first = rows.slice(0, 360).map((r) => r.snapshot.windows[0]!);
    expect(hours[0]!.series[0]).toMatchObject({
      count: 360,
      lastUsed: first[359]!.used,
      minPercent: Math.min(...first.map((w) => w.usedPercent)),
      maxPercent: Math.max(...first.map((w) => w.usedPercent)),
    });
    expect(hours[1]!.series[0]!.count).toBe(360);
  });

  it('gives the same buckets in many small steps as in one big step, and a rerun changes nothing', () => {
    const now = T0 + 3 * HOUR;
    const rows = (id: string) =>
      Array.from({ length: 1000 }, (_, i) => ({
        accountId: id,
        snapshot: mixed(T0 + i * 10_000 + (i % 3), i),
      }));
    const big = testStore({ now: () => now });
    const small = testStore({ now: () => now });
    const a = addAccount(big);
    const b = addAccount(small);
    big.snapshots.insertMany(rows(a));
    small.snapshots.insertMany(rows(b));
    expect(runUntilDone(big, 1_000_000, now)).toBe(1);
    const steps = runUntilDone(small, 7, now);
    expect(steps).toBeGreaterThan(100);
    for (const res of ['1m', '1h'] as const) {
      expect(small.rollups.buckets(b, res, ALL)).toEqual(big.rollups.buckets(a, res, ALL));
    }
    const before = big.rollups.buckets(a, '1m', ALL);
    expect(big.maintenance.step({ maxRows: 1000 }, now)).toEqual({ rolledUp: 0, pruned: 0, done: true });
    expect(big.rollups.buckets(a, '1m', ALL)).toEqual(before);
    expect(big.rollups.buckets(a, '1m', ALL)).toHaveLength(167);
  });

  it('finishes a minute holding more rows than the budget instead of stalling', () => {
    const store = testStore({ now: () => T0 });
    const id = addAccount(store);
    store.snapshots.insertMany(
      Array.from({ length: 50 }, (_, i) => ({ accountId: id, snapshot: planSnapshot(T0 + i * 100, i) })),
    );
    const r = store.maintenance.step({ maxRows: 10 }, T0 + 10 * MIN);
    expect(r.rolledUp).toBe(50);
    expect(store.rollups.buckets(id, '1m', ALL)[0]!.series[0]!.count).toBe(50);
  });

  it('rebuilds a finished minute and its hour when a late row arrives', () => {
    const store = testStore({ now: () => T0 + 2 * HOUR });
    const id = addAccount(store);
    store.snapshots.insertMany(
      [0, 20_000, 40_000].map((dt, i) => ({ accountId: id, snapshot: planSnapshot(T0 + dt, 10 * (i + 1)) })),
    );
    runUntilDone(store, 1000, T0 + 2 * HOUR);
    expect(store.rollups.buckets(id, '1h', ALL)[0]!.series[0]!.count).toBe(3);
    store.snapshots.insert(id, planSnapshot(T0 + 50_000, 1999));
    runUntilDone(store, 1000, T0 + 2 * HOUR);
    expect(store.rollups.buckets(id, '1m', ALL)[0]!.series[0]).toMatchObject({ count: 4, lastUsed: 1999 });
    expect(store.rollups.buckets(id, '1h', ALL)[0]!.series[0]).toMatchObject({
      count: 4,
      lastUsed: 1999,
      maxPercent: 99.95,
    });
  });
});
