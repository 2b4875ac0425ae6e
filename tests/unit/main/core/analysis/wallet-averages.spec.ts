import { describe, expect, it } from 'vitest';
import {
  cumulativeSpend,
  mergeHistory,
  spendPerDay,
} from '../../../../../apps/main/src/core/analysis/wallet-averages';
import { DAY, HOUR, MIN, T0 } from './series/build';

describe('wallet averages', () => {
  it('averages spending per day over the covered span, ignoring top-ups', () => {
    const points = [
      { t: T0, available: 100 },
      { t: T0 + 6 * HOUR, available: 94 },
      { t: T0 + 7 * HOUR, available: 194 }, // top-up
      { t: T0 + 12 * HOUR, available: 188 },
    ];
    expect(spendPerDay(points, T0 + 12 * HOUR, DAY, HOUR)).toBeCloseTo(24, 9);
  });

  it('is null when the points cover less than the minimum, and only looks inside the horizon', () => {
    const short = [
      { t: T0, available: 10 },
      { t: T0 + 30 * MIN, available: 9 },
    ];
    expect(spendPerDay(short, T0 + 30 * MIN, DAY, HOUR)).toBeNull();
    const old = [{ t: T0 - 3 * DAY, available: 500 }, ...short, { t: T0 + 2 * HOUR, available: 9 }];
    expect(spendPerDay(old, T0 + 2 * HOUR, DAY, HOUR)).toBeCloseTo(12, 9);
  });

  it('never interleaves rollups with raw samples', () => {
    const history = [
      { t: T0 - HOUR, available: 50 },
      { t: T0 + MIN, available: 49.5 }, // an averaged rollup overlapping the raw span
    ];
    const merged = mergeHistory(history, [
      { t: T0, available: 49.9 },
      { t: T0 + 2 * MIN, available: 49.8 },
    ]);
    expect(merged.map((p) => p.t)).toEqual([T0 - HOUR, T0, T0 + 2 * MIN]);
  });

  it('builds a cumulative spend that never goes down', () => {
    const spend = cumulativeSpend(
      [110, 109, 209, 208.5].map((available, i) => ({ t: T0 + i * MIN, available })),
    );
    expect(spend.map((p) => p.v)).toEqual([0, 1, 1, 1.5]);
  });
});
