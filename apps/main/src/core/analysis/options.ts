// Defaults of the analysis knobs, in one place so the report and the code cannot disagree.
import type { ProviderId } from '@contract';
import type { AnalysisOptions, AnalysisTuning } from './types';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Providers whose balance shows spending only minutes after the calls that caused it. */
const LATE_SETTLING: readonly ProviderId[] = ['deepseek'];

/** Recommended activity window: 3 min (at least 6 snapshot intervals), 15 min for late-settling balances. */
export function defaultActivityWindowMs(provider: ProviderId, snapshotIntervalMs: number): number {
  const base = LATE_SETTLING.includes(provider) ? 15 * MINUTE_MS : 3 * MINUTE_MS;
  return Math.max(base, 6 * snapshotIntervalMs);
}

/** The tuning in effect: the caller's overrides on top of the defaults. */
export function resolveTuning(opts: AnalysisOptions): AnalysisTuning {
  return {
    rateLookbackMs: Math.max(30 * MINUTE_MS, 10 * opts.trackingIntervalMs),
    minRateSteps: 3,
    maxHoldMs: Math.max(opts.activityWindowMs, 60 * MINUTE_MS),
    minPredictConfidence: 0.25,
    riskConfidence: 0.35,
    paceMinFraction: 0.1,
    paceMinMs: 15 * MINUTE_MS,
    ...opts.tuning,
  };
}

/**
 * Largest gap between two samples that still counts as continuous watching: a change across a longer
 * gap (sleep, outage) cannot be dated, so it is not activity. max(3 snapshot intervals, activity window).
 */
export function maxContinuousGapMs(
  opts: Pick<AnalysisOptions, 'snapshotIntervalMs' | 'activityWindowMs'>,
): number {
  return Math.max(3 * opts.snapshotIntervalMs, opts.activityWindowMs);
}
