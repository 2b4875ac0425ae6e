import { describe, expect, it } from 'vitest';
import type { Store } from '../../../../../apps/main/src/core/store/index';
import { addAccount, errorSnapshot, planSnapshot, T0, testStore } from './helpers';

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const ALL = { from: 0, to: Number.MAX_SAFE_INTEGER };

function drain(
  store: Store,
  maxRows: number,
  now: number,
): { rolledUp: number; pruned: number; steps: number } {
  const total = { rolledUp: 0, pruned: 0, steps: 0 };
  for (;;) {
    const r = store.maintenance.step({ maxRows }, now);
    expect(r.rolledUp + r.pruned).toBeLessThanOrEqual(maxRows);
    total.rolledUp += r.rolledUp;
    total.pruned += r.pruned;
    total.steps++;
    if (r.done) return total;
  }
}

describe('store.maintenance retention', () => {
  it('prunes raw rows after rawDays and minute rollups after minuteDays, in bounded steps, keeping hourly', () => {
    let now = T0;
    const store = testStore({ now: () => now });
    const id = addAccount(store);
    store.settings.update({ retention: { rawDays: 1, minuteDays: 2 } });
    // One sample every 5 minutes for 4 days: 1152 raw rows.
    const rows = Array.from({ length: 4 * 288 }, (_, i) => ({
      accountId: id,
      snapshot: planSnapshot(T0 + i * 5 * MIN, i % 2000),
    }));
    store.snapshots.insertMany(rows);
    now = T0 + 4 * DAY;
    const total = drain(store, 50, now);
    expect(total.steps).toBeGreaterThan(20);
    // Raw: only the last day remains (from the first whole minute at or after now - 1 day).
    const raw = store.snapshots.range(id, 0, Number.MAX_SAFE_INTEGER);
    expect(raw[0]!.fetchedAt).toBe(now - DAY);
    expect(raw).toHaveLength(288);
    // Minute rollups: the last two days; hourly: all four days.
    const minutes = store.rollups.buckets(id, '1m', ALL);
    expect(minutes[0]!.t).toBe(now - 2 * DAY);
    expect(minutes).toHaveLength(2 * 288);
    const hours = store.rollups.buckets(id, '1h', ALL);
    expect(hours).toHaveLength(4 * 24);
    expect(hours[0]!.t).toBe(T0);
    expect(total.pruned).toBe(4 * 288 - 288 + (4 * 288 - 2 * 288));
  });

  it('never prunes rows that are not rolled up yet', () => {
    const store = testStore({ now: () => T0 + 10 * DAY });
    const id = addAccount(store);
    store.settings.update({ retention: { rawDays: 1, minuteDays: 1 } });
    store.snapshots.insertMany(
      [0, 1, 2].map((i) => ({ accountId: id, snapshot: planSnapshot(T0 + i * MIN, i) })),
    );
    // A budget of one row only lets the minute pass read; pruning must wait for the rollup.
    const r = store.maintenance.step({ maxRows: 1 }, T0 + 10 * DAY);
    expect(r.pruned).toBe(0);
    drain(store, 1000, T0 + 10 * DAY);
    expect(store.rollups.buckets(id, '1h', ALL)[0]!.series[0]!.count).toBe(3);
  });

  it('keeps the latest and latest-ok snapshots however old they are', () => {
    const store = testStore({ now: () => T0 + 30 * DAY });
    const id = addAccount(store);
    store.snapshots.insertMany([
      { accountId: id, snapshot: planSnapshot(T0, 1) },
      { accountId: id, snapshot: planSnapshot(T0 + MIN, 2) },
      { accountId: id, snapshot: errorSnapshot(T0 + 2 * MIN) },
    ]);
    drain(store, 1000, T0 + 30 * DAY);
    expect(store.snapshots.countFor(id)).toBe(2);
    expect(store.snapshots.latest(id)).toStrictEqual(errorSnapshot(T0 + 2 * MIN));
    expect(store.snapshots.latestOk(id)).toStrictEqual(planSnapshot(T0 + MIN, 2));
  });

  it('prunes events older than the minute retention', () => {
    const store = testStore();
    for (const at of [T0, T0 + 50 * DAY, T0 + 95 * DAY]) {
      store.events.add({ accountId: null, at, level: 'info', kind: 'notice', messageId: 'm', params: {} });
    }
    drain(store, 1000, T0 + 100 * DAY);
    expect(store.events.list().map((e) => e.at)).toEqual([T0 + 95 * DAY, T0 + 50 * DAY]);
  });

  it('reports done only when nothing is left', () => {
    const store = testStore({ now: () => T0 });
    const id = addAccount(store);
    expect(store.maintenance.step({ maxRows: 10 }, T0)).toEqual({ rolledUp: 0, pruned: 0, done: true });
    store.snapshots.insertMany(
      Array.from({ length: 30 }, (_, i) => ({ accountId: id, snapshot: planSnapshot(T0 + i * MIN, i) })),
    );
    expect(store.maintenance.step({ maxRows: 10 }, T0 + HOUR).done).toBe(false);
  });
});
