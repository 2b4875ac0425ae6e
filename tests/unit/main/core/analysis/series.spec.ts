import { describe, expect, it } from 'vitest';
import {
  isWindowReset,
  lastSegmentStart,
  okSamples,
  percentQuantum,
  walletSeries,
  windowSeries,
} from '../../../../../apps/main/src/core/analysis/series';
import type { WindowPoint } from '../../../../../apps/main/src/core/analysis/series';
import { HOUR, MIN, T0, quotaWindow, sample, wallet } from './series/build';

const point = (t: number, usedPercent: number, extra: Partial<WindowPoint> = {}): WindowPoint => ({
  t,
  usedPercent,
  used: null,
  limit: null,
  resetsAt: T0 + HOUR,
  windowMinutes: 300,
  ...extra,
});

describe('series extraction', () => {
  it('groups readings by windowKey and wallets by currency, skipping unknown balances', () => {
    const five = quotaWindow({ kind: 'five_hour', minutes: 300, used: 10, limit: 100, resetsAt: T0 + HOUR });
    const s1 = sample('glm', T0, [five], [wallet('CNY', 10), { ...wallet('USD', 1), available: null }]);
    const s2 = sample('glm', T0 + MIN, [{ ...five, used: 12 }], [wallet('CNY', 9.5)]);
    const windows = windowSeries([s1, s2]);
    expect([...windows.keys()]).toEqual(['five_hour:general']);
    expect(windows.get('five_hour:general')?.map((p) => p.used)).toEqual([10, 12]);
    const wallets = walletSeries([s1, s2]);
    expect([...wallets.keys()]).toEqual(['CNY']);
    expect(wallets.get('CNY')?.map((p) => p.available)).toEqual([10, 9.5]);
  });

  it('follows windows that appear, vanish or change order between samples', () => {
    const five = quotaWindow({ kind: 'five_hour', minutes: 300, used: 1, limit: 100, resetsAt: T0 + HOUR });
    const weekly = quotaWindow({
      kind: 'weekly',
      minutes: 10080,
      used: 50,
      limit: 1000,
      resetsAt: T0 + 9 * HOUR,
    });
    const series = windowSeries([
      sample('glm', T0, [five]),
      sample('glm', T0 + MIN, [five, weekly]),
      sample('glm', T0 + 2 * MIN, [
        { ...weekly, used: 51 },
        { ...five, used: 2 },
      ]),
      sample('glm', T0 + 3 * MIN, [{ ...weekly, used: 52 }]),
    ]);
    expect(series.get('five_hour:general')?.map((p) => [p.t - T0, p.used])).toEqual([
      [0, 1],
      [MIN, 1],
      [2 * MIN, 2],
    ]);
    expect(series.get('weekly:general')?.map((p) => p.used)).toEqual([50, 51, 52]);
  });

  it('keeps only successful samples', () => {
    const ok = sample('deepseek', T0, [], [wallet('CNY', 1)]);
    const failed = { t: T0 + MIN, snapshot: { ...ok.snapshot, status: 'timeout' as const } };
    expect(okSamples([ok, failed])).toEqual([ok]);
  });

  it('detects whole-percent series', () => {
    expect(percentQuantum([point(T0, 40), point(T0 + MIN, 41)])).toBe(1);
    expect(percentQuantum([point(T0, 40), point(T0 + MIN, 40.7)])).toBe(0);
  });
});

describe('isWindowReset', () => {
  it('is a reset when the old reset time has passed', () => {
    expect(isWindowReset(point(T0, 50), point(T0 + HOUR, 50), 1)).toBe(true);
  });

  it('is a reset when the reset time jumps forward, but not on a few seconds of drift', () => {
    expect(isWindowReset(point(T0, 50), point(T0 + MIN, 50, { resetsAt: T0 + 6 * HOUR }), 1)).toBe(true);
    expect(isWindowReset(point(T0, 50), point(T0 + MIN, 50, { resetsAt: T0 + HOUR + 900 }), 1)).toBe(false);
  });

  it('is a reset when an exact counter goes down', () => {
    const a = point(T0, 40, { used: 800, limit: 2000 });
    expect(isWindowReset(a, point(T0 + MIN, 39.95, { used: 799, limit: 2000 }), 1)).toBe(true);
    expect(isWindowReset(a, point(T0 + MIN, 40, { used: 800, limit: 2000 }), 1)).toBe(false);
  });

  it('treats a one-step dip of a whole percent as rounding, two steps as a reset', () => {
    expect(isWindowReset(point(T0, 41), point(T0 + MIN, 40), 1)).toBe(false);
    expect(isWindowReset(point(T0, 41), point(T0 + MIN, 39), 1)).toBe(true);
    expect(isWindowReset(point(T0, 41.2), point(T0 + MIN, 41.1), 0)).toBe(true);
  });

  it('finds the start of the last segment', () => {
    const pts = [point(T0, 10), point(T0 + MIN, 12), point(T0 + 2 * MIN, 0), point(T0 + 3 * MIN, 1)];
    expect(lastSegmentStart(pts, 1)).toBe(2);
    expect(lastSegmentStart(pts.slice(0, 2), 1)).toBe(0);
  });
});
