import { describe, expect, it } from 'vitest';
import { computeRates, predict, walletRunway } from '../../../../../apps/main/src/core/analysis';
import type { Rates, WindowRate } from '@contract';
import { DAY, HOUR, MIN, SEC, T0, options, quotaWindow, rng, sample, upTo, wallet } from './series/build';
import { topUp } from './series/deepseek';
import { steadyBurn, weeklyBinds } from './series/glm-coding-plan';
import { quantizedSlowBurn } from './series/minimax';

const DEEPSEEK = { snapshotIntervalMs: 30 * SEC, activityWindowMs: 15 * MIN };
const rate = (windowKey: string, percentPerHour: number | null, confidence = 0.9): WindowRate => ({
  windowKey,
  unit: 'percent',
  perMinute: null,
  percentPerHour,
  confidence,
  level: 'low',
  samples: 30,
});

describe('predict on recorded series', () => {
  it('steady burn: runs out before the reset, at the right time', () => {
    const { samples, end, fiveResetsAt, perMin } = steadyBurn();
    const latest = samples[samples.length - 1]!.snapshot;
    const o = options('glm-coding-plan', end);
    const p = predict(latest, computeRates(samples, {}, o), o);
    const five = p.windows[0]!;
    const left = latest.windows[0]!.limit! - latest.windows[0]!.used!;
    const expected = latest.fetchedAt + (left / perMin) * MIN;
    expect(five.outcome).toBe('runs_out');
    expect(Math.abs(five.exhaustsAt! - expected)).toBeLessThan(5 * MIN);
    expect(five.marginMs).toBe(fiveResetsAt - five.exhaustsAt!);
    expect(p.atRisk).toBe(true);
    expect(p.bindingWindowKey).toBe('five_hour:general');
  });

  it('multi-window: the weekly window binds before the 5-hour one', () => {
    const { samples, end, weeklyExhaustsAt, fiveExhaustsAt } = weeklyBinds();
    const o = options('glm-coding-plan', end);
    const p = predict(samples[samples.length - 1]!.snapshot, computeRates(samples, {}, o), o);
    const [five, weekly] = p.windows;
    expect(five!.outcome).toBe('runs_out');
    expect(weekly!.outcome).toBe('runs_out');
    expect(Math.abs(weekly!.exhaustsAt! - weeklyExhaustsAt)).toBeLessThan(5 * MIN);
    expect(Math.abs(five!.exhaustsAt! - fiveExhaustsAt)).toBeLessThan(5 * MIN);
    expect(p.bindingWindowKey).toBe('weekly:general');
  });

  it('quantized slow burn: lasts until the reset', () => {
    const { samples, burnEnd } = quantizedSlowBurn();
    const o = options('minimax-cn', burnEnd);
    const s = upTo(samples, burnEnd);
    const p = predict(s[s.length - 1]!.snapshot, computeRates(s, {}, o), o);
    expect(p.windows[0]!.outcome).toBe('lasts');
    expect(p.windows[0]!.exhaustsAt).toBeNull();
    expect(p.atRisk).toBe(false);
    expect(p.bindingWindowKey).toBeNull();
  });

  it('pace is hidden early in the window and correct later', () => {
    const { samples } = steadyBurn();
    const early = samples[30]!; // 5 minutes in; the window started 2 h before T0
    const w = early.snapshot.windows[0]!;
    const start = w.resetsAt! - 5 * HOUR;
    const tooEarly = predict(
      { ...early.snapshot, windows: [{ ...w, resetsAt: early.t + 5 * HOUR - 10 * MIN }] },
      { windows: [], wallets: [] },
      options('glm-coding-plan', early.t),
    );
    expect(tooEarly.windows[0]!.pacePercent).toBeNull();
    const p = predict(early.snapshot, { windows: [], wallets: [] }, options('glm-coding-plan', early.t));
    expect(p.windows[0]!.pacePercent).toBeCloseTo(w.usedPercent - ((early.t - start) / (5 * HOUR)) * 100, 9);
  });

  it('wallet top-up: runway from the 24 h and 7 d rates, recomputed on the new balance', () => {
    const { samples, history, topUpAt, end, perDay } = topUp(true);
    const o = (t: number) => options('deepseek', t, DEEPSEEK);
    const before = upTo(samples, topUpAt - MIN);
    const pb = predict(
      before[before.length - 1]!.snapshot,
      computeRates(before, history, o(topUpAt - MIN)),
      o(topUpAt - MIN),
    );
    const pa = predict(samples[samples.length - 1]!.snapshot, computeRates(samples, history, o(end)), o(end));
    const available = samples[samples.length - 1]!.snapshot.wallets[0]!.available!;
    expect(pa.wallets[0]!.runwayMs24h!).toBeGreaterThan(pb.wallets[0]!.runwayMs24h! + 1 * DAY);
    expect(Math.abs(pa.wallets[0]!.runwayMs24h! - (available / perDay) * DAY)).toBeLessThan(
      0.1 * (available / perDay) * DAY,
    );
    expect(pa.wallets[0]!.runwayMs7d).not.toBeNull();
  });
});

