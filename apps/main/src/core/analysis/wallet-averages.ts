// Long-horizon wallet spend: average money per day over the last 24 hours and 7 days.
import { DAY_MS, HOUR_MS } from './options';
import type { MoneyPoint } from './series';
import type { WalletPoint } from './types';

/** Least history each average needs before it is shown: 1 h for the 24 h rate, 1 day for the 7 d rate. */
export const MIN_COVERAGE = { day: HOUR_MS, week: DAY_MS } as const;

/**
 * Rollup points before the first raw sample, then the raw samples: the two never interleave, so a
 * rollup's averaged balance cannot zig-zag against raw readings and fake spending.
 */
export function mergeHistory(history: readonly WalletPoint[], recent: readonly MoneyPoint[]): MoneyPoint[] {
  const firstRecent = recent[0]?.t ?? Infinity;
  return [...history.filter((p) => p.t < firstRecent), ...recent];
}

/**
 * Average spend per day over the last `horizonMs` before `now`: the sum of balance decreases (top-ups
 * ignored) divided by the time the points actually cover. Null when they cover less than `minCoverageMs`.
 */
export function spendPerDay(
  points: readonly MoneyPoint[],
  now: number,
  horizonMs: number,
  minCoverageMs: number,
): number | null {
  const inRange = points.filter((p) => p.t >= now - horizonMs && p.t <= now);
  const first = inRange[0];
  const last = inRange[inRange.length - 1];
  if (!first || !last || last.t - first.t < minCoverageMs) return null;
  let spent = 0;
  let prev = first;
  for (const p of inRange) {
    spent += Math.max(0, prev.available - p.available);
    prev = p;
  }
  return (spent / (last.t - first.t)) * DAY_MS;
}

/** Cumulative spend (running sum of decreases): a top-up neither resets it nor makes it negative. */
export function cumulativeSpend(points: readonly MoneyPoint[]): { t: number; v: number }[] {
  let spent = 0;
  let prev = points[0];
  return points.map((p) => {
    if (prev) spent += Math.max(0, prev.available - p.available);
    prev = p;
    return { t: p.t, v: spent };
  });
}
