import { DEFAULT_SETTINGS } from '@contract';
import { describe, expect, it } from 'vitest';
import { downsample, pickResolution } from '../../../../../apps/main/src/core/store/history';
import type { SeriesBucket } from '../../../../../apps/main/src/core/store/index';
import { addAccount, planSnapshot, T0, testStore, wallet } from './helpers';

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

function hourBucket(t: number, percent: number): SeriesBucket {
  return {
    t,
    series: [
      {
        kind: 'window',
        key: 'five_hour:general',
        label: '5-hour',
        unit: 'credits',
        count: 360,
        lastPercent: percent,
        minPercent: percent,
        maxPercent: percent,
        lastUsed: null,
        lastRemaining: null,
        lastLimit: null,
      },
      { kind: 'wallet', key: 'wallet:CNY', currency: 'CNY', count: 360, lastAvailable: 1000 - percent },
    ],
  };
}

describe('history resolution and downsampling', () => {
  const keep = DEFAULT_SETTINGS.retention;
  it('picks raw for hours, 1-minute for days, hourly for weeks and beyond, and coarser past retention', () => {
    const now = T0;
    expect(pickResolution({ from: now - 5 * HOUR, to: now }, 1000, now, keep)).toBe('raw');
    expect(pickResolution({ from: now - DAY, to: now }, 1000, now, keep)).toBe('1m');
    expect(pickResolution({ from: now - 30 * DAY, to: now }, 1000, now, keep)).toBe('1h');
    expect(pickResolution({ from: now - 10 * DAY, to: now - 10 * DAY + HOUR }, 1000, now, keep)).toBe('1m');
    expect(pickResolution({ from: now - 100 * DAY, to: now - 99 * DAY }, 1000, now, keep)).toBe('1h');
  });

  it('keeps the last point of each slot and never more than maxPoints', () => {
    const points = Array.from({ length: 1000 }, (_, i) => ({ t: i, value: i }));
    const out = downsample(points, { from: 0, to: 1000 }, 10);
    expect(out).toHaveLength(10);
    expect(out.map((p) => p.t)).toEqual([99, 199, 299, 399, 499, 599, 699, 799, 899, 999]);
    expect(downsample(points.slice(0, 5), { from: 0, to: 1000 }, 10)).toHaveLength(5);
  });
});

describe('store.rollups.series', () => {
  it('reads 30 days from hourly rollups, within maxPoints, with window and wallet lines', () => {
    const now = T0 + 40 * DAY;
    const store = testStore({ now: () => now });
    const id = addAccount(store);
    const buckets = Array.from({ length: 40 * 24 }, (_, i) => hourBucket(T0 + i * HOUR, (i % 100) + 0.5));
    store.rollups.importBuckets(id, '1h', buckets);
    const range = { from: now - 30 * DAY, to: now };
    const series = store.rollups.series(id, range, 1000);
    expect(series.map((s) => [s.seriesKey, s.kind, s.unit, s.resolution])).toEqual([
      ['five_hour:general', 'window', 'credits', '1h'],
      ['wallet:CNY', 'wallet', 'money', '1h'],
    ]);
    expect(series[1]!.currency).toBe('CNY');
    expect(series[0]!.points).toHaveLength(720);
    expect(series[0]!.points[0]).toEqual({
      t: range.from,
      value: 40.5,
    });
    const few = store.rollups.series(id, range, 100);
    expect(few[0]!.points.length).toBeLessThanOrEqual(100);
    expect(few[0]!.points.at(-1)).toEqual(series[0]!.points.at(-1));
  });

  it('stitches the tail that is not rolled up yet from minute rollups and raw snapshots', () => {
    let now = T0;
    const store = testStore({ now: () => now });
    const id = addAccount(store);
    store.rollups.importBuckets(
      id,
      '1h',
      Array.from({ length: 24 }, (_, i) => hourBucket(T0 - 24 * HOUR + i * HOUR, 10)),
    );
    // Raw for 90 minutes after T0; maintenance rolled up only the first hour and its minutes.
    store.snapshots.insertMany(
      Array.from({ length: 90 * 6 }, (_, i) => ({
        accountId: id,
        snapshot: planSnapshot(T0 + i * 10_000, i),
      })),
    );
    store.maintenance.step({ maxRows: 1_000_000 }, T0 + 75 * MIN);
    now = T0 + 90 * MIN;
    const series = store.rollups.series(id, { from: T0 - 20 * DAY, to: now }, 1000);
    const line = series.find((s) => s.seriesKey === 'five_hour:general')!;
    expect(line.resolution).toBe('1h');
    const ts = line.points.map((p) => p.t);
    expect(ts.slice(0, 25)).toEqual(Array.from({ length: 25 }, (_, i) => T0 - 24 * HOUR + i * HOUR));
    expect(ts).toContain(T0 + 74 * MIN); // last minute bucket
    expect(line.points.at(-1)).toEqual({ t: T0 + (90 * 6 - 1) * 10_000, value: ((90 * 6 - 1) / 2000) * 100 });
    expect([...ts].sort((a, b) => a - b)).toEqual(ts);
  });

  it('reads a short range at raw resolution with exact values, wallets included', () => {
    const now = T0 + HOUR;
    const store = testStore({ now: () => now });
    const id = addAccount(store);
    store.snapshots.insertMany(
      Array.from({ length: 30 }, (_, i) => ({
        accountId: id,
        snapshot: planSnapshot(T0 + i * 10_000, 7 * i, { wallets: [wallet(100 - i / 8)] }),
      })),
    );
    const series = store.rollups.series(id, { from: T0, to: T0 + 10 * MIN });
    expect(series.map((s) => [s.seriesKey, s.resolution, s.points.length])).toEqual([
      ['five_hour:general', 'raw', 30],
      ['wallet:CNY', 'raw', 30],
    ]);
    expect(series[0]!.points[3]).toEqual({ t: T0 + 30_000, value: (21 / 2000) * 100 });
    expect(series[1]!.points[3]).toEqual({ t: T0 + 30_000, value: 100 - 3 / 8 });
    // Five points over the data's span: slots of 58 s, each keeping its last sample.
    const five = store.rollups.series(id, { from: T0, to: T0 + 290_000 }, 5)[0]!.points;
    expect(five.map((p) => p.t)).toEqual([50_000, 110_000, 170_000, 230_000, 290_000].map((dt) => T0 + dt));
    expect(store.rollups.series('unknown', { from: T0, to: now })).toEqual([]);
    expect(store.rollups.series(id, { from: now, to: T0 })).toEqual([]);
  });
});
