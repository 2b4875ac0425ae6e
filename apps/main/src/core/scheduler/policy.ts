// Pure cadence rules of the scheduler: when an account is next due after a success or a failure.
// Kept free of timers so the rules are tested directly and the scheduler stays a thin loop.
import type { FailureKind } from '@contract';

export interface CadenceConfig {
  /** Effective poll interval (the snapshot tier), already raised to the provider's minimum. */
  intervalMs: number;
  /** Fraction of the interval used as random jitter (0.1 = ±10 %), so accounts do not fire together. */
  jitter: number;
  /** Ceiling of the exponential backoff. */
  maxBackoffMs: number;
}

export const DEFAULT_MAX_BACKOFF_MS = 15 * 60_000;

/** Failures that a retry will not fix by itself: wait long, the user must act. */
const NEEDS_USER: ReadonlySet<FailureKind> = new Set(['auth_error']);

/** Delay before an account's first poll: spread over one interval so a start does not burst. */
export function initialDelay(cfg: CadenceConfig, random: () => number): number {
  return Math.floor(random() * Math.min(cfg.intervalMs, 10_000));
}

/** Delay after a successful poll: the interval with jitter. */
export function delayAfterSuccess(cfg: CadenceConfig, random: () => number): number {
  const spread = cfg.intervalMs * cfg.jitter;
  return Math.max(1_000, Math.round(cfg.intervalMs + (random() * 2 - 1) * spread));
}

/**
 * Delay after a failed poll: exponential backoff from the interval (×2 per consecutive failure,
 * capped), never shorter than the provider's Retry-After; failures needing the user start long.
 */
export function delayAfterFailure(
  cfg: CadenceConfig,
  failure: { kind: FailureKind; retryAfterMs?: number },
  consecutiveFailures: number,
  random: () => number,
): number {
  const base = NEEDS_USER.has(failure.kind) ? Math.max(cfg.intervalMs, 5 * 60_000) : cfg.intervalMs;
  const exp = base * 2 ** Math.max(0, Math.min(consecutiveFailures - 1, 16));
  const cap = NEEDS_USER.has(failure.kind) ? Math.max(cfg.maxBackoffMs, 60 * 60_000) : cfg.maxBackoffMs;
  const backoff = Math.min(exp, cap);
  // Jitter only ever lengthens a backoff, so Retry-After is honoured exactly or later.
  const jittered = backoff * (1 + random() * cfg.jitter);
  return Math.round(Math.max(jittered, failure.retryAfterMs ?? 0));
}

/** The effective interval: the user's setting raised to the provider's minimum. */
export function effectiveInterval(settingSec: number, providerMinSec: number): number {
  return Math.max(settingSec, providerMinSec) * 1000;
}
