import { describe, expect, it } from 'vitest';
import {
  delayAfterFailure,
  delayAfterSuccess,
  effectiveInterval,
  initialDelay,
} from '../../../../../apps/main/src/core/scheduler/policy';

const cfg = { intervalMs: 10_000, jitter: 0.1, maxBackoffMs: 15 * 60_000 };

describe('scheduler policy', () => {
  it('spreads success delays within ±jitter of the interval', () => {
    expect(delayAfterSuccess(cfg, () => 0)).toBe(9_000);
    expect(delayAfterSuccess(cfg, () => 1)).toBe(11_000);
    expect(delayAfterSuccess(cfg, () => 0.5)).toBe(10_000);
  });

  it('spreads first polls over at most one interval', () => {
    expect(initialDelay(cfg, () => 0)).toBe(0);
    expect(initialDelay(cfg, () => 0.999)).toBeLessThan(10_000);
  });

  it('doubles the backoff per consecutive failure up to the cap', () => {
    const r = (): number => 0;
    const d = [1, 2, 3, 4].map((n) => delayAfterFailure(cfg, { kind: 'network_error' }, n, r));
    expect(d).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(delayAfterFailure(cfg, { kind: 'timeout' }, 30, r)).toBe(15 * 60_000);
  });

  it('never retries before Retry-After, and jitter only lengthens', () => {
    expect(delayAfterFailure(cfg, { kind: 'rate_limited', retryAfterMs: 90_000 }, 1, () => 0)).toBe(90_000);
    expect(delayAfterFailure(cfg, { kind: 'rate_limited', retryAfterMs: 1_000 }, 1, () => 1)).toBe(11_000);
  });

  it('waits long after an auth failure: a retry will not fix a revoked key', () => {
    expect(delayAfterFailure(cfg, { kind: 'auth_error' }, 1, () => 0)).toBe(5 * 60_000);
    expect(delayAfterFailure(cfg, { kind: 'auth_error' }, 10, () => 0)).toBe(60 * 60_000);
  });

  it('raises the user interval to the provider minimum', () => {
    expect(effectiveInterval(10, 60)).toBe(60_000);
    expect(effectiveInterval(30, 10)).toBe(30_000);
  });
});
