// The smoothed current rate of a cumulative series: a least-squares line over a recent window,
// widened for coarse (quantized or lumpy) series and capped when the steps stop coming.
import { fitLine } from './math/regression';
import { clamp, medianOf, saturate } from './math/stats';
import { MINUTE_MS } from './options';

/** A cumulative amount (used count, used percent, money spent) at time t. */
export interface RatePoint {
  t: number;
  v: number;
}

export interface RateEstimate {
  /** Units per minute, never negative. */
  perMinute: number;
  /** 0..1 from sample count, span covered, and fit quality against the step size. */
  confidence: number;
  /** Readings inside the regression window. */
  samples: number;
  spanMs: number;
}

export interface EstimateOptions {
  lookbackMs: number;
  /** Widen the window until it holds this many value changes (or reaches the first reading). */
  minSteps: number;
  /** Smallest change the source can show: 1 for whole percents and counts, 0.01 for money. */
  quantum: number;
}

/** Scales of the confidence factors: ~5 more readings and ~10 minutes of span each bring 63 %. */
const SAMPLE_SCALE = 5;
const SPAN_SCALE_MIN = 10;
const MIN_STEPS_RECENT = 3;
/** After τ without a change the rate is at most QUIET_CAP × step / τ: a little above the strict bound (step / τ) so a step that is merely late does not dent the rate. */
const QUIET_CAP = 1.5;
/** A rate resting on one change has no line to judge; it gets the lowest line quality. */
const SINGLE_CHANGE_QUALITY = 0.5;

/**
 * Rate of a cumulative series over its last readings, or null with fewer than two.
 * Window: the last `lookbackMs`, widened back to the reading before the `minSteps`-th latest change.
 * Line: fitted through the window's corners (the readings where a new value first showed) when there
 * are two or more; with fewer, the rate is the window's average (change over span). Corners are where a staircase meets the line it
 * rounds, so whole-percent steps and late-posted lumps give an unbiased slope whatever their phase.
 * Cap: when nothing changed for τ since the last change, the rate is at most 1.5 × step / τ (step =
 * median of the last three change sizes), so a stopped burn decays instead of lingering.
 * Confidence = (1 − e^(−(n−1)/5)) × (1 − e^(−span/10 min)) × fit, where fit = 1 for a flat window,
 * else Δ/(Δ + step) × line, Δ the estimated change over the window (quantization error relative to
 * the change) and line = 0.5 + 0.5 R² of the corner fit (how straight), or 0.5 with a single change.
 */
export function estimateRate(points: readonly RatePoint[], opts: EstimateOptions): RateEstimate | null {
  const last = points[points.length - 1];
  if (points.length < 2 || !last) return null;
  const changes = changeIndices(points, opts.quantum);
  const from = Math.min(
    windowStart(points, changes, last.t - opts.lookbackMs, opts.minSteps),
    points.length - 2,
  );
  const window = points.slice(from);
  const first = window[0] ?? last;
  const spanMin = (last.t - first.t) / MINUTE_MS;
  const corners = changes.filter((i) => i >= from).map((i) => points[i] ?? last);
  const line =
    corners.length >= 2 ? fitLine(corners.map((p) => ({ x: (p.t - last.t) / MINUTE_MS, y: p.v }))) : null;
  // One corner or none: no line to trust, so take the window's average (one step over the time watched).
  const average = spanMin > 0 ? (last.v - first.v) / spanMin : 0;
  const step = stepSize(points, changes, opts.quantum);
  const perMinute = quietCap(Math.max(0, line ? line.slope : average), points, changes, step);
  const flat = window.every((p) => Math.abs(p.v - last.v) <= opts.quantum / 2);
  const delta = perMinute * spanMin;
  const lineQuality = line ? 0.5 + 0.5 * line.r2 : SINGLE_CHANGE_QUALITY;
  const fitQuality = flat ? 1 : (delta / (delta + step)) * lineQuality;
  const confidence =
    saturate(window.length - 1, SAMPLE_SCALE) * saturate(spanMin, SPAN_SCALE_MIN) * fitQuality;
  return {
    perMinute,
    confidence: clamp(confidence, 0, 1),
    samples: window.length,
    spanMs: spanMin * MINUTE_MS,
  };
}

/** Typical change size: the median of the last three changes, never below the quantum. */
function stepSize(points: readonly RatePoint[], changes: readonly number[], quantum: number): number {
  const sizes = changes
    .slice(-MIN_STEPS_RECENT)
    .map((i) => Math.abs((points[i]?.v ?? 0) - (points[i - 1]?.v ?? 0)));
  return Math.max(quantum, medianOf(sizes) ?? 0);
}

/** The rate limited to QUIET_CAP × step / τ after τ minutes without a change. */
function quietCap(
  rate: number,
  points: readonly RatePoint[],
  changes: readonly number[],
  step: number,
): number {
  const lastChange = changes[changes.length - 1];
  const last = points[points.length - 1];
  if (lastChange === undefined || !last) return rate;
  const quietMin = (last.t - (points[lastChange]?.t ?? last.t)) / MINUTE_MS;
  return quietMin > 0 ? Math.min(rate, (QUIET_CAP * step) / quietMin) : rate;
}

/** Indices whose value differs from the previous reading by more than half a quantum. */
function changeIndices(points: readonly RatePoint[], quantum: number): number[] {
  const out: number[] = [];
  const tol = Math.max(quantum / 2, 1e-9);
  for (let i = 1; i < points.length; i++) {
    if (Math.abs((points[i]?.v ?? 0) - (points[i - 1]?.v ?? 0)) > tol) out.push(i);
  }
  return out;
}

/** First index of the regression window (see estimateRate). */
function windowStart(
  points: readonly RatePoint[],
  changes: readonly number[],
  startT: number,
  minSteps: number,
): number {
  let from = points.findIndex((p) => p.t >= startT);
  if (from < 0) from = points.length - 1;
  const inWindow = changes.filter((i) => i >= from).length;
  if (inWindow < minSteps && changes.length > inWindow) {
    const c = changes[Math.max(0, changes.length - minSteps)] ?? from;
    from = Math.min(from, Math.max(0, c - 1));
  }
  return from;
}
