// Turns samples into per-window and per-wallet time series, and says where a window reset.
import { windowKey } from '@contract';
import type { QuotaWindow } from '@contract';
import { MINUTE_MS } from './options';
import type { Sample } from './types';

/** One reading of one quota window. */
export interface WindowPoint {
  t: number;
  usedPercent: number;
  used: number | null;
  limit: number | null;
  resetsAt: number | null;
  windowMinutes: number | null;
}

/** One reading of one wallet. */
export interface MoneyPoint {
  t: number;
  available: number;
}

/** A reset time that moves forward by more than this is a new window, not jitter (remains_time drifts). */
const RESET_SHIFT_MS = 2 * MINUTE_MS;
const EPS = 1e-9;

/** Successful samples only: failures carry no numbers. */
export function okSamples(samples: readonly Sample[]): Sample[] {
  return samples.filter((s) => s.snapshot.status === 'ok');
}

function toPoint(t: number, w: QuotaWindow): WindowPoint {
  return {
    t,
    usedPercent: w.usedPercent,
    used: w.used,
    limit: w.limit,
    resetsAt: w.resetsAt,
    windowMinutes: w.windowMinutes,
  };
}

/** Every window's readings keyed by windowKey(), in sample order. */
export function windowSeries(samples: readonly Sample[]): Map<string, WindowPoint[]> {
  const out = new Map<string, WindowPoint[]>();
  let prev: readonly QuotaWindow[] = [];
  let lists: WindowPoint[][] = [];
  for (const s of samples) {
    const windows = s.snapshot.windows;
    // Polls of one account nearly always list the same windows in the same order: reuse the lists
    // found for the previous sample instead of building and hashing every key again.
    if (!sameShape(prev, windows)) {
      lists = windows.map((w) => {
        const key = windowKey(w);
        let list = out.get(key);
        if (!list) out.set(key, (list = []));
        return list;
      });
      prev = windows;
    }
    windows.forEach((w, i) => lists[i]?.push(toPoint(s.t, w)));
  }
  return out;
}

function sameShape(a: readonly QuotaWindow[], b: readonly QuotaWindow[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x?.kind !== y?.kind || x?.scope !== y?.scope || x?.label !== y?.label) return false;
  }
  return true;
}

/** Every wallet's known balances keyed by currency, in sample order. */
export function walletSeries(samples: readonly Sample[]): Map<string, MoneyPoint[]> {
  const out = new Map<string, MoneyPoint[]>();
  for (const s of samples) {
    for (const w of s.snapshot.wallets) {
      if (w.available === null) continue;
      let list = out.get(w.currency);
      if (!list) out.set(w.currency, (list = []));
      list.push({ t: s.t, available: w.available });
    }
  }
  return out;
}

/** 1 when every used percent is a whole number (GLM, MiniMax), else 0 (an exact value). */
export function percentQuantum(points: readonly WindowPoint[]): number {
  return points.every((p) => Number.isInteger(p.usedPercent)) ? 1 : 0;
}

/**
 * Did the window reset between `a` and `b`? Yes when the old reset time has passed, when the reset
 * time jumps forward, when an exact counter goes down, or when a rounded percent drops by two steps or
 * more (a one-step dip is rounding noise, not a reset).
 */
export function isWindowReset(a: WindowPoint, b: WindowPoint, quantum: number): boolean {
  if (a.resetsAt !== null && b.t >= a.resetsAt) return true;
  if (a.resetsAt !== null && b.resetsAt !== null && b.resetsAt - a.resetsAt > RESET_SHIFT_MS) return true;
  if (a.used !== null && b.used !== null) return b.used < a.used - EPS;
  return a.usedPercent - b.usedPercent > Math.max(1.5 * quantum, EPS);
}

/** Index of the first reading after the last reset (0 when the series never reset). */
export function lastSegmentStart(points: readonly WindowPoint[], quantum: number): number {
  let start = 0;
  let prev: WindowPoint | undefined;
  points.forEach((p, i) => {
    if (prev && isWindowReset(prev, p, quantum)) start = i;
    prev = p;
  });
  return start;
}
