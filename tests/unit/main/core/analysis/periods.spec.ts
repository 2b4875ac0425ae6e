import { describe, expect, it } from 'vitest';
import { activityPeriods } from '../../../../../apps/main/src/core/analysis';
import { MIN, SEC, T0, options } from './series/build';
import { lateSettling, topUp } from './series/deepseek';
import { burstThenIdle, resetMidWindow } from './series/glm-coding-plan';
import { oscillation, quantizedSlowBurn } from './series/minimax';

const DEEPSEEK = { snapshotIntervalMs: 30 * SEC, activityWindowMs: 15 * MIN };

describe('activityPeriods', () => {
  it('burst then idle: one period spanning the burst with the credits it used', () => {
    const { samples, burstStart, burstEnd, end, burstUsed } = burstThenIdle();
    const periods = activityPeriods(samples, options('glm-coding-plan', end));
    expect(periods).toHaveLength(1);
    const p = periods[0]!;
    expect(p.unit).toBe('credits');
    expect(p.used).toBe(burstUsed);
    expect(Math.abs(p.start - burstStart)).toBeLessThan(MIN);
    expect(Math.abs(p.end - burstEnd)).toBeLessThan(MIN);
  });

  it('counts usage on both sides of a reset and never a negative amount', () => {
    const { samples, end } = resetMidWindow(true);
    const periods = activityPeriods(samples, options('glm-coding-plan', end));
    expect(periods).toHaveLength(1);
    // ~10 credits/min for ~58 of the 60 minutes, in prompt-sized chunks.
    expect(periods[0]!.used).toBeGreaterThan(540);
    expect(periods[0]!.used).toBeLessThan(600);
  });

  it('whole-percent windows report percent points, counting new highs only', () => {
    const { samples, end } = quantizedSlowBurn();
    const periods = activityPeriods(samples, options('minimax-cn', end));
    expect(periods).toHaveLength(1);
    const first = samples[0]!.snapshot.windows[0]!.usedPercent;
    const last = samples[samples.length - 1]!.snapshot.windows[0]!.usedPercent;
    expect(periods[0]).toMatchObject({ unit: 'percent', used: last - first });
  });

  it('gives no period for rounding wobble or a reset without use', () => {
    expect(activityPeriods(oscillation().samples, options('minimax-cn', T0 + 60 * MIN))).toEqual([]);
    expect(activityPeriods(resetMidWindow(false).samples, options('glm-coding-plan', T0 + 60 * MIN))).toEqual(
      [],
    );
  });

  it('wallet-only accounts report money spent in the headline currency; a top-up adds nothing', () => {
    const { samples, end } = lateSettling();
    const [p] = activityPeriods(samples, options('deepseek', end, DEEPSEEK));
    expect(p).toMatchObject({ unit: 'money', currency: 'CNY' });
    // ¥0.10/min for 30 minutes, all of it posted by the end.
    expect(p!.used).toBeCloseTo(3, 2);
    const idle = topUp(false);
    expect(activityPeriods(idle.samples, options('deepseek', idle.end, DEEPSEEK))).toEqual([]);
  });

  it('returns nothing without samples', () => {
    expect(activityPeriods([], options('glm', T0))).toEqual([]);
  });
});
