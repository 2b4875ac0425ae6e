// Quota windows of the usage model. A window either starts at first use (GLM's 5-hour window has no
// reset time until the first request) or sits on a fixed grid (weekly, monthly, MiniMax intervals).
import type { SimWindowId } from '../types';
import type { Pool } from './history';

export type WindowRule =
  | { kind: 'first_use'; lengthMs: number }
  /** Bounds [start, end) of the grid cell containing t. */
  | { kind: 'grid'; bounds: (t: number) => readonly [number, number] };

export interface WindowState {
  readonly id: SimWindowId;
  readonly pool: Pool;
  readonly rule: WindowRule;
  limit: number;
  used: number;
  start: number | null;
  end: number | null;
}

/** A window at time `t`, grid windows placed in their current cell, first-use windows not started. */
export function createWindow(
  id: SimWindowId,
  pool: Pool,
  limit: number,
  rule: WindowRule,
  t: number,
): WindowState {
  const w: WindowState = { id, pool, rule, limit, used: 0, start: null, end: null };
  if (rule.kind === 'grid') [w.start, w.end] = rule.bounds(t);
  return w;
}

/** Resets `w` if its end has passed at `t`; a grid window moves to the cell containing `t`. */
export function rollWindow(w: WindowState, t: number): void {
  if (w.end === null || t < w.end) return;
  w.used = 0;
  if (w.rule.kind === 'first_use') {
    w.start = null;
    w.end = null;
  } else {
    [w.start, w.end] = w.rule.bounds(t);
  }
}

/** Starts a first-use window at `t` if it has not started. */
export function touchWindow(w: WindowState, t: number): void {
  if (w.rule.kind === 'first_use' && w.start === null) {
    w.start = t;
    w.end = t + w.rule.lengthMs;
  }
}

/** Grid of fixed-length cells counted from `origin`. */
export function periodicGrid(origin: number, periodMs: number): (t: number) => readonly [number, number] {
  return (t) => {
    const start = origin + Math.floor((t - origin) / periodMs) * periodMs;
    return [start, start + periodMs];
  };
}

/** Grid of calendar months counted from `anchor` (a subscription month). */
export function monthlyGrid(
  anchor: number,
  addMonths: (t: number, months: number) => number,
): (t: number) => readonly [number, number] {
  return (t) => {
    // Approximate the month index, then correct it; months are 28..31 days long.
    let k = Math.floor((t - anchor) / (30.44 * 24 * 3_600_000));
    while (addMonths(anchor, k) > t) k--;
    while (addMonths(anchor, k + 1) <= t) k++;
    return [addMonths(anchor, k), addMonths(anchor, k + 1)];
  };
}
