// What the engine concludes about each account: activity state, consumption rates, predictions.
// Produced in main by the analysis functions; the renderer only displays it.
import type { AccountDto } from './account';
import type { AccountSnapshot, QuotaUnit } from './snapshot';

/** idle (green), active (red), detecting (blue), plus stale, error and paused. */
export type AccountState = 'idle' | 'active' | 'detecting' | 'stale' | 'error' | 'paused';

/** Colour level of a consumption rate, from calm to alarming. */
export type RateLevel = 'none' | 'low' | 'medium' | 'high' | 'critical';

/** Consumption of one quota window, in the window's own unit. */
export interface WindowRate {
  windowKey: string;
  unit: QuotaUnit;
  /** Units per minute (tokens, credits, requests, calls); null when the window has only a percent. */
  perMinute: number | null;
  /** Used percent per hour; always present when there is a rate at all. */
  percentPerHour: number | null;
  /** 0..1, computed from sample count, span and fit quality. */
  confidence: number;
  level: RateLevel;
  samples: number;
}

/** Spending of one wallet. Positive numbers mean money going out. */
export interface WalletRate {
  currency: string;
  /** Smoothed current spend, money per minute. */
  perMinute: number | null;
  /** Average spend per day over the last 24 hours / 7 days (null until 1 h / 1 day of history exists). `confidence` refers to perMinute. */
  perDay24h: number | null;
  perDay7d: number | null;
  confidence: number;
  level: RateLevel;
}

export interface Rates {
  windows: WindowRate[];
  wallets: WalletRate[];
}

export type PredictionOutcome = 'runs_out' | 'lasts' | 'exhausted' | 'unknown';

/** Will this window run out before it resets, at the current rate? */
export interface WindowPrediction {
  windowKey: string;
  outcome: PredictionOutcome;
  /** Epoch ms at which the window is predicted to hit 100 %, or null. */
  exhaustsAt: number | null;
  resetsAt: number | null;
  /** resetsAt − exhaustsAt when it runs out first, or resetsAt − now when already exhausted: how long the user is blocked; else null. */
  marginMs: number | null;
  /** Used percent minus the elapsed fraction of the window (+12 = 12 % ahead of an even burn); null while too little of the window has passed. */
  pacePercent: number | null;
  confidence: number;
}

/** How long a wallet lasts at recent spending. */
export interface WalletRunway {
  currency: string;
  runwayMs24h: number | null;
  runwayMs7d: number | null;
}

export interface Predictions {
  windows: WindowPrediction[];
  /** The window that will block the account first, if any. */
  bindingWindowKey: string | null;
  wallets: WalletRunway[];
  /** True when some window runs out before its reset (or is exhausted), or a wallet has under a day of runway. */
  atRisk: boolean;
}

/** A stretch of time in which the account was in use. */
export interface ActivityPeriod {
  start: number;
  end: number;
  /** Amount used in the headline window's unit, or percent points when only a percent exists. */
  used: number | null;
  unit: QuotaUnit | 'money';
  currency?: string;
}

/** Everything the UI shows for one account. */
export interface AccountStatus {
  account: AccountDto;
  /** The latest fetch, successful or not. */
  snapshot: AccountSnapshot | null;
  /** The latest successful fetch: stays visible, marked stale, while polls fail. */
  lastGood: AccountSnapshot | null;
  state: AccountState;
  /**
   * Why the numbers are stale or in error (a failure kind and message), or `no_plan` for a key with no
   * active plan (state idle, shown neutrally); null when all is well.
   */
  reason: { kind: string; message: string } | null;
  lastSuccessAt: number | null;
  nextPollAt: number | null;
  rates: Rates;
  predictions: Predictions;
  lastActiveAt: number | null;
  /** Start of the current active stretch while the state is active, else null. */
  activeSince: number | null;
}

/** Totals across all accounts, for the overview strip. */
export interface Overview {
  accountCount: number;
  activeCount: number;
  errorCount: number;
  atRiskCount: number;
  balances: { currency: string; total: number }[];
  /** Mean percent-per-hour over the accounts that are burning a window now. */
  avgPercentPerHour: number | null;
  /** Sum of wallet spend per day at the 24-hour rate, per currency. */
  spendPerDay: { currency: string; amount: number }[];
}

export type HistoryRange = '24h' | '7d' | 'cycle';

export interface HistoryPoint {
  t: number;
  /** Used percent for windows; available money for wallets. */
  value: number | null;
}

/** One line of a chart: a window's used percent or a wallet's balance over time. */
export interface HistorySeries {
  seriesKey: string;
  label: string;
  kind: 'window' | 'wallet';
  unit: QuotaUnit | 'money';
  currency?: string;
  resolution: 'raw' | '1m' | '1h';
  from: number;
  to: number;
  points: HistoryPoint[];
}
