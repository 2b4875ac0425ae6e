// Building blocks for AccountSnapshots, so every adapter fills the same fields the same way.
import type { AccountSnapshot, ProviderId, SnapshotError } from '@contract';

/** An `ok` snapshot with nothing in it yet. */
export function emptySnapshot(provider: ProviderId, fetchedAt: number): AccountSnapshot {
  return {
    provider,
    fetchedAt,
    status: 'ok',
    planName: null,
    windows: [],
    wallets: [],
    packages: [],
    error: null,
  };
}

/** A snapshot that carries only a failure; its status is the failure's kind. */
export function failedSnapshot(
  provider: ProviderId,
  fetchedAt: number,
  error: SnapshotError,
): AccountSnapshot {
  return { ...emptySnapshot(provider, fetchedAt), status: error.kind, error };
}

/** Clamps a percentage into 0..100 and rounds away float noise (40.699999… → 40.7). */
export function cleanPercent(value: number): number {
  const clamped = Math.min(100, Math.max(0, value));
  return Math.round(clamped * 10_000) / 10_000;
}

/** Used percent from counts, or null when the limit is unusable. */
export function percentFromCounts(used: number, limit: number): number | null {
  if (!(limit > 0)) return null;
  return cleanPercent((used / limit) * 100);
}
