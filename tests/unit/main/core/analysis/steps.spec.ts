import { describe, expect, it } from 'vitest';
import type { WindowPoint } from '../../../../../apps/main/src/core/analysis/series';
import { walletEvents, windowEvents } from '../../../../../apps/main/src/core/analysis/steps';
import { HOUR, MIN, SEC, T0 } from './series/build';

const GAP = 3 * MIN;
const pct = (values: number[], every = 10 * SEC): WindowPoint[] =>
  values.map((v, i) => ({
    t: T0 + i * every,
    usedPercent: v,
    used: null,
    limit: null,
    resetsAt: T0 + 5 * HOUR,
    windowMinutes: 300,
  }));
const counts = (values: number[]): WindowPoint[] =>
  values.map((v, i) => ({
    t: T0 + i * 10 * SEC,
    usedPercent: v / 20,
    used: v,
    limit: 2000,
    resetsAt: T0 + 5 * HOUR,
    windowMinutes: 300,
  }));

describe('windowEvents', () => {
  it('counts any counter increase as a real change with its amount', () => {
    const events = windowEvents('w', counts([100, 100, 103, 110]), GAP);
    expect(events.map((e) => [e.strength, e.amount, e.t1 - T0])).toEqual([
      ['real', 3, 20 * SEC],
      ['real', 7, 30 * SEC],
    ]);
  });

  it('reduces a 40↔41 oscillation to one weak step, dismissed by the first dip', () => {
    const events = windowEvents('w', pct([40, 41, 40, 41, 40, 41, 41, 40]), GAP);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ strength: 'weak', amount: 1, dismissed: true });
  });

  it('keeps a single step that is not undone as weak, and a two-step rise as real', () => {
    const weak = windowEvents('w', pct([40, 40, 41, 41]), GAP);
    expect(weak.map((e) => [e.strength, e.dismissed])).toEqual([['weak', false]]);
    const real = windowEvents('w', pct([40, 42]), GAP);
    expect(real.map((e) => e.strength)).toEqual(['real']);
  });

  it('counts new highs from the post-reset level after a reset', () => {
    const events = windowEvents('w', pct([58, 59, 60, 0, 1, 2]), GAP);
    expect(events.map((e) => [e.t1 - T0, e.amount])).toEqual([
      [10 * SEC, 1],
      [20 * SEC, 1],
      [40 * SEC, 1],
      [50 * SEC, 1],
    ]);
  });

  it('produces nothing at a reset or across a gap longer than the limit', () => {
    const reset = counts([1900, 1950, 0, 0]);
    expect(windowEvents('w', reset, GAP).map((e) => e.amount)).toEqual([50]);
    const gapped = pct([40, 45], 10 * MIN);
    expect(windowEvents('w', gapped, GAP)).toEqual([]);
  });
});

describe('walletEvents', () => {
  it('counts a balance decrease as spending and ignores a top-up', () => {
    const points = [110, 109.5, 109.5, 209.5, 209.2].map((available, i) => ({ t: T0 + i * MIN, available }));
    const events = walletEvents('wallet:CNY', points, GAP);
    expect(events.map((e) => e.amount.toFixed(2))).toEqual(['0.50', '0.30']);
    expect(events.every((e) => e.strength === 'real')).toBe(true);
  });
});
