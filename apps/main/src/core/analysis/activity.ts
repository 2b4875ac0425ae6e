// Is the account in use right now? Decided from real changes between snapshots, never from rounding.
import { maxContinuousGapMs } from './options';
import { okSamples } from './series';
import { analyseEvents, collectEvents } from './stretches';
import type { ActivityResult, AnalysisOptions, Sample } from './types';

/** Fewest readings in the current watch before the account can be called idle. */
const MIN_WATCH_SAMPLES = 3;

/**
 * Activity state from the recent samples.
 * - `active`: the latest confirmed stretch of changes ended no longer ago than its hold (the activity
 *   window, stretched to twice the observed time per step for slow quantized burns, capped by maxHoldMs).
 * - `detecting`, precisely: not active, and either (a) the current watch — the trailing samples with no
 *   gap longer than max(3 snapshot intervals, activity window) — has fewer than 3 readings or spans less
 *   than the activity window (just started or resumed: too early to call it idle), or (b) a single
 *   unconfirmed whole-percent step was seen within the last activity window.
 * - `idle`: otherwise.
 * Resets and top-ups are never changes; a change across a gap is not dated and does not count.
 */
export function detectActivity(samples: readonly Sample[], opts: AnalysisOptions): ActivityResult {
  const { stretches, pending } = analyseEvents(collectEvents(samples, opts), opts);
  const last = stretches[stretches.length - 1];
  const lastActiveAt = last ? last.end : null;
  if (last && opts.now - last.end <= last.holdMs) {
    return { state: 'active', lastActiveAt, activeSince: last.start, steadyUntil: last.end + last.holdMs };
  }
  const unconfirmed = pending !== null && opts.now - pending.t1 <= opts.activityWindowMs;
  if (!watchedLongEnough(samples, opts)) {
    return { state: 'detecting', lastActiveAt, activeSince: null, steadyUntil: -Infinity };
  }
  if (unconfirmed) {
    return {
      state: 'detecting',
      lastActiveAt,
      activeSince: null,
      steadyUntil: pending.t1 + opts.activityWindowMs,
    };
  }
  return { state: 'idle', lastActiveAt, activeSince: null, steadyUntil: Infinity };
}

/** True when the trailing run of successful samples is long enough to call the account idle. */
export function watchedLongEnough(samples: readonly Sample[], opts: AnalysisOptions): boolean {
  const ok = okSamples(samples);
  const maxGap = maxContinuousGapMs(opts);
  let first = ok.length - 1;
  while (first > 0 && (ok[first]?.t ?? 0) - (ok[first - 1]?.t ?? 0) <= maxGap) first--;
  const count = ok.length - first;
  const span = (ok[ok.length - 1]?.t ?? 0) - (ok[first]?.t ?? 0);
  return count >= MIN_WATCH_SAMPLES && span >= opts.activityWindowMs;
}
