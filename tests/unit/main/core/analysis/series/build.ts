// Builders for realistic sample series: snapshots shaped like the adapters produce them (GLM credit
// windows with counts, whole-percent windows, string-parsed balances), at jittered poll times.
import type { AccountSnapshot, ProviderId, QuotaWindow, Wallet, WindowKind } from '@contract';
import type { AnalysisOptions, Sample } from '../../../../../../apps/main/src/core/analysis';

export const SEC = 1_000;
export const MIN = 60 * SEC;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
/** A fixed start so every run builds the same series. */
export const T0 = Date.UTC(2026, 7, 13, 9, 0, 0);

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Poll times from `from` to `to` every `everyMs`, each late by up to `jitterMs`. */
export function pollTimes(from: number, to: number, everyMs: number, jitterMs: number, seed = 1): number[] {
  const r = rng(seed);
  const out: number[] = [];
  for (let t = from; t <= to; t += everyMs) out.push(Math.round(t + r() * jitterMs));
  return out;
}

export interface WindowSpec {
  kind: WindowKind;
  minutes: number | null;
  used: number | null;
  limit: number | null;
  /** Used percent as the provider reports it when there are no counts. */
  percent?: number;
  unit?: QuotaWindow['unit'];
  resetsAt: number | null;
  scope?: string | null;
  label?: string;
}

/** A quota window as an adapter normalizes it (percent from counts when both exist). */
export function quotaWindow(s: WindowSpec): QuotaWindow {
  const hasCounts = s.used !== null && s.limit !== null && s.limit > 0;
  const usedPercent = hasCounts ? Math.min(100, ((s.used ?? 0) / (s.limit ?? 1)) * 100) : (s.percent ?? 0);
  return {
    kind: s.kind,
    label: s.label ?? s.kind,
    windowMinutes: s.minutes,
    usedPercent,
    used: s.used,
    limit: s.limit,
    remaining: hasCounts ? (s.limit ?? 0) - (s.used ?? 0) : null,
    unit: s.unit ?? (hasCounts ? 'credits' : 'percent'),
    resetsAt: s.resetsAt,
    scope: s.scope === undefined ? 'general' : s.scope,
  };
}

/** A wallet as the DeepSeek / PAYG adapters produce it (amounts parsed from two-decimal strings). */
export function wallet(currency: string, available: number): Wallet {
  const cents = Math.round(available * 100) / 100;
  return {
    currency,
    available: cents,
    granted: null,
    paid: null,
    frozen: null,
    spent: null,
    usable: cents > 0,
  };
}

/** A successful sample. */
export function sample(
  provider: ProviderId,
  t: number,
  windows: QuotaWindow[],
  wallets: Wallet[] = [],
  planName: string | null = null,
): Sample {
  const snapshot: AccountSnapshot = {
    provider,
    fetchedAt: t,
    status: 'ok',
    planName,
    windows,
    wallets,
    packages: [],
    error: null,
  };
  return { t, snapshot };
}

/** Analysis options as the engine would pass them. */
export function options(
  provider: ProviderId,
  now: number,
  over: Partial<AnalysisOptions> = {},
): AnalysisOptions {
  return {
    provider,
    now,
    snapshotIntervalMs: 10 * SEC,
    trackingIntervalMs: 60 * SEC,
    activityWindowMs: 3 * MIN,
    warnPercent: 80,
    critPercent: 95,
    ...over,
  };
}

/** The samples seen up to `t` (what the engine would pass at that moment). */
export function upTo(samples: readonly Sample[], t: number): Sample[] {
  return samples.filter((s) => s.t <= t);
}

/**
 * Cumulative usage of a user who sends prompts at jittered intervals, each costing credits in
 * proportion to the time it took, so the long-run rate is exactly `perMin` while the counter moves
 * in prompt-sized chunks.
 */
export function promptUsage(
  from: number,
  to: number,
  perMin: number,
  meanGapMs: number,
  seed: number,
): (t: number) => number {
  const r = rng(seed);
  const marks: { t: number; total: number }[] = [];
  let t = from;
  let total = 0;
  while (t < to) {
    const gap = meanGapMs * (0.6 + 0.8 * r());
    const next = Math.min(to, t + gap);
    total += ((next - t) / MIN) * perMin;
    marks.push({ t: next, total });
    t = next;
  }
  return (at: number) => {
    let done = 0;
    for (const m of marks) if (m.t <= at) done = m.total;
    return Math.floor(done);
  };
}
