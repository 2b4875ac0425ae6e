import { describe, expect, it } from 'vitest';
import { computeRates } from '../../../../../apps/main/src/core/analysis';
import type { AnalysisOptions, Sample, WalletHistory } from '../../../../../apps/main/src/core/analysis';
import { MIN, SEC, T0, options, upTo } from './series/build';
import { lateSettling, topUp } from './series/deepseek';
import { burstThenIdle, resetMidWindow, steadyBurn } from './series/glm-coding-plan';
import { oscillation, quantizedSlowBurn } from './series/minimax';

const DEEPSEEK = { snapshotIntervalMs: 30 * SEC, activityWindowMs: 15 * MIN };

function ratesAt(
  samples: readonly Sample[],
  t: number,
  provider: AnalysisOptions['provider'],
  history: WalletHistory = {},
  over = {},
) {
  return computeRates(upTo(samples, t), history, options(provider, t, over));
}

describe('computeRates on recorded series', () => {
  it('steady burn: credits per minute and percent per hour, confidence rising with samples', () => {
    const { samples, perMin } = steadyBurn();
    let prev = 0;
    // Confidence climbs until the 30-minute regression window is full, then holds.
    for (const m of [5, 10, 20, 30]) {
      const [five, weekly] = ratesAt(samples, T0 + m * MIN, 'glm-coding-plan').windows;
      expect(five).toMatchObject({ windowKey: 'five_hour:general', unit: 'credits' });
      expect(five!.perMinute!).toBeGreaterThan(perMin * 0.9);
      expect(five!.perMinute!).toBeLessThan(perMin * 1.1);
      expect(five!.percentPerHour!).toBeCloseTo((five!.perMinute! * 60 * 100) / 2000, 9);
      expect(weekly!.percentPerHour!).toBeCloseTo((five!.perMinute! * 60 * 100) / 10000, 9);
      expect(five!.confidence).toBeGreaterThan(prev);
      prev = five!.confidence;
    }
    expect(ratesAt(samples, T0 + 60 * MIN, 'glm-coding-plan').windows[0]!.confidence).toBeGreaterThan(0.85);
  });

  it('levels follow the projected use at reset: a window that runs out is critical, a slow one low', () => {
    const { samples, end } = steadyBurn();
    expect(ratesAt(samples, end, 'glm-coding-plan').windows[0]!.level).toBe('critical');
    const slow = quantizedSlowBurn();
    // 27 % used + 3 %/h × 1.5 h left → ~32 % at reset.
    expect(ratesAt(slow.samples, slow.burnEnd, 'minimax-cn').windows[0]!.level).toBe('low');
    const idle = resetMidWindow(false);
    expect(ratesAt(idle.samples, idle.end, 'glm-coding-plan').windows[0]!.level).toBe('none');
  });

  it('burst then idle: the rate falls back once the counter stops moving', () => {
    const { samples, burstEnd } = burstThenIdle();
    const during = ratesAt(samples, burstEnd, 'glm-coding-plan').windows[0]!;
    expect(during.perMinute!).toBeGreaterThan(25);
    const later = ratesAt(samples, burstEnd + 20 * MIN, 'glm-coding-plan').windows[0]!;
    expect(later.perMinute!).toBeLessThan(during.perMinute! / 5);
  });

  it('reset mid-window: never negative, no rate right after the reset, then it restarts', () => {
    const { samples, resetAt, end } = resetMidWindow(true);
    for (let t = T0 + MIN; t <= end; t += 30 * SEC) {
      for (const w of ratesAt(samples, t, 'glm-coding-plan').windows) {
        expect(w.perMinute ?? 0).toBeGreaterThanOrEqual(0);
        expect(w.percentPerHour ?? 0).toBeGreaterThanOrEqual(0);
      }
    }
    const justAfter = ratesAt(samples, resetAt + 15 * SEC, 'glm-coding-plan').windows[0]!;
    expect(justAfter.confidence).toBeLessThan(0.05);
    const restarted = ratesAt(samples, end, 'glm-coding-plan').windows[0]!;
    expect(restarted.perMinute!).toBeGreaterThan(9);
    expect(restarted.perMinute!).toBeLessThan(11);
    // The weekly window did not reset: its rate runs on through.
    expect(ratesAt(samples, resetAt + MIN, 'glm-coding-plan').windows[1]!.perMinute!).toBeGreaterThan(5);
  });

  it('quantized slow burn: percent per hour estimated over a longer span, no unit rate', () => {
    const { samples, perHour, burnEnd } = quantizedSlowBurn();
    for (const t of [T0 + 60 * MIN, T0 + 100 * MIN, burnEnd]) {
      const five = ratesAt(samples, t, 'minimax-cn').windows[0]!;
      expect(five.perMinute).toBeNull();
      expect(five.unit).toBe('percent');
      expect(five.percentPerHour!).toBeGreaterThan(perHour * 0.8);
      expect(five.percentPerHour!).toBeLessThan(perHour * 1.2);
      expect(five.confidence).toBeGreaterThan(0.35);
    }
  });

  it('a 40↔41 oscillation never yields a trusted rate', () => {
    const { samples, end } = oscillation();
    for (let t = T0 + 5 * MIN; t <= end; t += MIN) {
      const five = ratesAt(samples, t, 'minimax-cn').windows[0]!;
      expect(five.confidence < 0.25 || (five.percentPerHour ?? 0) < 0.5).toBe(true);
    }
  });

  it('wallet top-up: no negative spend, 24 h and 7 d averages exclude the top-up', () => {
    const { samples, history, topUpAt, end, perDay } = topUp(true);
    for (let t = T0 + MIN; t <= end; t += MIN) {
      const cny = ratesAt(samples, t, 'deepseek', history, DEEPSEEK).wallets[0]!;
      expect(cny.perMinute ?? 0).toBeGreaterThanOrEqual(0);
      expect(cny.perDay24h!).toBeGreaterThan(0);
    }
    const after = ratesAt(samples, topUpAt + 10 * MIN, 'deepseek', history, DEEPSEEK).wallets[0]!;
    expect(after.perMinute!).toBeGreaterThan(0.035);
    expect(after.perMinute!).toBeLessThan(0.065);
    expect(after.perDay24h!).toBeGreaterThan(perDay * 0.9);
    expect(after.perDay24h!).toBeLessThan(perDay * 1.1);
    expect(after.perDay7d!).toBeGreaterThan(perDay * 0.9);
    expect(after.perDay7d!).toBeLessThan(perDay * 1.1);
  });

  it('late-settling balance: a sane money-per-minute rate while spending posts in lumps', () => {
    const { samples, useStart, useEnd, perMin } = lateSettling();
    for (let t = useStart + 20 * MIN; t <= useEnd + 10 * MIN; t += MIN) {
      const cny = ratesAt(samples, t, 'deepseek', {}, DEEPSEEK).wallets[0]!;
      expect(cny.perMinute!).toBeGreaterThan(perMin * 0.6);
      expect(cny.perMinute!).toBeLessThan(perMin * 1.4);
    }
    // Under an hour of history: no 24 h average yet.
    expect(ratesAt(samples, useEnd, 'deepseek', {}, DEEPSEEK).wallets[0]!.perDay24h).toBeNull();
  });

  it('is empty without a successful sample', () => {
    expect(computeRates([], {}, options('glm', T0))).toEqual({ windows: [], wallets: [] });
  });

  it('property: across every series and moment, rates are never negative and confidence stays in [0, 1]', () => {
    const all: [Sample[], AnalysisOptions['provider'], object][] = [
      [steadyBurn().samples, 'glm-coding-plan', {}],
      [burstThenIdle().samples, 'glm-coding-plan', {}],
      [resetMidWindow(true).samples, 'glm-coding-plan', {}],
      [quantizedSlowBurn().samples, 'minimax-cn', {}],
      [oscillation().samples, 'minimax-cn', {}],
      [lateSettling().samples, 'deepseek', DEEPSEEK],
      [topUp(true).samples, 'deepseek', DEEPSEEK],
    ];
    for (const [samples, provider, over] of all) {
      for (let i = 1; i < samples.length; i += 7) {
        const r = computeRates(samples.slice(0, i + 1), {}, options(provider, samples[i]!.t, over));
        for (const w of r.windows) {
          expect(w.perMinute ?? 0).toBeGreaterThanOrEqual(0);
          expect(w.percentPerHour ?? 0).toBeGreaterThanOrEqual(0);
          expect(w.confidence).toBeGreaterThanOrEqual(0);
          expect(w.confidence).toBeLessThanOrEqual(1);
        }
        for (const w of r.wallets) {
          expect(w.perMinute ?? 0).toBeGreaterThanOrEqual(0);
          expect(w.confidence).toBeGreaterThanOrEqual(0);
          expect(w.confidence).toBeLessThanOrEqual(1);
        }
      }
    }
  });
});