describe('predict rules', () => {
  const snap = (windows: ReturnType<typeof quotaWindow>[]) => sample('minimax-cn', T0, windows).snapshot;
  const five = (percent: number, resetsAt: number | null = T0 + 2 * HOUR) =>
    quotaWindow({ kind: 'five_hour', minutes: 300, used: null, limit: null, percent, resetsAt });
  const weekly = (percent: number) =>
    quotaWindow({ kind: 'weekly', minutes: 10080, used: null, limit: null, percent, resetsAt: T0 + 3 * DAY });
  const o = options('minimax-cn', T0);

  it('exhausted at 100 %, blocking until the reset, and binding ahead of a window that runs out later', () => {
    const p = predict(
      snap([five(100), weekly(90)]),
      { windows: [rate('weekly:general', 5)], wallets: [] },
      o,
    );
    expect(p.windows[0]).toMatchObject({
      outcome: 'exhausted',
      exhaustsAt: T0,
      marginMs: 2 * HOUR,
      confidence: 1,
    });
    expect(p.windows[1]!.outcome).toBe('runs_out');
    expect(p.bindingWindowKey).toBe('five_hour:general');
    expect(p.atRisk).toBe(true);
  });

  it('unknown without a rate, below the confidence floor, or without a reset time', () => {
    expect(predict(snap([five(50)]), { windows: [], wallets: [] }, o).windows[0]!.outcome).toBe('unknown');
    const low = predict(snap([five(50)]), { windows: [rate('five_hour:general', 40, 0.1)], wallets: [] }, o);
    expect(low.windows[0]).toMatchObject({ outcome: 'unknown', exhaustsAt: null, confidence: 0.1 });
    const noReset = predict(
      snap([five(50, null)]),
      { windows: [rate('five_hour:general', 10)], wallets: [] },
      o,
    );
    expect(noReset.windows[0]).toMatchObject({
      outcome: 'unknown',
      exhaustsAt: T0 + 5 * HOUR,
      marginMs: null,
    });
    expect(noReset.atRisk).toBe(false);
  });

  it('lasts at a zero rate or when exhaustion falls after the reset', () => {
    expect(
      predict(snap([five(50)]), { windows: [rate('five_hour:general', 0)], wallets: [] }, o).windows[0]!
        .outcome,
    ).toBe('lasts');
    expect(
      predict(snap([five(50)]), { windows: [rate('five_hour:general', 20)], wallets: [] }, o).windows[0]!
        .outcome,
    ).toBe('lasts');
    const out = predict(snap([five(50)]), { windows: [rate('five_hour:general', 40)], wallets: [] }, o)
      .windows[0]!;
    expect(out).toMatchObject({ outcome: 'runs_out', exhaustsAt: T0 + 75 * MIN, marginMs: 45 * MIN });
  });

  it('atRisk needs a runs_out prediction above the risk floor', () => {
    const shaky: Rates = { windows: [rate('five_hour:general', 40, 0.3)], wallets: [] };
    const p = predict(snap([five(50)]), shaky, o);
    expect(p.windows[0]!.outcome).toBe('runs_out');
    expect(p.atRisk).toBe(false);
  });

  it('a tool-call allowance running out does not bind while the account has model windows', () => {
    const mcp = quotaWindow({
      kind: 'monthly',
      minutes: 43200,
      used: 99,
      limit: 100,
      percent: 99,
      resetsAt: T0 + 3 * DAY,
    });
    const withCalls = { ...mcp, unit: 'calls' as const, scope: 'search-prime' };
    const key = 'monthly:search-prime';
    const p = predict(snap([five(10), withCalls]), { windows: [rate(key, 5)], wallets: [] }, o);
    expect(p.windows[1]!.outcome).toBe('runs_out');
    expect(p.bindingWindowKey).toBeNull();
    expect(p.atRisk).toBe(true);
    expect(predict(snap([withCalls]), { windows: [rate(key, 5)], wallets: [] }, o).bindingWindowKey).toBe(
      key,
    );
  });

  it('atRisk for a wallet with under a day of runway at the 24 h rate, not for a longer one', () => {
    const walletSnap = (available: number) => ({
      ...sample('deepseek', T0, []).snapshot,
      wallets: [wallet('CNY', available)],
    });
    const spend = (perDay24h: number): Rates => ({
      windows: [],
      wallets: [
        { currency: 'CNY', perMinute: null, perDay24h, perDay7d: null, confidence: 0.5, level: 'low' },
      ],
    });
    expect(predict(walletSnap(5), spend(10), o).atRisk).toBe(true);
    expect(predict(walletSnap(50), spend(10), o).atRisk).toBe(false);
  });

  it('property: exhaustsAt moves earlier as the rate grows', () => {
    const r = rng(5);
    for (let k = 0; k < 100; k++) {
      const used = r() * 99;
      const a = 1 + r() * 50;
      const b = a * (1 + r());
      const at = (pph: number) =>
        predict(
          snap([five(used, T0 + 1000 * DAY)]),
          { windows: [rate('five_hour:general', pph)], wallets: [] },
          o,
        ).windows[0]!;
      expect(at(b).exhaustsAt!).toBeLessThanOrEqual(at(a).exhaustsAt!);
    }
  });
});

