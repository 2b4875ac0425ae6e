// Inputs and options of the analysis layer. Everything here is plain data: the engine reads samples
// from the store, passes them in with the current time, and gets conclusions back.
import type { AccountSnapshot, ProviderId } from '@contract';

/** One successful snapshot as stored, at its fetch time `t` (epoch ms). */
export interface Sample {
  t: number;
  snapshot: AccountSnapshot;
}

/** One long-horizon wallet reading (from rollups), for the 24 h and 7 d spend averages. */
export interface WalletPoint {
  t: number;
  available: number;
}

/** Wallet history per currency code, ascending `t`. */
export type WalletHistory = Readonly<Record<string, readonly WalletPoint[]>>;

/** The settings every analysis function reads; `now` is passed in so the functions stay pure. */
export interface AnalysisOptions {
  provider: ProviderId;
  now: number;
  /** The activity tier's poll interval. */
  snapshotIntervalMs: number;
  /** The consumption tier's poll interval. */
  trackingIntervalMs: number;
  /** How long without a real change before an account counts as idle (longer for DeepSeek). */
  activityWindowMs: number;
  /** Used-percent levels for amber and red (Settings.warnPercent / critPercent). */
  warnPercent: number;
  critPercent: number;
  /** Optional tuning; every field has a documented default (see options.ts). */
  tuning?: Partial<AnalysisTuning>;
}

/** Knobs with defaults chosen in options.ts; tests and the engine may override them. */
export interface AnalysisTuning {
  /** Base regression lookback for rates. Default max(30 min, 10 tracking intervals). */
  rateLookbackMs: number;
  /** A rate regression is widened until it covers this many value changes. Default 3. */
  minRateSteps: number;
  /** Longest time an active stretch survives without a change, however slow the steps. Default max(activity window, 60 min). */
  maxHoldMs: number;
  /** Below this confidence a window prediction is `unknown`. Default 0.25. */
  minPredictConfidence: number;
  /** A `runs_out` prediction makes the account at risk only at or above this confidence. Default 0.35. */
  riskConfidence: number;
  /** Pace stays hidden until this fraction of the window has passed. Default 0.10. */
  paceMinFraction: number;
  /** ... and at least this much time. Default 15 min. */
  paceMinMs: number;
}

/** What detectActivity concludes. */
export interface ActivityResult {
  state: 'idle' | 'active' | 'detecting';
  /** The latest confirmed real change in the samples, or null when there is none. */
  lastActiveAt: number | null;
  /** Start of the current active stretch while `state` is active, else null. */
  activeSince: number | null;
  /**
   * While new readings repeat the last one, the state stays as it is until this time (epoch ms):
   * the end of the hold when active, the end of an unconfirmed step's window when detecting it,
   * Infinity when idle, and -Infinity when any new reading could change it (the watch is still short).
   * The engine uses it to skip re-detection on polls that bring no change.
   */
  steadyUntil: number;
}
