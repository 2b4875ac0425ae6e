import { describe, expect, it } from 'vitest';
import {
  linePath,
  linearScale,
  nearestIndex,
  thin,
  timeTicks,
  valueExtent,
  valueTicks,
} from '../../../../../apps/renderer/src/features/history/chart-geometry';

const H = 3_600_000;
const pts = (values: (number | null)[], step = 1) => values.map((value, i) => ({ t: i * step, value }));

describe('chart geometry', () => {
  it('maps values linearly, inverted ranges included', () => {
    const y = linearScale(0, 100, 140, 10);
    expect(y(0)).toBe(140);
    expect(y(100)).toBe(10);
    expect(y(50)).toBe(75);
    expect(linearScale(5, 5, 0, 10)(5)).toBe(5);
  });

  it('breaks the line at gaps instead of drawing a fake zero', () => {
    const id = (v: number) => v;
    expect(linePath(pts([1, 2, null, 4, 5]), id, id)).toBe('M0 1L1 2M3 4L4 5');
    expect(linePath(pts([null, null]), id, id)).toBe('');
  });

  it('finds the nearest point by time', () => {
    const p = pts([0, 0, 0, 0], 10);
    expect(nearestIndex(p, -5)).toBe(0);
    expect(nearestIndex(p, 14)).toBe(1);
    expect(nearestIndex(p, 16)).toBe(2);
    expect(nearestIndex(p, 999)).toBe(3);
    expect(nearestIndex([], 1)).toBe(-1);
  });

  it('picks round value ticks', () => {
    expect(valueTicks(0, 100, 4)).toEqual([0, 25, 50, 75, 100]);
    expect(valueTicks(38.2, 51.7, 4)).toEqual([40, 45, 50]);
    expect(valueTicks(3, 3, 4)).toEqual([3]);
  });

  it('picks round time ticks aligned to the hour (or local midnight for days)', () => {
    const ticks = timeTicks(0.5 * H, 24 * H, 6);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks.every((t) => t % (6 * H) === 0)).toBe(true);
    const days = timeTicks(0, 7 * 24 * H, 4, 8 * H);
    expect(days.every((t) => (t + 8 * H) % (48 * H) === 0)).toBe(true);
  });

  it('pads the value extent and ignores gaps', () => {
    expect(valueExtent([pts([null, 10, 20])])).toEqual([9.2, 20.8]);
    expect(valueExtent([pts([null])])).toBeNull();
    expect(valueExtent([pts([5, 5])])).toEqual([4, 6]);
  });

  it('thins long series but keeps spikes', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i === 500 ? 99 : 1));
    const out = thin(pts(values), 100);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out.some((p) => p.value === 99)).toBe(true);
    expect(thin(pts([1, 2, 3]), 100)).toHaveLength(3);
  });
});