describe('walletRunway', () => {
  const w = wallet('USD', 30);
  const wr = (perDay24h: number | null, perDay7d: number | null) => ({
    currency: 'USD',
    perMinute: null,
    perDay24h,
    perDay7d,
    confidence: 0.5,
    level: 'none' as const,
  });

  it('is null when not spending', () => {
    expect(walletRunway(w, undefined)).toEqual({ currency: 'USD', runwayMs24h: null, runwayMs7d: null });
    expect(walletRunway(w, wr(0, null))).toEqual({ currency: 'USD', runwayMs24h: null, runwayMs7d: null });
  });

  it('divides the balance by the daily spend', () => {
    expect(walletRunway(w, wr(10, 5))).toEqual({
      currency: 'USD',
      runwayMs24h: 3 * DAY,
      runwayMs7d: 6 * DAY,
    });
  });

  it('property: runway shrinks monotonically as the spend grows', () => {
    const r = rng(3);
    let prev = Infinity;
    const rates = Array.from({ length: 50 }, () => 0.01 + r() * 100).sort((a, b) => a - b);
    for (const perDay of rates) {
      const runway = walletRunway(w, wr(perDay, perDay)).runwayMs24h!;
      expect(runway).toBeLessThanOrEqual(prev);
      prev = runway;
    }
  });
});
