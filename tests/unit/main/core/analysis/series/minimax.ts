// MiniMax Token Plan series: whole percents only (used = 100 − current_interval_remaining_percent),
// a 5-hour `general` window and a weekly one, polled every 10 s.
import type { Sample } from '../../../../../../apps/main/src/core/analysis';
import { HOUR, MIN, SEC, T0, pollTimes, quotaWindow, rng, sample } from './build';

function minimax(t: number, fiveTrue: number, weeklyTrue: number): Sample {
  // The API reports the remaining percent as a whole number; the adapter turns it into used.
  const used = (u: number): number => 100 - Math.round(100 - u);
  return sample('minimax-cn', t, [
    quotaWindow({
      kind: 'five_hour',
      minutes: 300,
      used: null,
      limit: null,
      percent: used(fiveTrue),
      resetsAt: T0 + 4 * HOUR,
    }),
    quotaWindow({
      kind: 'weekly',
      minutes: 7 * 24 * 60,
      used: null,
      limit: null,
      percent: used(weeklyTrue),
      resetsAt: T0 + 5 * 24 * HOUR,
    }),
  ]);
}

/** A slow 3 %/h burn on the 5-hour window for 150 min (one whole-percent step every ~20 min), then 60 min idle. */
export function quantizedSlowBurn(): { samples: Sample[]; perHour: number; burnEnd: number; end: number } {
  const perHour = 3;
  const burnEnd = T0 + 150 * MIN;
  const end = T0 + 210 * MIN;
  const samples = pollTimes(T0, end, 10 * SEC, 1500, 6).map((t) => {
    const h = (Math.min(t, burnEnd) - T0) / HOUR;
    return minimax(t, 20.2 + perHour * h, 5.2 + 0.3 * h);
  });
  return { samples, perHour, burnEnd, end };
}

/** Nothing used for an hour while the true value sits on a rounding boundary: reports flip 40 ↔ 41. */
export function oscillation(): { samples: Sample[]; end: number } {
  const r = rng(7);
  const end = T0 + 60 * MIN;
  const samples = pollTimes(T0, end, 10 * SEC, 1500, 7).map((t) => minimax(t, 40.5 + (r() - 0.5) * 0.2, 12));
  return { samples, end };
}
