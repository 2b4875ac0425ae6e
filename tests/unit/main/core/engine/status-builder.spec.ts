// status-builder: activity on every call (the snapshot tier), rates and predictions once per tracking
// interval (the tracking tier), and the status the windows see, including a key the vault refused.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@contract';
import { AccountRuntime } from '../../../../../apps/main/src/core/engine/account-runtime';
import {
  analysisOptions,
  buildStatus,
  refreshAnalysis,
} from '../../../../../apps/main/src/core/engine/status-builder';
import type { AccountRow } from '../../../../../apps/main/src/core/store';
import { T0, errorSnapshot, planSnapshot } from '../store/snapshot-factory';

const SEC = 1_000;
const CADENCE = { snapshotIntervalMs: 15 * SEC, trackingIntervalMs: 60 * SEC };
const ROW: AccountRow = {
  id: 'acc-1',
  provider: 'glm-coding-plan',
  region: 'global',
  model: null,
  label: 'Lite',
  baseUrl: null,
  settings: {},
  sortOrder: 0,
  createdAt: T0,
  updatedAt: T0,
};
const KEY = { value: 'abcdef0123456789abcdef0123456789.secretsecret1234', mask: 'abcd…1234', error: null };

const runtime = (key: { value: string | null; mask: string; error: string | null } = KEY): AccountRuntime =>
  new AccountRuntime(ROW, key, 3 * 3_600_000);
const opts = (rt: AccountRuntime, now: number) => analysisOptions(rt, CADENCE, DEFAULT_SETTINGS, now);

/** Polls every 15 s burning 3 credits a poll; returns the ratesAt after each refresh. */
function pollFor(rt: AccountRuntime, polls: number, from = 0): number[] {
  const seen: number[] = [];
  for (let i = from; i < from + polls; i++) {
    const t = T0 + i * 15 * SEC;
    rt.record(planSnapshot(t, 100 + 3 * i), null);
    refreshAnalysis(rt, opts(rt, t));
    seen.push(rt.ratesAt);
  }
  return seen;
}

describe('refreshAnalysis', () => {
  it('recomputes rates at most once per tracking interval, activity on every call', () => {
    const rt = runtime();
    const ratesAt = [...new Set(pollFor(rt, 40))];
    expect(ratesAt.length).toBe(10); // 40 polls of 15 s = 10 minutes
    for (let i = 1; i < ratesAt.length; i++) expect(ratesAt[i]! - ratesAt[i - 1]!).toBe(60 * SEC);
    expect(rt.activity.state).toBe('active');
    expect(rt.activity.lastActiveAt).toBe(T0 + 39 * 15 * SEC);
    expect(rt.rates.windows[0]?.perMinute).toBeGreaterThan(10);
  });

  it('recomputes at once when forced (start, settings change)', () => {
    const rt = runtime();
    pollFor(rt, 9);
    const before = rt.ratesAt;
    const now = T0 + 8 * 15 * SEC + SEC;
    refreshAnalysis(rt, opts(rt, now), true);
    expect(rt.ratesAt).toBe(now);
    expect(before).toBeLessThan(now);
  });

  it('leaves rates empty until a successful snapshot exists', () => {
    const rt = runtime();
    rt.record(errorSnapshot(T0), null);
    refreshAnalysis(rt, opts(rt, T0), true);
    expect(rt.rates).toEqual({ windows: [], wallets: [] });
    expect(rt.ratesAt).toBe(-Infinity);
  });
});

describe('buildStatus', () => {
  it('reports the account without its key, with the analysis and the next poll', () => {
    const rt = runtime();
    pollFor(rt, 10);
    const now = T0 + 9 * 15 * SEC;
    const s = buildStatus(rt, opts(rt, now), false, now + 15 * SEC);
    expect(s.account).toMatchObject({ id: 'acc-1', keyMask: 'abcd…1234' });
    expect(JSON.stringify(s)).not.toContain(KEY.value);
    expect(s.state).toBe('active');
    expect(s.nextPollAt).toBe(now + 15 * SEC);
    expect(s.lastSuccessAt).toBe(now);
    expect(s.rates).toBe(rt.rates);
  });

  it('puts a key the vault refused in error, with that reason even when the numbers are old', () => {
    const rt = runtime({
      value: null,
      mask: 'abcd…1234',
      error: 'The stored key cannot be decrypted (x); enter it again.',
    });
    pollFor(rt, 4); // history from before the key became unreadable
    const now = T0 + 10 * 60 * SEC; // long after: the history alone would say stale
    const s = buildStatus(rt, opts(rt, now), false, null);
    expect(s.state).toBe('error');
    expect(s.reason).toEqual({ kind: 'auth_error', message: rt.keyError });
  });

  it('shows paused while paused, whatever the key', () => {
    const rt = runtime({ value: null, mask: 'abcd…1234', error: 'no key' });
    const s = buildStatus(rt, opts(rt, T0), true, null);
    expect(s.state).toBe('paused');
  });
});
