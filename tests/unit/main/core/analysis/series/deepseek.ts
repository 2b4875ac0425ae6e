// DeepSeek balance series: one CNY wallet, polled every 30 s. Spending settles late: calls are billed
// about 5 minutes after they happen, in lumps posted every ~5 minutes.
import type { Sample, WalletPoint } from '../../../../../../apps/main/src/core/analysis';
import { DAY, HOUR, MIN, SEC, T0, pollTimes, rng, sample, wallet } from './build';

const SETTLE_DELAY = 5 * MIN;

function deepseek(t: number, available: number): Sample {
  return sample('deepseek', t, [], [wallet('CNY', available)]);
}

/** Settlement ticks every 5 ± 1 min from `from` to `to`. */
function ticks(from: number, to: number, seed: number): number[] {
  const r = rng(seed);
  const out: number[] = [];
  for (let t = from + 4 * MIN; t <= to; t += 4 * MIN + r() * 2 * MIN) out.push(t);
  return out;
}

/** Balance at `t` when usage accrues at `rate(t)` ¥/min but is posted only at settlement ticks, late. */
function settledBalance(
  start: number,
  accrued: (t: number) => number,
  tickTimes: readonly number[],
): (t: number) => number {
  return (t) => {
    let posted = 0;
    for (const k of tickTimes) if (k <= t) posted = accrued(k - SETTLE_DELAY);
    return start - Math.round(posted * 100) / 100;
  };
}

/** Idle 20 min, then calls at ¥0.10/min for 30 min, billed late in lumps; watched until T0 + 90 min. */
export function lateSettling(): {
  samples: Sample[];
  useStart: number;
  useEnd: number;
  end: number;
  perMin: number;
} {
  const perMin = 0.1;
  const useStart = T0 + 20 * MIN;
  const useEnd = T0 + 50 * MIN;
  const end = T0 + 90 * MIN;
  const accrued = (t: number): number => (Math.max(0, Math.min(t, useEnd) - useStart) / MIN) * perMin;
  const balance = settledBalance(110, accrued, ticks(T0, end, 8));
  const samples = pollTimes(T0, end, 30 * SEC, 3000, 8).map((t) => deepseek(t, balance(t)));
  return { samples, useStart, useEnd, end, perMin };
}

/**
 * Steady spend of ¥0.05/min (¥72/day), billed in lumps, with a ¥100 top-up at T0 + 30 min; an hour
 * of raw samples plus hourly rollup points over the 24 h before. `spending: false` keeps the balance
 * flat apart from the top-up.
 */
export function topUp(spending: boolean): {
  samples: Sample[];
  history: Record<string, WalletPoint[]>;
  topUpAt: number;
  end: number;
  perDay: number;
} {
  const perMin = spending ? 0.05 : 0;
  const topUpAt = T0 + 30 * MIN;
  const end = T0 + 60 * MIN;
  const startBalance = 40;
  const accrued = (t: number): number => (Math.max(0, t - (T0 - DAY)) / MIN) * perMin;
  const tickTimes = ticks(T0 - DAY, end, 9);
  const billed = settledBalance(startBalance + accrued(T0 - SETTLE_DELAY), accrued, tickTimes);
  const balanceAt = (t: number): number => billed(t) + (t >= topUpAt ? 100 : 0);
  const history: WalletPoint[] = [];
  for (let t = T0 - DAY; t < T0; t += HOUR) history.push({ t, available: balanceAt(t) });
  const samples = pollTimes(T0, end, 30 * SEC, 3000, 9).map((t) => deepseek(t, balanceAt(t)));
  return { samples, history: { CNY: history }, topUpAt, end, perDay: perMin * 24 * 60 };
}
