// Pure geometry of the history chart: scales, "nice" ticks, SVG paths with gaps, hover lookup and
// thinning. Kept apart from the component so it is unit-tested without a DOM.
import type { HistoryPoint } from '@contract';

export type Scale = (value: number) => number;

/** A linear map from [d0, d1] to [r0, r1]; a zero-width domain maps to the middle. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): Scale {
  const span = d1 - d0;
  if (span === 0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const TIME_STEPS = [
  5 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
];

/**
 * Tick times between `from` and `to`, at most `maxTicks`, on round steps. Steps of a day or more are
 * aligned to local midnight (`tzOffsetMs` is the local offset, positive east of UTC).
 */
export function timeTicks(from: number, to: number, maxTicks: number, tzOffsetMs = 0): number[] {
  if (!(to > from) || maxTicks < 1) return [];
  const step =
    TIME_STEPS.find((s) => (to - from) / s <= maxTicks) ?? Math.ceil((to - from) / maxTicks / DAY) * DAY;
  const first = Math.ceil((from + tzOffsetMs) / step) * step - tzOffsetMs;
  const ticks: number[] = [];
  for (let t = first; t <= to; t += step) ticks.push(t);
  return ticks;
}

/** Round value ticks (1, 2, 5 × 10^k steps) covering [min, max], about `count` of them. */
export function valueTicks(min: number, max: number, count: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (max === min) return [min];
  const raw = (max - min) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step)
    ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** The [min, max] of the non-null values, padded a little so a flat line is not on the edge. */
export function valueExtent(series: readonly (readonly HistoryPoint[])[]): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const points of series)
    for (const p of points)
      if (p.value !== null) {
        min = Math.min(min, p.value);
        max = Math.max(max, p.value);
      }
  if (min === Infinity) return null;
  const pad = max === min ? Math.max(1, Math.abs(max) * 0.1) : (max - min) * 0.08;
  return [Math.max(0, min - pad), max + pad];
}

/**
 * [min, max] widened to the round ticks around it, so the line never runs past the lowest or highest
 * labelled gridline (a balance falling from ¥110 to ¥101 gets a ¥100 line to read it against).
 */
export function niceDomain([min, max]: [number, number], count: number): [number, number] {
  const [first, second] = valueTicks(min, max, count);
  if (first === undefined || second === undefined) return [min, max];
  const step = second - first;
  const lo = Math.floor(min / step + 1e-9) * step;
  const hi = Math.ceil(max / step - 1e-9) * step;
  return [min >= 0 ? Math.max(0, lo) : lo, hi].map((v) => Number(v.toPrecision(12))) as [number, number];
}

const f = (n: number) => Math.round(n * 10) / 10;

/** An SVG path through the points; a null value breaks the line (a gap, not a fake zero). */
export function linePath(points: readonly HistoryPoint[], x: Scale, y: Scale): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (p.value === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${f(x(p.t))} ${f(y(p.value))}`;
    pen = true;
  }
  return d;
}

/** Index of the point nearest to time `t` (points sorted by time), or -1 when there are none. */
export function nearestIndex(points: readonly HistoryPoint[], t: number): number {
  if (!points.length) return -1;
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((points[mid]?.t ?? 0) < t) lo = mid + 1;
    else hi = mid;
  }
  const prev = points[lo - 1];
  const cur = points[lo];
  if (prev && cur && t - prev.t < cur.t - t) return lo - 1;
  return lo;
}

/** At most `max` points: each bucket keeps its extreme values, so spikes survive thinning. */
export function thin(points: readonly HistoryPoint[], max: number): HistoryPoint[] {
  if (points.length <= max || max < 4) return [...points];
  const size = Math.ceil(points.length / (max / 2));
  const out: HistoryPoint[] = [];
  for (let i = 0; i < points.length; i += size) {
    const bucket = points.slice(i, i + size);
    const valued = bucket.filter((p) => p.value !== null);
    if (!valued.length) {
      out.push({ t: bucket[0]?.t ?? 0, value: null });
      continue;
    }
    let lo = valued[0];
    let hi = valued[0];
    if (!lo || !hi) continue;
    for (const p of valued) {
      if ((p.value ?? 0) < (lo.value ?? 0)) lo = p;
      if ((p.value ?? 0) > (hi.value ?? 0)) hi = p;
    }
    out.push(...(lo.t <= hi.t ? [lo, hi] : [hi, lo]).filter((p, k, a) => k === 0 || p !== a[0]));
  }
  return out;
}
