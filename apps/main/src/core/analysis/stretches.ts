// Groups change events into stretches of activity. Shared by detectActivity and activityPeriods so
// the state the list shows and the periods the chart shades always agree.
import { medianOf, clamp } from './math/stats';
import { maxContinuousGapMs, resolveTuning } from './options';
import { okSamples, walletSeries, windowSeries } from './series';
import { walletEvents, windowEvents } from './steps';
import type { ChangeEvent } from './steps';
import type { AnalysisOptions, Sample } from './types';

export interface Stretch {
  /** Reading before the first change (the change happened after it). */
  start: number;
  /** Reading that showed the last change. */
  end: number;
  events: ChangeEvent[];
  /** How long the stretch stays active after `end` without another change. */
  holdMs: number;
}

export interface EventAnalysis {
  events: ChangeEvent[];
  stretches: Stretch[];
  /** The latest weak step that nothing has confirmed (yet), or null. */
  pending: ChangeEvent | null;
}

/** How many of the latest gaps between changes set the expected time per step. */
const GAP_MEMORY = 4;

/** Every change event of every window and wallet, ordered by the time it was seen. */
export function collectEvents(samples: readonly Sample[], opts: AnalysisOptions): ChangeEvent[] {
  const ok = okSamples(samples);
  const maxGap = maxContinuousGapMs(opts);
  const events: ChangeEvent[] = [];
  for (const [key, points] of windowSeries(ok)) events.push(...windowEvents(key, points, maxGap));
  for (const [cur, points] of walletSeries(ok)) events.push(...walletEvents(`wallet:${cur}`, points, maxGap));
  return events.sort((a, b) => a.t1 - b.t1);
}

/**
 * Hold time: twice the median time per step over the latest gaps (so a slow, quantized burn stays
 * active between its steps), never below the activity window and never above maxHoldMs.
 */
export function holdFor(times: readonly number[], activityWindowMs: number, maxHoldMs: number): number {
  const gaps: number[] = [];
  for (let i = Math.max(1, times.length - GAP_MEMORY); i < times.length; i++) {
    const gap = (times[i] ?? 0) - (times[i - 1] ?? 0);
    if (gap > 0) gaps.push(gap);
  }
  const step = medianOf(gaps);
  return step === null ? activityWindowMs : clamp(2 * step, activityWindowMs, maxHoldMs);
}

/**
 * Confirms weak steps and builds stretches. A weak step is confirmed by a later change (of any series)
 * within maxHoldMs, or by falling inside the hold of the stretch before it; real changes need nothing.
 * A change joins the current stretch when it comes within the stretch's hold, or when it is the one
 * that confirmed the stretch's last weak step.
 */
export function analyseEvents(all: readonly ChangeEvent[], opts: AnalysisOptions): EventAnalysis {
  const { maxHoldMs } = resolveTuning(opts);
  const aw = opts.activityWindowMs;
  const live = all.filter((e) => !e.dismissed);
  const confirmer = confirmers(live, maxHoldMs);
  const stretches: Stretch[] = [];
  let cur: Stretch | null = null;
  let times: number[] = [];
  let pending: ChangeEvent | null = null;
  for (const e of live) {
    const last = cur?.events[cur.events.length - 1];
    // The hold is never below the activity window, so it only needs computing for longer gaps.
    const gap = cur ? e.t1 - cur.end : Infinity;
    const joins =
      cur !== null &&
      (gap <= aw ||
        gap <= holdFor(times, aw, maxHoldMs) ||
        (last !== undefined && confirmer.get(last) === e));
    if (e.strength === 'weak' && !joins && !confirmer.has(e)) {
      pending = e;
      continue;
    }
    if (!cur || !joins) {
      if (cur) cur.holdMs = holdFor(times, aw, maxHoldMs);
      cur = { start: e.t0, end: e.t1, events: [], holdMs: aw };
      times = [];
      stretches.push(cur);
    }
    cur.events.push(e);
    cur.end = e.t1;
    if (times[times.length - 1] !== e.t1) times.push(e.t1);
    if (pending && pending.t1 <= e.t1) pending = null;
  }
  if (cur) cur.holdMs = holdFor(times, aw, maxHoldMs);
  return { events: [...all], stretches, pending };
}

/** For each weak step, the first later change (seen at a later reading) within `reachMs`. */
function confirmers(live: readonly ChangeEvent[], reachMs: number): Map<ChangeEvent, ChangeEvent> {
  const out = new Map<ChangeEvent, ChangeEvent>();
  let j = 0;
  live.forEach((e, i) => {
    if (j <= i) j = i + 1;
    while (j < live.length && (live[j]?.t1 ?? Infinity) <= e.t1) j++;
    const next = live[j];
    if (e.strength === 'weak' && next && next.t1 - e.t1 <= reachMs) out.set(e, next);
  });
  return out;
}
