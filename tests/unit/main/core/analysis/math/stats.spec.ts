import { describe, expect, it } from 'vitest';
import { clamp, medianOf, saturate } from '../../../../../../apps/main/src/core/analysis/math/stats';

describe('stats helpers', () => {
  it('medianOf handles odd, even and empty lists without reordering the input', () => {
    const input = [5, 1, 3];
    expect(medianOf(input)).toBe(3);
    expect(input).toEqual([5, 1, 3]);
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
    expect(medianOf([])).toBeNull();
  });

  it('clamp bounds a value', () => {
    expect(clamp(5, 0, 1)).toBe(1);
    expect(clamp(-5, 0, 1)).toBe(0);
    expect(clamp(0.5, 0, 1)).toBe(0.5);
  });

  it('saturate grows from 0 towards 1 and is 0 for non-positive input', () => {
    expect(saturate(0, 5)).toBe(0);
    expect(saturate(-1, 5)).toBe(0);
    expect(saturate(5, 5)).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(saturate(10, 5)).toBeGreaterThan(saturate(5, 5));
    expect(saturate(1e6, 5)).toBeLessThanOrEqual(1);
  });
});
