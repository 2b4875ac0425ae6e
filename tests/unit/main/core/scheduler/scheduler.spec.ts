import { describe, expect, it } from 'vitest';
import { sleep } from '../../../../../apps/main/src/core/clock/clock';
import { VirtualClock } from '../../../../../apps/main/src/core/clock/virtual-clock';
import { Scheduler } from '../../../../../apps/main/src/core/scheduler/scheduler';
import type { PollOutcome } from '../../../../../apps/main/src/core/scheduler/scheduler';

const MIN = 60_000;

/** A scheduler on virtual time whose polls take `durationMs` and answer with `outcome(id, n)`. */
function harness(options: {
  durationMs?: number;
  outcome?: (id: string, n: number) => PollOutcome;
  hostLimits?: { maxInFlight: number; perMinuteBudget: number };
}) {
  const clock = new VirtualClock();
  const calls: { id: string; at: number }[] = [];
  const inFlight = new Map<string, number>();
  let peakPerHost = 0;
  let overlapSameAccount = false;
  const aborted: string[] = [];
  const hostOf = new Map<string, string>();
  const scheduler = new Scheduler({
    clock,
    random: () => 0.5,
    ...(options.hostLimits ? { hostLimits: options.hostLimits } : {}),
    poll: async (id, signal) => {
      const host = hostOf.get(id) ?? 'h';
      if (calls.some((c) => c.id === id && c.at === -1)) overlapSameAccount = true;
      const n = calls.filter((c) => c.id === id).length;
      calls.push({ id, at: clock.now() });
      inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
      peakPerHost = Math.max(peakPerHost, inFlight.get(host) ?? 0);
      try {
        await sleep(clock, options.durationMs ?? 100, signal);
        return options.outcome?.(id, n) ?? { ok: true };
      } catch {
        aborted.push(id);
        return { ok: false, kind: 'network_error' };
      } finally {
        inFlight.set(host, (inFlight.get(host) ?? 1) - 1);
      }
    },
  });
  const add = (id: string, host = 'h', intervalMs = 10_000): void => {
    hostOf.set(id, host);
    scheduler.upsert({ id, host, intervalMs });
  };
  return {
    clock,
    scheduler,
    calls,
    add,
    aborted,
    peak: () => peakPerHost,
    overlap: () => overlapSameAccount,
    count: (id: string) => calls.filter((c) => c.id === id).length,
  };
}

