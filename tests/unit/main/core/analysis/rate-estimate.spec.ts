import { describe, expect, it } from 'vitest';
import { estimateRate } from '../../../../../apps/main/src/core/analysis';
import type { RatePoint } from '../../../../../apps/main/src/core/analysis';
import { MIN, SEC, T0, rng } from './series/build';

const OPTS = { lookbackMs: 30 * MIN, minSteps: 3, quantum: 1 };
const series = (n: number, everyMs: number, f: (i: number) => number): RatePoint[] =>
  Array.from({ length: n }, (_, i) => ({ t: T0 + i * everyMs, v: f(i) }));

describe('estimateRate', () => {
  it('returns null with fewer than two readings', () => {
    expect(estimateRate([], OPTS)).toBeNull();
    expect(estimateRate([{ t: T0, v: 1 }], OPTS)).toBeNull();
  });

  it('recovers a steady rate, with confidence rising as readings accumulate', () => {
    const pts = series(181, 10 * SEC, (i) => i * 2); // 12 per minute
    let prev = -1;
    for (const n of [3, 10, 30, 90, 181]) {
      const est = estimateRate(pts.slice(0, n), OPTS)!;
      expect(est.perMinute).toBeCloseTo(12, 6);
      expect(est.confidence).toBeGreaterThan(prev);
      prev = est.confidence;
    }
    expect(prev).toBeGreaterThan(0.9);
  });

  it('reads a whole-percent staircase through its corners, widened to cover three steps', () => {
    // 3 %/h rounded down: one step every 20 minutes, sampled every 10 s for 70 minutes.
    const pts = series(421, 10 * SEC, (i) => Math.floor(40.2 + (3 * i * 10) / 3600));
    const est = estimateRate(pts, OPTS)!;
    expect(est.perMinute * 60).toBeCloseTo(3, 1);
    expect(est.spanMs).toBeGreaterThan(OPTS.lookbackMs);
  });

  it('decays a stopped burn and is zero with full fit for a flat series', () => {
    const burst = series(120, 10 * SEC, (i) => Math.min(i, 60) * 5); // 30/min for 10 min, then 10 min idle
    const est = estimateRate(burst, OPTS)!;
    expect(est.perMinute).toBeLessThan(30 * 0.1);
    const flat = estimateRate(
      series(60, 10 * SEC, () => 7),
      OPTS,
    )!;
    expect(flat.perMinute).toBe(0);
    expect(flat.confidence).toBeGreaterThan(0.4);
  });

  it('keeps a single whole-percent step below the prediction floor (0.25)', () => {
    const pts = series(120, 10 * SEC, (i) => (i < 60 ? 40 : 41));
    const est = estimateRate(pts, OPTS)!;
    expect(est.perMinute).toBeGreaterThan(0);
    expect(est.confidence).toBeLessThan(0.25);
  });

  it('property: never negative, confidence within [0, 1], on random cumulative series', () => {
    const r = rng(99);
    for (let k = 0; k < 200; k++) {
      let v = 0;
      const quantum = r() < 0.5 ? 1 : 0.01;
      const pts = series(2 + Math.floor(r() * 200), (5 + r() * 60) * SEC, () => {
        if (r() < 0.3) v += quantum * Math.ceil(r() * 10);
        return v;
      });
      const est = estimateRate(pts, { ...OPTS, quantum })!;
      expect(est.perMinute).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(est.perMinute)).toBe(true);
      expect(est.confidence).toBeGreaterThanOrEqual(0);
      expect(est.confidence).toBeLessThanOrEqual(1);
    }
  });
});
