import type { AccountSnapshot } from '@contract';
import { describe, expect, it } from 'vitest';
import { openStore, StoreError } from '../../../../../apps/main/src/core/store/index';
import { addAccount, errorSnapshot, planSnapshot, T0, tempDir, testStore, wallet, window } from './helpers';

const DAY = 86_400_000;

describe('store.snapshots', () => {
  it('returns exactly the snapshot that was inserted, after a reopen too', () => {
    const dir = tempDir();
    const store = openStore({ dataDir: dir });
    const id = addAccount(store);
    const snaps: AccountSnapshot[] = [
      planSnapshot(T0, 814, {
        windows: [
          window(814),
          window(3, {
            kind: 'weekly',
            label: 'weekly',
            usedPercent: 41.5,
            used: null,
            limit: null,
            remaining: null,
            resetsAt: null,
          }),
        ],
        packages: [
          {
            name: 'pkg',
            model: null,
            unit: 'tokens',
            total: 1e7,
            remaining: 7.35e6,
            expiresAt: T0 + 30 * DAY,
          },
        ],
      }),
      errorSnapshot(T0 + 10_000),
      {
        ...planSnapshot(T0 + 20_000),
        provider: 'deepseek',
        planName: null,
        windows: [],
        wallets: [wallet(110.07), wallet(3.5, { currency: 'USD', usable: false })],
      },
    ];
    store.snapshots.insertMany(snaps.map((snapshot) => ({ accountId: id, snapshot })));
    store.close();
    const again = testStore({ dataDir: dir });
    expect(again.snapshots.range(id, 0, Number.MAX_SAFE_INTEGER)).toStrictEqual(snaps);
    expect(again.snapshots.latest(id)).toStrictEqual(snaps[2]);
  });

  it('keeps latest (any status) and latestOk apart', () => {
    const store = testStore();
    const id = addAccount(store);
    expect(store.snapshots.latest(id)).toBeNull();
    expect(store.snapshots.latestOk(id)).toBeNull();
    store.snapshots.insert(id, errorSnapshot(T0));
    expect(store.snapshots.latest(id)).toStrictEqual(errorSnapshot(T0));
    expect(store.snapshots.latestOk(id)).toBeNull();
    store.snapshots.insert(id, planSnapshot(T0 + 10_000, 5));
    store.snapshots.insert(id, errorSnapshot(T0 + 20_000));
    expect(store.snapshots.latest(id)).toStrictEqual(errorSnapshot(T0 + 20_000));
    expect(store.snapshots.latestOk(id)).toStrictEqual(planSnapshot(T0 + 10_000, 5));
    // An older row arriving late does not become "latest".
    store.snapshots.insert(id, planSnapshot(T0 + 1, 1));
    expect(store.snapshots.latestOk(id)).toStrictEqual(planSnapshot(T0 + 10_000, 5));
    expect(store.snapshots.latest('unknown')).toBeNull();
  });

  it('replaces a snapshot with the same fetchedAt, and latestOk looks past a replaced ok row', () => {
    const store = testStore();
    const id = addAccount(store);
    store.snapshots.insert(id, planSnapshot(T0, 1));
    store.snapshots.insert(id, planSnapshot(T0 + 10, 2));
    store.snapshots.insert(id, errorSnapshot(T0 + 10));
    expect(store.snapshots.countFor(id)).toBe(2);
    expect(store.snapshots.latest(id)).toStrictEqual(errorSnapshot(T0 + 10));
    expect(store.snapshots.latestOk(id)).toStrictEqual(planSnapshot(T0, 1));
  });

  it('reads a range inclusively, oldest first, with a limit', () => {
    const store = testStore();
    const id = addAccount(store);
    const other = addAccount(store, 'other');
    store.snapshots.insertMany(
      Array.from({ length: 10 }, (_, i) => ({
        accountId: i % 2 ? other : id,
        snapshot: planSnapshot(T0 + i * 1000, i),
      })),
    );
    expect(store.snapshots.range(id, T0 + 2000, T0 + 6000).map((s) => s.fetchedAt)).toEqual([
      T0 + 2000,
      T0 + 4000,
      T0 + 6000,
    ]);
    expect(store.snapshots.range(id, T0, T0 + 9000, 2).map((s) => s.windows[0]!.used)).toEqual([0, 2]);
    expect(store.snapshots.countFor(id)).toBe(5);
    expect(store.snapshots.range('unknown', 0, T0)).toEqual([]);
  });

  it('inserts a batch in one transaction: one bad row and none are stored', () => {
    const store = testStore();
    const id = addAccount(store);
    const rows = [
      { accountId: id, snapshot: planSnapshot(T0, 1, { planName: 'brand new shape' }) },
      { accountId: 'missing-account', snapshot: planSnapshot(T0 + 1) },
    ];
    expect(() => store.snapshots.insertMany(rows)).toThrow(StoreError);
    expect(store.snapshots.countFor(id)).toBe(0);
    expect(store.snapshots.latest(id)).toBeNull();
    // The shape taken by the rolled-back row is not reused from a stale cache.
    store.snapshots.insert(id, planSnapshot(T0, 1, { planName: 'brand new shape' }));
    expect(store.snapshots.latest(id)).toStrictEqual(planSnapshot(T0, 1, { planName: 'brand new shape' }));
  });

  it('stores many snapshots compactly, sharing one shape', () => {
    const store = testStore();
    const id = addAccount(store);
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      accountId: id,
      snapshot: planSnapshot(T0 + i * 10_000, i % 2000),
    }));
    store.snapshots.insertMany(rows);
    expect(store.snapshots.range(id, 0, Number.MAX_SAFE_INTEGER)).toStrictEqual(rows.map((r) => r.snapshot));
    expect(store.snapshots.countFor(id)).toBe(2000);
  });
});
