import { describe, expect, it } from 'vitest';
import { fitLine } from '../../../../../../apps/main/src/core/analysis/math/regression';

describe('fitLine', () => {
  it('recovers an exact line with R² = 1', () => {
    const fit = fitLine([0, 1, 2, 3].map((x) => ({ x, y: 5 + 2 * x })));
    expect(fit?.slope).toBeCloseTo(2, 12);
    expect(fit?.intercept).toBeCloseTo(5, 12);
    expect(fit?.r2).toBeCloseTo(1, 12);
    expect(fit?.n).toBe(4);
  });

  it('gives slope 0 and R² 1 for a flat series', () => {
    const fit = fitLine([0, 1, 2].map((x) => ({ x, y: 7 })));
    expect(fit).toMatchObject({ slope: 0, r2: 1 });
  });

  it('reports a lower R² for scattered points', () => {
    const fit = fitLine([
      { x: 0, y: 0 },
      { x: 1, y: 3 },
      { x: 2, y: 1 },
      { x: 3, y: 4 },
    ]);
    expect(fit?.slope).toBeGreaterThan(0);
    expect(fit?.r2).toBeGreaterThan(0);
    expect(fit?.r2).toBeLessThan(0.9);
  });

  it('returns null without two distinct x values', () => {
    expect(fitLine([{ x: 1, y: 1 }])).toBeNull();
    expect(
      fitLine([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toBeNull();
  });
});