describe('Scheduler on virtual time', () => {
  it('polls each account once per interval', async () => {
    const h = harness({});
    h.add('a');
    h.add('b', 'h2', 30_000);
    h.scheduler.start();
    await h.clock.advance(10 * MIN);
    expect(h.count('a')).toBeGreaterThanOrEqual(58);
    expect(h.count('a')).toBeLessThanOrEqual(61);
    expect(h.count('b')).toBeGreaterThanOrEqual(19);
    expect(h.count('b')).toBeLessThanOrEqual(21);
    await h.scheduler.stop();
  });

  it('keeps a single flight per account when a poll outlasts the interval', async () => {
    const h = harness({ durationMs: 25_000 });
    h.add('slow');
    h.scheduler.start();
    await h.clock.advance(5 * MIN);
    const starts = h.calls.map((c) => c.at);
    for (let i = 1; i < starts.length; i++)
      expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(25_000);
    expect(h.peak()).toBe(1);
    await h.scheduler.stop();
  });

  it('runs at most 4 requests per host at once, however many accounts', async () => {
    const h = harness({ durationMs: 5_000 });
    for (let i = 0; i < 12; i++) h.add(`acc${i}`);
    h.scheduler.start();
    await h.clock.advance(3 * MIN);
    expect(h.peak()).toBe(4);
    for (let i = 0; i < 12; i++) expect(h.count(`acc${i}`)).toBeGreaterThan(3);
    await h.scheduler.stop();
  });

  it('keeps within the per-host budget per rolling minute', async () => {
    const h = harness({ hostLimits: { maxInFlight: 4, perMinuteBudget: 20 } });
    for (let i = 0; i < 10; i++) h.add(`acc${i}`);
    h.scheduler.start();
    await h.clock.advance(10 * MIN);
    const times = h.calls.map((c) => c.at).sort((a, b) => a - b);
    for (const end of times) {
      const inWindow = times.filter((t) => t > end - MIN && t <= end).length;
      expect(inWindow).toBeLessThanOrEqual(20);
    }
    expect(times.length).toBeGreaterThan(150);
    await h.scheduler.stop();
  });

  it('backs off exponentially on errors and recovers after a success', async () => {
    const h = harness({
      outcome: (_id, n) => (n < 4 ? { ok: false, kind: 'provider_error' } : { ok: true }),
    });
    h.add('a');
    h.scheduler.start();
    await h.clock.advance(5 * MIN);
    const t = h.calls.map((c) => c.at);
    const gaps = t.slice(1, 5).map((x, i) => x - t[i]!);
    // Poll duration is 100 ms; the backoff (jitter 0.5 × 0.1) follows 10 s, 20 s, 40 s, 80 s.
    expect(gaps.map((g) => Math.round(g / 1000))).toEqual([11, 21, 42, 84]);
    expect(t[5]! - t[4]!).toBeLessThan(11_000);
    await h.scheduler.stop();
  });

  it('honours Retry-After, also for a manual refresh', async () => {
    const h = harness({
      outcome: (_id, n) =>
        n === 0 ? { ok: false, kind: 'rate_limited', retryAfterMs: 120_000 } : { ok: true },
    });
    h.add('a');
    h.scheduler.start();
    await h.clock.advance(6_000);
    expect(h.count('a')).toBe(1);
    const limitedAt = h.calls[0]!.at;
    h.scheduler.refresh('a');
    await h.clock.advance(60_000);
    expect(h.count('a')).toBe(1);
    await h.clock.advance(62_000);
    expect(h.count('a')).toBe(2);
    expect(h.calls[1]!.at - limitedAt).toBeGreaterThanOrEqual(120_000);
    expect(h.calls[1]!.at - limitedAt).toBeLessThan(121_000);
    await h.scheduler.stop();
  });

  it('pauses, and on resume refreshes every account once, immediately', async () => {
    const h = harness({});
    h.add('a');
    h.add('b', 'h2');
    h.scheduler.start();
    await h.clock.advance(MIN);
    h.scheduler.setPaused('suspend', true);
    h.scheduler.setPaused('offline', true);
    const before = h.calls.length;
    await h.clock.advance(10 * MIN);
    expect(h.calls.length).toBe(before);
    h.scheduler.setPaused('suspend', false);
    await h.clock.advance(MIN);
    expect(h.calls.length).toBe(before);
    expect(h.scheduler.pauseReason).toBe('offline');
    h.scheduler.setPaused('offline', false);
    const resumedAt = h.clock.now();
    await h.clock.advance(200);
    expect(
      h.calls
        .filter((c) => c.at === resumedAt)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['a', 'b']);
    await h.scheduler.stop();
  });

  it('refreshes one account on demand without waiting for its interval', async () => {
    const h = harness({});
    h.add('a', 'h', 60 * MIN);
    h.scheduler.start();
    await h.clock.advance(20_000);
    expect(h.count('a')).toBe(1);
    h.scheduler.refresh('a');
    await h.clock.advance(200);
    expect(h.count('a')).toBe(2);
    await h.scheduler.stop();
  });

  it('aborts requests in flight on stop and on remove, and stops polling', async () => {
    const h = harness({ durationMs: 30_000 });
    h.add('a');
    h.add('b', 'h2');
    h.scheduler.start();
    await h.clock.advance(12_000);
    h.scheduler.remove('b');
    await h.scheduler.stop();
    expect(h.aborted.sort()).toEqual(['a', 'b']);
    const n = h.calls.length;
    await h.clock.advance(10 * MIN);
    expect(h.calls.length).toBe(n);
    expect(h.clock.pendingTimers).toBe(0);
  });
});
