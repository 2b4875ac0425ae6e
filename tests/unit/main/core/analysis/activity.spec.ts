import { describe, expect, it } from 'vitest';
import { detectActivity, watchedLongEnough } from '../../../../../apps/main/src/core/analysis';
import type { Sample } from '../../../../../apps/main/src/core/analysis';
import { MIN, SEC, T0, options, pollTimes, quotaWindow, sample, upTo, wallet } from './series/build';
import { lateSettling, topUp } from './series/deepseek';
import { burstThenIdle, resetMidWindow, steadyBurn } from './series/glm-coding-plan';
import { oscillation, quantizedSlowBurn } from './series/minimax';
import { activityTrace, transitions } from './series/trace';

const DEEPSEEK = { snapshotIntervalMs: 30 * SEC, activityWindowMs: 15 * MIN };

describe('detectActivity on recorded series', () => {
  it('steady burn: active, since the first change', () => {
    const { samples, end } = steadyBurn();
    const a = detectActivity(samples, options('glm-coding-plan', end));
    expect(a.state).toBe('active');
    expect(a.activeSince).toBeLessThan(T0 + 2 * MIN);
    expect(a.lastActiveAt).toBeGreaterThan(end - MIN);
  });

  it('burst then idle: active during the burst, idle once the activity window has passed', () => {
    const { samples, burstStart, burstEnd } = burstThenIdle();
    const at = (t: number) => detectActivity(upTo(samples, t), options('glm-coding-plan', t));
    expect(at(burstStart - MIN).state).toBe('idle');
    expect(at(burstStart + 2 * MIN).state).toBe('active');
    expect(at(burstEnd + MIN).state).toBe('active');
    const after = at(burstEnd + 5 * MIN);
    expect(after.state).toBe('idle');
    expect(after.activeSince).toBeNull();
    expect(after.lastActiveAt).toBeGreaterThan(burstEnd - MIN);
    expect(after.lastActiveAt).toBeLessThanOrEqual(burstEnd + 15 * SEC);
  });

  it('reset mid-window while idle: no phantom activity', () => {
    const { samples, end } = resetMidWindow(false);
    const trace = activityTrace(samples, 'glm-coding-plan', T0 + 5 * MIN, end, 30 * SEC);
    expect(trace.every((p) => p.state === 'idle')).toBe(true);
    expect(trace.every((p) => p.lastActiveAt === null)).toBe(true);
  });

  it('reset mid-window while busy: stays active across the reset', () => {
    const { samples, resetAt, end } = resetMidWindow(true);
    const trace = activityTrace(samples, 'glm-coding-plan', T0 + 3 * MIN, end, 30 * SEC);
    expect(trace.every((p) => p.state === 'active')).toBe(true);
    expect(trace.find((p) => p.t > resetAt + 3 * MIN)?.activeSince).toBeLessThan(resetAt);
  });

  it('quantized slow burn: one switch to active, no flapping on whole-percent steps, idle after', () => {
    const { samples, burnEnd, end } = quantizedSlowBurn();
    const trace = activityTrace(samples, 'minimax-cn', T0, end, 30 * SEC);
    const firstActive = trace.findIndex((p) => p.state === 'active');
    // The first 1-point step alone is not proof: activity is confirmed by the second (~20 min later).
    expect(trace[firstActive]!.t).toBeGreaterThan(T0 + 15 * MIN);
    expect(trace[firstActive]!.t).toBeLessThan(T0 + 35 * MIN);
    const during = trace.filter((p) => p.t >= trace[firstActive]!.t && p.t <= burnEnd);
    expect(during.every((p) => p.state === 'active')).toBe(true);
    expect(trace[trace.length - 1]!.state).toBe('idle');
    // detecting (start) → idle → detecting (first step) → idle → active → idle: nothing more.
    expect(transitions(trace)).toBeLessThanOrEqual(5);
  });

  it('a 40↔41 oscillation is not activity', () => {
    const { samples, end } = oscillation();
    const trace = activityTrace(samples, 'minimax-cn', T0, end, 10 * SEC);
    expect(trace.some((p) => p.state === 'active')).toBe(false);
    expect(trace.every((p) => p.lastActiveAt === null)).toBe(true);
    // After the first dip proves the step was rounding, the account reads idle and stays idle.
    const settled = trace.filter((p) => p.t > T0 + 10 * MIN);
    expect(settled.every((p) => p.state === 'idle')).toBe(true);
  });

  it('a wallet top-up is not activity', () => {
    const { samples, end } = topUp(false);
    const trace = activityTrace(samples, 'deepseek', T0 + 16 * MIN, end, 30 * SEC, DEEPSEEK);
    expect(trace.every((p) => p.state === 'idle' && p.lastActiveAt === null)).toBe(true);
  });

  it('late-settling DeepSeek balance: active within the longer window, steady through the lumps, idle after', () => {
    const { samples, useStart, useEnd, end } = lateSettling();
    const trace = activityTrace(samples, 'deepseek', T0, end, 30 * SEC, DEEPSEEK);
    const at = (t: number) => trace.find((p) => p.t >= t)!;
    expect(at(useStart).state).not.toBe('active');
    // Spending posts ~5–10 min late; it must show up within the 15-min window after use starts.
    expect(at(useStart + 15 * MIN).state).toBe('active');
    const firstActive = trace.find((p) => p.state === 'active')!.t;
    const lastLump = detectActivity(samples, options('deepseek', end, DEEPSEEK)).lastActiveAt!;
    expect(lastLump).toBeGreaterThan(useEnd);
    expect(
      trace.filter((p) => p.t >= firstActive && p.t <= lastLump).every((p) => p.state === 'active'),
    ).toBe(true);
    expect(at(lastLump + 16 * MIN).state).toBe('idle');
  });
});

