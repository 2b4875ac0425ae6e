// SampleBuffer: the recent successful snapshots the analysis reads on every poll, bounded in memory.
import { describe, expect, it } from 'vitest';
import { SampleBuffer } from '../../../../../apps/main/src/core/engine/sample-buffer';
import { T0, errorSnapshot, planSnapshot } from '../store/snapshot-factory';

const MIN = 60_000;

describe('SampleBuffer', () => {
  it('stays bounded however many snapshots it is fed', () => {
    const keepMs = 130 * MIN;
    const buffer = new SampleBuffer(keepMs);
    const perHorizon = keepMs / 10_000;
    let peak = 0;
    for (let i = 0; i < 100_000; i++) {
      buffer.push(planSnapshot(T0 + i * 10_000, i % 2000));
      peak = Math.max(peak, buffer.size);
    }
    // Old samples go in chunks (of at most 32 + 1), never more than that past the horizon.
    expect(peak).toBeLessThanOrEqual(perHorizon + 34);
    const all = buffer.all();
    const newest = T0 + 99_999 * 10_000;
    expect(all.at(-1)?.t).toBe(newest);
    expect(all[0]!.t).toBeGreaterThanOrEqual(newest - keepMs - 34 * 10_000);
  });

  it('keeps only successful snapshots, oldest first', () => {
    const buffer = new SampleBuffer(60 * MIN);
    buffer.load([planSnapshot(T0), errorSnapshot(T0 + MIN), planSnapshot(T0 + 2 * MIN)]);
    buffer.push(errorSnapshot(T0 + 3 * MIN));
    buffer.push(planSnapshot(T0 + 4 * MIN));
    expect(buffer.all().map((s) => s.t)).toEqual([T0, T0 + 2 * MIN, T0 + 4 * MIN]);
    expect(buffer.all()[1]!.snapshot.fetchedAt).toBe(T0 + 2 * MIN);
  });

  it('returns the samples since a time', () => {
    const buffer = new SampleBuffer(60 * MIN);
    for (let i = 0; i < 10; i++) buffer.push(planSnapshot(T0 + i * MIN));
    expect(buffer.all(T0 + 7 * MIN).map((s) => s.t)).toEqual([T0 + 7 * MIN, T0 + 8 * MIN, T0 + 9 * MIN]);
    expect(buffer.all(T0 + 20 * MIN)).toEqual([]);
    expect(buffer.all()).toHaveLength(10);
  });
});
