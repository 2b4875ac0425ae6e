// Consumption rates per window and per wallet, from the recent samples and the wallet history.
import { windowKey } from '@contract';
import type { QuotaWindow, Rates, Wallet, WalletRate, WindowRate } from '@contract';
import { walletLevel, windowLevel } from './level';
import { DAY_MS, resolveTuning } from './options';
import { estimateRate } from './rate-estimate';
import type { RateEstimate, RatePoint } from './rate-estimate';
import { lastSegmentStart, okSamples, percentQuantum, walletSeries, windowSeries } from './series';
import type { MoneyPoint, WindowPoint } from './series';
import { cumulativeSpend, MIN_COVERAGE, mergeHistory, spendPerDay } from './wallet-averages';
import type { AnalysisOptions, Sample, WalletHistory } from './types';

/** Cents: the smallest balance change worth a step. */
const MONEY_QUANTUM = 0.01;

/**
 * Rates for the windows and wallets of the latest successful sample. Windows: a regression over the
 * readings since the last reset, in counts per minute when every reading has counts (percent per hour
 * then follows from the limit), else in percent per hour only. Wallets: money per minute from the
 * cumulative spend (top-ups stitched out), and per-day averages over 24 h and 7 d of history.
 */
export function computeRates(
  samples: readonly Sample[],
  history: WalletHistory,
  opts: AnalysisOptions,
): Rates {
  const ok = okSamples(samples);
  const latest = ok[ok.length - 1]?.snapshot;
  if (!latest) return { windows: [], wallets: [] };
  const series = windowSeries(ok);
  const money = walletSeries(ok);
  return {
    windows: latest.windows.map((w) => windowRate(w, series.get(windowKey(w)) ?? [], opts)),
    wallets: latest.wallets.map((w) =>
      walletRate(w, money.get(w.currency) ?? [], history[w.currency] ?? [], opts),
    ),
  };
}

function windowRate(w: QuotaWindow, points: readonly WindowPoint[], opts: AnalysisOptions): WindowRate {
  const q = percentQuantum(points);
  const segment = points.slice(lastSegmentStart(points, q));
  const counted = segment.length > 0 && segment.every((p) => p.used !== null);
  const limit = segment[segment.length - 1]?.limit ?? null;
  const byCount = counted ? estimate(settledSeries(segment, true), 1, opts) : null;
  // Percent per hour follows exactly from the counts when the limit is known, else from the percents.
  const fromCount = byCount !== null && limit !== null && limit > 0;
  const byPercent = fromCount ? null : estimate(settledSeries(segment, false), q, opts);
  const percentPerHour =
    byCount && fromCount
      ? (byCount.perMinute * 60 * 100) / limit
      : byPercent
        ? byPercent.perMinute * 60
        : null;
  const basis = fromCount ? byCount : byPercent;
  return {
    windowKey: windowKey(w),
    unit: w.unit,
    perMinute: byCount ? byCount.perMinute : null,
    percentPerHour,
    confidence: basis?.confidence ?? 0,
    level: windowLevel({
      ...w,
      percentPerHour,
      now: opts.now,
      warnPercent: opts.warnPercent,
      critPercent: opts.critPercent,
    }),
    samples: basis?.samples ?? segment.length,
  };
}

function estimate(points: readonly RatePoint[], quantum: number, opts: AnalysisOptions): RateEstimate | null {
  const { rateLookbackMs, minRateSteps } = resolveTuning(opts);
  return estimateRate(points, { lookbackMs: rateLookbackMs, minSteps: minRateSteps, quantum });
}

/**
 * The segment as a non-decreasing series. Counts only rise within a segment, so a running max is
 * exact. Whole percents wobble (40↔41), so a level counts only once nothing later falls back below
 * it: each point takes the minimum of itself and everything after it.
 */
function settledSeries(segment: readonly WindowPoint[], counted: boolean): RatePoint[] {
  if (counted) {
    let high = -Infinity;
    return segment.map((p) => {
      high = Math.max(high, p.used ?? 0);
      return { t: p.t, v: high };
    });
  }
  const out: RatePoint[] = new Array<RatePoint>(segment.length);
  let low = Infinity;
  for (let i = segment.length - 1; i >= 0; i--) {
    const p = segment[i];
    if (!p) continue;
    low = Math.min(low, p.usedPercent);
    out[i] = { t: p.t, v: low };
  }
  return out;
}

function walletRate(
  w: Wallet,
  recent: readonly MoneyPoint[],
  history: readonly MoneyPoint[],
  opts: AnalysisOptions,
): WalletRate {
  const { rateLookbackMs, minRateSteps } = resolveTuning(opts);
  const est = estimateRate(cumulativeSpend(recent), {
    lookbackMs: Math.max(rateLookbackMs, 3 * opts.activityWindowMs),
    minSteps: minRateSteps,
    quantum: MONEY_QUANTUM,
  });
  const all = mergeHistory(history, recent);
  const perMinute = est ? est.perMinute : null;
  return {
    currency: w.currency,
    perMinute,
    perDay24h: spendPerDay(all, opts.now, DAY_MS, MIN_COVERAGE.day),
    perDay7d: spendPerDay(all, opts.now, 7 * DAY_MS, MIN_COVERAGE.week),
    confidence: est?.confidence ?? 0,
    level: walletLevel(perMinute, w.available),
  };
}
