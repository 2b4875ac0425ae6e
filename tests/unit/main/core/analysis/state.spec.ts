import { describe, expect, it } from 'vitest';
import { deriveState } from '../../../../../apps/main/src/core/analysis';
import type { ActivityResult, StateInput } from '../../../../../apps/main/src/core/analysis';
import type { AccountSnapshot, FailureKind } from '@contract';
import { SEC, T0, sample, wallet } from './series/build';

const INTERVAL = 10 * SEC;
const good = sample('deepseek', T0, [], [wallet('CNY', 10)]).snapshot;
const failed = (kind: FailureKind, at: number): AccountSnapshot => ({
  ...good,
  fetchedAt: at,
  status: kind,
  wallets: [],
  error: { kind, message: `${kind} happened` },
});
const active: ActivityResult = { state: 'active', lastActiveAt: T0, activeSince: T0, steadyUntil: T0 };
const input = (over: Partial<StateInput>): StateInput => ({
  activity: active,
  latest: good,
  lastGood: good,
  lastSuccessAt: T0,
  paused: false,
  now: T0 + INTERVAL,
  snapshotIntervalMs: INTERVAL,
  ...over,
});

describe('deriveState', () => {
  it('passes the activity state through while fetches succeed', () => {
    expect(deriveState(input({}))).toEqual({ state: 'active', reason: null });
    expect(deriveState(input({ activity: { ...active, state: 'idle' } })).state).toBe('idle');
  });

  it('is paused when paused, whatever else holds', () => {
    expect(deriveState(input({ paused: true, latest: failed('auth_error', T0) }))).toEqual({
      state: 'paused',
      reason: null,
    });
  });

  it('is error when a fetch failed and there is no usable last good value', () => {
    const d = deriveState(
      input({ latest: failed('network_error', T0), lastGood: null, lastSuccessAt: null }),
    );
    expect(d).toEqual({
      state: 'error',
      reason: { kind: 'network_error', message: 'network_error happened' },
    });
  });

  it('is error on auth_error even with fresh numbers: only the user can fix it', () => {
    const d = deriveState(input({ latest: failed('auth_error', T0 + 5 * SEC) }));
    expect(d.state).toBe('error');
    expect(d.reason?.kind).toBe('auth_error');
  });

  it('keeps the activity state through a transient failure, and turns stale after three intervals', () => {
    const latest = failed('timeout', T0 + 2 * INTERVAL);
    expect(deriveState(input({ latest, now: T0 + 3 * INTERVAL })).state).toBe('active');
    const stale = deriveState(input({ latest, now: T0 + 3 * INTERVAL + 1 }));
    expect(stale).toEqual({ state: 'stale', reason: { kind: 'timeout', message: 'timeout happened' } });
  });

  it('is stale with its own reason when no fetch has succeeded lately and none failed', () => {
    const d = deriveState(input({ now: T0 + 5 * 60 * SEC }));
    expect(d.state).toBe('stale');
    expect(d.reason).toEqual({ kind: 'stale', message: 'No successful update for 5 min' });
  });

  it('shows no_plan as idle with a neutral reason, not as an error', () => {
    const noPlan: AccountSnapshot = {
      ...good,
      status: 'no_plan',
      error: { kind: 'no_plan', message: 'No coding plan' },
    };
    const d = deriveState(input({ latest: noPlan, lastGood: null, lastSuccessAt: null }));
    expect(d).toEqual({ state: 'idle', reason: { kind: 'no_plan', message: 'No coding plan' } });
  });

  it('is the activity state (detecting) before the first fetch', () => {
    const d = deriveState(
      input({
        latest: null,
        lastGood: null,
        lastSuccessAt: null,
        activity: { state: 'detecting', lastActiveAt: null, activeSince: null, steadyUntil: -Infinity },
      }),
    );
    expect(d).toEqual({ state: 'detecting', reason: null });
  });
});
