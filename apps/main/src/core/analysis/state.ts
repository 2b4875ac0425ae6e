// The one state the list shows per account, from activity and the health of the latest fetches.
import type { AccountSnapshot, AccountState, FailureKind } from '@contract';
import type { ActivityResult } from './types';

export interface StateInput {
  activity: ActivityResult;
  /** The latest fetch, successful or not; null before the first one. */
  latest: AccountSnapshot | null;
  /** The latest successful fetch. */
  lastGood: AccountSnapshot | null;
  lastSuccessAt: number | null;
  paused: boolean;
  now: number;
  snapshotIntervalMs: number;
}

export interface StateReason {
  kind: string;
  message: string;
}

export interface DerivedState {
  state: AccountState;
  reason: StateReason | null;
}

/** Failures only the user can fix: retrying does not help, so they are errors even with old numbers. */
const NEEDS_USER: readonly FailureKind[] = ['auth_error'];
/** Numbers older than this many snapshot intervals are stale. */
export const STALE_INTERVALS = 3;

/**
 * paused when paused; error when the latest fetch failed with a kind that needs the user (auth_error)
 * or failed with no usable last good snapshot; stale (with the failure, or "no update", as reason)
 * when the last success is older than three snapshot intervals; otherwise the activity state.
 * `no_plan` is a successful answer, not an error: the state is idle (there is nothing to use) and the
 * reason carries kind `no_plan` so the UI can say "no active plan" in a neutral colour.
 */
export function deriveState(i: StateInput): DerivedState {
  if (i.paused) return { state: 'paused', reason: null };
  const staleAfter = STALE_INTERVALS * i.snapshotIntervalMs;
  const latest = i.latest;
  if (latest?.status === 'no_plan' && i.now - latest.fetchedAt <= staleAfter) {
    return { state: 'idle', reason: { kind: 'no_plan', message: latest.error?.message ?? 'No active plan' } };
  }
  const failure = latest && isFailure(latest) ? reasonOf(latest) : null;
  const usable = i.lastGood !== null && i.lastSuccessAt !== null;
  if (failure && (NEEDS_USER.includes(failure.kind) || !usable)) return { state: 'error', reason: failure };
  if (i.lastSuccessAt !== null && i.now - i.lastSuccessAt > staleAfter) {
    return { state: 'stale', reason: failure ?? staleReason(i.now - i.lastSuccessAt) };
  }
  return { state: i.activity.state, reason: null };
}

function reasonOf(s: AccountSnapshot & { status: FailureKind }): { kind: FailureKind; message: string } {
  return { kind: s.error?.kind ?? s.status, message: s.error?.message ?? s.status };
}

function staleReason(ageMs: number): StateReason {
  const minutes = Math.round(ageMs / 60_000);
  return { kind: 'stale', message: `No successful update for ${minutes} min` };
}

function isFailure(s: AccountSnapshot): s is AccountSnapshot & { status: FailureKind } {
  return s.status !== 'ok' && s.status !== 'no_plan';
}