describe('detecting', () => {
  const glmAt = (t: number, used: number) =>
    sample('glm-coding-plan', t, [
      quotaWindow({ kind: 'five_hour', minutes: 300, used, limit: 2000, resetsAt: T0 + 4 * 3600_000 }),
    ]);

  it('is detecting until the watch spans the activity window, then idle', () => {
    const samples = pollTimes(T0, T0 + 5 * MIN, 10 * SEC, 0).map((t) => glmAt(t, 100));
    const at = (t: number) => detectActivity(upTo(samples, t), options('glm-coding-plan', t)).state;
    expect(detectActivity([], options('glm', T0)).state).toBe('detecting');
    expect(at(T0 + 20 * SEC)).toBe('detecting');
    expect(at(T0 + 2 * MIN)).toBe('detecting');
    expect(at(T0 + 3 * MIN)).toBe('idle');
  });

  it('is detecting again after a resume, and a change across the gap is not activity', () => {
    const before = pollTimes(T0, T0 + 5 * MIN, 10 * SEC, 0).map((t) => glmAt(t, 100));
    const after = pollTimes(T0 + 65 * MIN, T0 + 66 * MIN, 10 * SEC, 0).map((t) => glmAt(t, 400));
    const a = detectActivity([...before, ...after], options('glm-coding-plan', T0 + 66 * MIN));
    expect(a).toEqual({ state: 'detecting', lastActiveAt: null, activeSince: null, steadyUntil: -Infinity });
    expect(watchedLongEnough([...before, ...after], options('glm-coding-plan', T0 + 66 * MIN))).toBe(false);
  });

  it('is detecting for one activity window after a single unconfirmed whole-percent step', () => {
    const { samples } = quantizedSlowBurn();
    const firstStep = samples.find(
      (s) => s.snapshot.windows[0]!.usedPercent > samples[0]!.snapshot.windows[0]!.usedPercent,
    )!.t;
    const at = (t: number) => detectActivity(upTo(samples, t), options('minimax-cn', t));
    expect(at(firstStep - 10 * SEC).state).toBe('idle');
    expect(at(firstStep).state).toBe('detecting');
    expect(at(firstStep + 2 * MIN).state).toBe('detecting');
    expect(at(firstStep + 4 * MIN).state).toBe('idle');
  });

  it('a wallet decrease is activity at once', () => {
    const samples = pollTimes(T0, T0 + 20 * MIN, 30 * SEC, 0).map((t) =>
      sample('deepseek', t, [], [wallet('CNY', t < T0 + 18 * MIN ? 50 : 49.9)]),
    );
    const a = detectActivity(samples, options('deepseek', T0 + 20 * MIN, DEEPSEEK));
    expect(a.state).toBe('active');
    expect(a.activeSince).toBe(T0 + 17.5 * MIN);
  });
});

describe('steadyUntil', () => {
  /** Repeats the reading at `t` a few seconds later, as an unchanged poll would. */
  const repeatAt = (samples: readonly Sample[], t: number): Sample[] => {
    const last = samples[samples.length - 1]!;
    return [...samples, { t, snapshot: { ...last.snapshot, fetchedAt: t } }];
  };

  it('promises only what a repeated reading cannot change, on every recorded series', () => {
    const series = [
      burstThenIdle().samples,
      steadyBurn().samples,
      quantizedSlowBurn().samples,
      oscillation().samples,
    ];
    let checked = 0;
    for (const samples of series) {
      const provider = samples[0]!.snapshot.provider;
      for (let i = 5; i < samples.length; i += 7) {
        const upToNow = samples.slice(0, i + 1);
        const now = samples[i]!.t;
        const before = detectActivity(upToNow, options(provider, now));
        const later = now + 10 * SEC;
        if (later >= before.steadyUntil) continue;
        const after = detectActivity(repeatAt(upToNow, later), options(provider, later));
        expect(after.state).toBe(before.state);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('is Infinity when idle, the end of the hold when active, and -Infinity while the watch is short', () => {
    const { samples, burstStart } = burstThenIdle();
    const at = (t: number) => detectActivity(upTo(samples, t), options('glm-coding-plan', t));
    expect(at(burstStart - MIN).steadyUntil).toBe(Infinity);
    const active = at(burstStart + 2 * MIN);
    expect(active.steadyUntil).toBeGreaterThan(burstStart + 2 * MIN);
    expect(active.steadyUntil).toBeLessThan(burstStart + 2 * MIN + 61 * MIN);
    expect(
      detectActivity(upTo(samples, T0 + 20 * SEC), options('glm-coding-plan', T0 + 20 * SEC)).steadyUntil,
    ).toBe(-Infinity);
  });
});
