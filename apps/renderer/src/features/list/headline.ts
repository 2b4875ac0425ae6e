// Which numbers stand for an account in one row: the snapshot to show (the last good one while
// polls fail), the headline window, its level and its consumption rate.
import type {
  AccountSnapshot,
  AccountStatus,
  QuotaUnit,
  QuotaWindow,
  RateLevel,
  WindowRate,
} from '@contract';
import { headlineOf, windowKey } from '@contract';

/** Colour level of a used percentage against the alert thresholds. */
export type UsageLevel = 'ok' | 'warn' | 'crit';

/** ok below warn, warn from warn, crit from crit (thresholds in used percent). */
export function usageLevel(usedPercent: number, warnPercent: number, critPercent: number): UsageLevel {
  if (usedPercent >= critPercent) return 'crit';
  if (usedPercent >= warnPercent) return 'warn';
  return 'ok';
}

/** The snapshot whose numbers to show, and whether they are stale (a newer poll failed). */
export function displaySnapshot(status: AccountStatus | undefined): {
  snapshot: AccountSnapshot | null;
  stale: boolean;
} {
  if (!status) return { snapshot: null, stale: false };
  const latest = status.snapshot;
  const usable = latest && (latest.status === 'ok' || latest.status === 'no_plan');
  if (usable) return { snapshot: latest, stale: status.state === 'stale' };
  if (status.lastGood) return { snapshot: status.lastGood, stale: true };
  return { snapshot: latest, stale: false };
}

/**
 * Why an account's numbers are stale or failing: the engine's reason, else the failure of the latest
 * poll. The engine only names a reason once the numbers are three intervals old, but the row shows
 * the last good values as stale from the first failed poll, so it needs the cause from then on.
 * A key without a plan is not a problem (the row says "no active plan" instead).
 */
export function problemOf(status: AccountStatus | undefined): { kind: string; message: string } | null {
  if (!status) return null;
  if (status.reason) return status.reason.kind === 'no_plan' ? null : status.reason;
  const latest = status.snapshot;
  if (!latest || latest.status === 'ok' || latest.status === 'no_plan') return null;
  return { kind: latest.error?.kind ?? latest.status, message: latest.error?.message ?? latest.status };
}

/**
 * The window that headlines an account: the shared headline order (`headlineOf` in the contract, the
 * same the engine uses). The window the engine predicts to bind first replaces it only
 * when it is at least as full, so the row shows the most pressing number without flipping between
 * windows from one prediction to the next.
 */
export function pickHeadline(windows: readonly QuotaWindow[], bindingKey: string | null): QuotaWindow | null {
  const usual = headlineOf(windows);
  const binding = bindingKey ? windows.find((w) => windowKey(w) === bindingKey) : undefined;
  if (binding && (!usual || binding.usedPercent >= usual.usedPercent)) return binding;
  return usual;
}

/** A consumption rate ready to print. */
export type RateView =
  | { kind: 'units'; perMinute: number; unit: Exclude<QuotaUnit, 'percent'>; level: RateLevel }
  | { kind: 'percent'; perHour: number; level: RateLevel }
  | { kind: 'money'; perHour: number; currency: string; level: RateLevel };

/** A window's rate in its own unit per minute, else in percent per hour. */
export function windowRateView(r: WindowRate): RateView | null {
  if (r.perMinute !== null && r.unit !== 'percent')
    return { kind: 'units', perMinute: r.perMinute, unit: r.unit, level: r.level };
  if (r.percentPerHour !== null) return { kind: 'percent', perHour: r.percentPerHour, level: r.level };
  return null;
}

/** The rate of the headline window, else of the first spending wallet. */
export function headlineRate(status: AccountStatus, headline: QuotaWindow | null): RateView | null {
  if (headline) {
    const key = windowKey(headline);
    const r = status.rates.windows.find((x) => x.windowKey === key);
    return r ? windowRateView(r) : null;
  }
  const w = status.rates.wallets.find((x) => x.perMinute !== null);
  if (w?.perMinute == null) return null;
  return { kind: 'money', perHour: w.perMinute * 60, currency: w.currency, level: w.level };
}
