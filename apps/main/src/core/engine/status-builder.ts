// Turns an account's runtime into the AccountStatus the windows show, and keeps its analysis fresh:
// activity on every poll (the snapshot tier), rates and predictions once per tracking interval.
import type { AccountStatus, Settings } from '@contract';
import {
  computeRates,
  defaultActivityWindowMs,
  deriveState,
  detectActivity,
  predict,
  resolveTuning,
} from '../analysis';
import type { AnalysisOptions } from '../analysis';
import type { AccountRuntime } from './account-runtime';

export interface Cadence {
  snapshotIntervalMs: number;
  trackingIntervalMs: number;
}

/** The analysis options for one account under the current settings. */
export function analysisOptions(
  rt: AccountRuntime,
  cadence: Cadence,
  settings: Settings,
  now: number,
): AnalysisOptions {
  return {
    provider: rt.row.provider,
    now,
    snapshotIntervalMs: cadence.snapshotIntervalMs,
    trackingIntervalMs: cadence.trackingIntervalMs,
    activityWindowMs: defaultActivityWindowMs(rt.row.provider, cadence.snapshotIntervalMs),
    warnPercent: rt.row.settings.warnPercent ?? settings.warnPercent,
    critPercent: rt.row.settings.critPercent ?? settings.critPercent,
  };
}

/** How far back the analysis looks; the sample buffer keeps a little more. */
export const ANALYSIS_LOOKBACK_MS = 2 * 60 * 60_000;
/** Samples activity detection sees beyond its longest hold, so a stretch's first change is in view. */
const ACTIVITY_MARGIN_MS = 5 * 60_000;

/**
 * Re-runs activity detection (over just what its longest hold can see, as it runs on every poll),
 * and rates/predictions over the full lookback when the tracking tier is due (or `force`).
 */
export function refreshAnalysis(rt: AccountRuntime, opts: AnalysisOptions, force = false): void {
  const previous = rt.activity;
  // A repeated reading cannot start activity: the last result stands until its steady time runs out.
  const skipActivity = !force && rt.unchanged && opts.now < previous.steadyUntil;
  const activitySince = opts.now - resolveTuning(opts).maxHoldMs - ACTIVITY_MARGIN_MS;
  const next = skipActivity ? previous : detectActivity(rt.samples.all(activitySince), opts);
  rt.activity = {
    ...next,
    // Older activity than the detection window still happened: keep it for "last active".
    lastActiveAt: next.lastActiveAt ?? previous.lastActiveAt,
    // A stretch that began before the window keeps its real start while it goes on.
    activeSince:
      next.state === 'active' &&
      previous.state === 'active' &&
      previous.activeSince !== null &&
      next.activeSince !== null
        ? Math.min(previous.activeSince, next.activeSince)
        : next.activeSince,
  };
  if (!rt.lastGood) return;
  if (force || opts.now - rt.ratesAt >= opts.trackingIntervalMs) {
    const samples = rt.samples.all(opts.now - ANALYSIS_LOOKBACK_MS);
    rt.rates = computeRates(samples, rt.walletHistory, opts);
    rt.predictions = predict(rt.lastGood, rt.rates, opts);
    rt.ratesAt = opts.now;
  }
}

/** The status of one account now. */
export function buildStatus(
  rt: AccountRuntime,
  opts: AnalysisOptions,
  paused: boolean,
  nextPollAt: number | null,
): AccountStatus {
  const derived = deriveState({
    activity: rt.activity,
    latest: rt.latest,
    lastGood: rt.lastGood,
    lastSuccessAt: rt.lastSuccessAt,
    paused,
    now: opts.now,
    snapshotIntervalMs: opts.snapshotIntervalMs,
  });
  // A key the vault cannot decrypt needs the user; say so rather than "no update for N min".
  const keyReason = rt.keyError && !paused ? { kind: 'auth_error', message: rt.keyError } : null;
  const reason = keyReason ?? derived.reason;
  return {
    account: rt.dto(),
    snapshot: rt.latest,
    lastGood: rt.lastGood,
    state: rt.keyError && !paused ? 'error' : derived.state,
    reason,
    lastSuccessAt: rt.lastSuccessAt,
    nextPollAt,
    rates: rt.rates,
    predictions: rt.predictions,
    lastActiveAt: rt.activity.lastActiveAt,
    activeSince: rt.activity.state === 'active' ? rt.activity.activeSince : null,
  };
}
