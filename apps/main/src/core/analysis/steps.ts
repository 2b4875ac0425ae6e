// Quantization-aware change detection: turns a series into change events, each either `real` (proof
// of use on its own) or `weak` (a single rounding step that needs a second one to count).
import { isWindowReset, percentQuantum } from './series';
import type { MoneyPoint, WindowPoint } from './series';

export interface ChangeEvent {
  /** windowKey() or `wallet:<currency>`. */
  series: string;
  /** The reading before the change and the one that showed it. */
  t0: number;
  t1: number;
  strength: 'real' | 'weak';
  /** Amount used, in the series' unit: counts, percent points, or money. */
  amount: number;
  /** A weak step later undone by a dip back below it: rounding noise, never activity. */
  dismissed: boolean;
}

const EPS = 1e-9;
/** Balances parsed from decimal strings wobble in the last float bits; this is far below a cent. */
const MONEY_EPS = 1e-6;

/**
 * Change events of one quota window. Counts: any increase is real. Whole percents: only a new high
 * counts (so 40↔41 oscillation yields one step at most); a rise of two steps at once is real, a
 * single step is weak, and a dip below a weak step's level dismisses it. Resets and changes across
 * a gap longer than `maxGapMs` produce nothing.
 */
export function windowEvents(
  series: string,
  points: readonly WindowPoint[],
  maxGapMs: number,
): ChangeEvent[] {
  const q = percentQuantum(points);
  const events: ChangeEvent[] = [];
  let prev: WindowPoint | undefined;
  let high = 0;
  let weakAtHigh: ChangeEvent | null = null;
  for (const p of points) {
    if (!prev || isWindowReset(prev, p, q)) {
      high = p.usedPercent;
      weakAtHigh = null;
      prev = p;
      continue;
    }
    const a = prev;
    prev = p;
    if (p.t - a.t > maxGapMs) {
      high = Math.max(high, p.usedPercent);
      weakAtHigh = null;
      continue;
    }
    if (a.used !== null && p.used !== null) {
      high = Math.max(high, p.usedPercent);
      if (p.used > a.used + EPS) events.push(event(series, a.t, p.t, 'real', p.used - a.used));
      continue;
    }
    const rise = p.usedPercent - high;
    if (rise > EPS) {
      const strength = q > 0 && rise < 2 * q - EPS ? 'weak' : 'real';
      const e = event(series, a.t, p.t, strength, rise);
      events.push(e);
      high = p.usedPercent;
      weakAtHigh = strength === 'weak' ? e : null;
    } else if (p.usedPercent < high - EPS && weakAtHigh) {
      weakAtHigh.dismissed = true;
      weakAtHigh = null;
    }
  }
  return events;
}

/** Change events of one wallet: a decrease is spending (real); an increase is a top-up (nothing). */
export function walletEvents(series: string, points: readonly MoneyPoint[], maxGapMs: number): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  let prev: MoneyPoint | undefined;
  for (const p of points) {
    const a = prev;
    prev = p;
    if (!a || p.t - a.t > maxGapMs) continue;
    const spent = a.available - p.available;
    if (spent > MONEY_EPS) events.push(event(series, a.t, p.t, 'real', spent));
  }
  return events;
}

function event(
  series: string,
  t0: number,
  t1: number,
  strength: ChangeEvent['strength'],
  amount: number,
): ChangeEvent {
  return { series, t0, t1, strength, amount, dismissed: false };
}
