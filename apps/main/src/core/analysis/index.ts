// The analysis layer: pure functions over stored samples (no I/O, time passed in).
export type {
  ActivityResult,
  AnalysisOptions,
  AnalysisTuning,
  Sample,
  WalletHistory,
  WalletPoint,
} from './types';
export {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  defaultActivityWindowMs,
  maxContinuousGapMs,
  resolveTuning,
} from './options';
export { detectActivity, watchedLongEnough } from './activity';
export { activityPeriods } from './periods';
export { computeRates } from './rates';
export { predict, predictWindow, walletRunway } from './predict';
export { pacePercent } from './pace';
export type { PaceRule } from './pace';
export { deriveState, STALE_INTERVALS } from './state';
export type { DerivedState, StateInput, StateReason } from './state';
export { computeOverview } from './overview';
export { headlineWallet, headlineWindow } from './headline';
export { walletLevel, windowLevel } from './level';
export type { WindowLevelInput } from './level';
export { estimateRate } from './rate-estimate';
export type { EstimateOptions, RateEstimate, RatePoint } from './rate-estimate';
export { fitLine } from './math/regression';
export type { LineFit, XY } from './math/regression';
