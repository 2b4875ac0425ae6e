// Will each window last until its reset at the current rate, which one binds first, and how long
// do the wallets last?
import { windowKey } from '@contract';
import type {
  AccountSnapshot,
  Predictions,
  QuotaWindow,
  Rates,
  Wallet,
  WalletRate,
  WalletRunway,
  WindowPrediction,
  WindowRate,
} from '@contract';
import { DAY_MS, HOUR_MS, MINUTE_MS, resolveTuning } from './options';
import { pacePercent } from './pace';
import type { AnalysisOptions, AnalysisTuning } from './types';

/**
 * Predictions for the latest snapshot's windows and wallets from its rates. `bindingWindowKey` is the
 * window that blocks first: earliest exhaustsAt among exhausted and runs_out windows (an exhausted one
 * counts as exhausting now; ties go to the later reset, which blocks longer). `atRisk` is true when a
 * window is exhausted or runs out with confidence ≥ riskConfidence, or a wallet's runway at the 24 h
 * spend rate is under a day (a prepaid balance has no reset to wait for).
 */
export function predict(latest: AccountSnapshot, rates: Rates, opts: AnalysisOptions): Predictions {
  const tuning = resolveTuning(opts);
  const windows = latest.windows.map((w) => {
    const key = windowKey(w);
    return predictWindow(
      w,
      rates.windows.find((r) => r.windowKey === key),
      latest.fetchedAt,
      opts.now,
      tuning,
    );
  });
  // A tool-call allowance (GLM's monthly MCP calls) running out does not stop the model itself, so it
  // binds only when the account has no other window.
  const toolCalls = new Set(latest.windows.filter((w) => w.unit === 'calls').map((w) => windowKey(w)));
  const onlyToolCalls = toolCalls.size === latest.windows.length;
  const blocking = windows
    .filter((p) => (p.outcome === 'runs_out' || p.outcome === 'exhausted') && p.exhaustsAt !== null)
    .filter((p) => onlyToolCalls || !toolCalls.has(p.windowKey))
    .sort(
      (a, b) =>
        (a.exhaustsAt ?? 0) - (b.exhaustsAt ?? 0) || (b.resetsAt ?? Infinity) - (a.resetsAt ?? Infinity),
    );
  const wallets = latest.wallets.map((w) =>
    walletRunway(
      w,
      rates.wallets.find((r) => r.currency === w.currency),
    ),
  );
  const atRisk =
    windows.some(
      (p) => p.outcome === 'exhausted' || (p.outcome === 'runs_out' && p.confidence >= tuning.riskConfidence),
    ) || wallets.some((r) => r.runwayMs24h !== null && r.runwayMs24h < DAY_MS);
  return { windows, bindingWindowKey: blocking[0]?.windowKey ?? null, wallets, atRisk };
}

/**
 * One window: exhausted at 100 %; unknown without a rate or below minPredictConfidence; lasts at a zero
 * rate; otherwise exhaustsAt = fetchedAt + remaining / rate, runs_out when that is before resetsAt
 * (marginMs = resetsAt − exhaustsAt), lasts when not. Without a reset time a positive rate stays
 * unknown (there is nothing to compare with), but exhaustsAt is still given.
 */
export function predictWindow(
  w: QuotaWindow,
  rate: WindowRate | undefined,
  fetchedAt: number,
  now: number,
  tuning: AnalysisTuning,
): WindowPrediction {
  const base = {
    windowKey: windowKey(w),
    resetsAt: w.resetsAt,
    pacePercent: pacePercent(w, now, { minFraction: tuning.paceMinFraction, minMs: tuning.paceMinMs }),
  };
  const none = { exhaustsAt: null, marginMs: null };
  if (w.usedPercent >= 100 || (w.remaining !== null && w.remaining <= 0 && w.limit !== null && w.limit > 0)) {
    const margin = w.resetsAt !== null ? Math.max(0, w.resetsAt - now) : null;
    return {
      ...base,
      outcome: 'exhausted',
      exhaustsAt: Math.min(fetchedAt, now),
      marginMs: margin,
      confidence: 1,
    };
  }
  const confidence = rate?.confidence ?? 0;
  const pph = rate?.percentPerHour ?? null;
  if (pph === null || confidence < tuning.minPredictConfidence)
    return { ...base, ...none, outcome: 'unknown', confidence };
  const msLeft = timeToExhaust(w, rate, pph);
  if (msLeft === null) return { ...base, ...none, outcome: 'lasts', confidence };
  const exhaustsAt = fetchedAt + msLeft;
  if (w.resetsAt === null) return { ...base, exhaustsAt, marginMs: null, outcome: 'unknown', confidence };
  if (exhaustsAt < w.resetsAt) {
    return { ...base, exhaustsAt, marginMs: w.resetsAt - exhaustsAt, outcome: 'runs_out', confidence };
  }
  return { ...base, ...none, outcome: 'lasts', confidence };
}

/** Milliseconds until 100 % at the rate, from counts when both exist, else from percent; null at zero rate. */
function timeToExhaust(w: QuotaWindow, rate: WindowRate | undefined, pph: number): number | null {
  const perMinute = rate?.perMinute ?? null;
  if (perMinute !== null && perMinute > 0 && w.limit !== null && w.used !== null) {
    return (Math.max(0, w.limit - w.used) / perMinute) * MINUTE_MS;
  }
  if (pph <= 0) return null;
  return ((100 - w.usedPercent) / pph) * HOUR_MS;
}

/** Runway at the 24 h and 7 d average spend; null when that average is missing or zero. */
export function walletRunway(w: Wallet, rate: WalletRate | undefined): WalletRunway {
  const runway = (perDay: number | null | undefined): number | null =>
    perDay && perDay > 0 && w.available !== null ? (Math.max(0, w.available) / perDay) * DAY_MS : null;
  return { currency: w.currency, runwayMs24h: runway(rate?.perDay24h), runwayMs7d: runway(rate?.perDay7d) };
}
