import { describe, expect, it } from 'vitest';
import {
  defaultActivityWindowMs,
  maxContinuousGapMs,
  resolveTuning,
} from '../../../../../apps/main/src/core/analysis/options';
import { MIN, SEC, T0, options } from './series/build';

describe('analysis options', () => {
  it('gives DeepSeek a longer activity window than the percent providers', () => {
    expect(defaultActivityWindowMs('glm-coding-plan', 10 * SEC)).toBe(3 * MIN);
    expect(defaultActivityWindowMs('minimax-global', 10 * SEC)).toBe(3 * MIN);
    expect(defaultActivityWindowMs('deepseek', 10 * SEC)).toBe(15 * MIN);
    // Never shorter than six polls, whatever the provider.
    expect(defaultActivityWindowMs('glm', 60 * SEC)).toBe(6 * MIN);
  });

  it('applies tuning overrides on top of the defaults', () => {
    const base = resolveTuning(options('glm', T0));
    expect(base.rateLookbackMs).toBe(30 * MIN);
    expect(base.maxHoldMs).toBe(60 * MIN);
    const tuned = resolveTuning(options('glm', T0, { tuning: { paceMinMs: 1 } }));
    expect(tuned.paceMinMs).toBe(1);
    expect(tuned.minPredictConfidence).toBe(base.minPredictConfidence);
  });

  it('treats a gap up to the activity window as continuous watching', () => {
    expect(maxContinuousGapMs({ snapshotIntervalMs: 10 * SEC, activityWindowMs: 3 * MIN })).toBe(3 * MIN);
    expect(maxContinuousGapMs({ snapshotIntervalMs: 5 * MIN, activityWindowMs: 3 * MIN })).toBe(15 * MIN);
  });
});
