// Alerts raised by the Monitor from real polls: threshold crossings once each (and not again after a
// restart), an error and its recovery, and a wallet falling under its low-balance mark.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlertDto } from '@contract';
import { MIN, SEC, startMonitor } from './monitor-harness';
import type { MonitorHarness } from './monitor-harness';

let h: MonitorHarness;

beforeEach(async () => {
  h = await startMonitor();
});
afterEach(async () => {
  await h.close();
});

const alertsOf = (id: string, kind?: AlertDto['kind']): AlertDto[] =>
  h
    .of('alert:raised', id)
    .map((e) => e.payload)
    .filter((a) => kind === undefined || a.kind === kind);

describe('Monitor alerts', () => {
  it('raises warning then critical once each as usage crosses them, and not again after a restart', async () => {
    // GLM Coding Lite: 2000 credits per 5 h, 75 % used, 20 credits a minute: 80 % after 5 min, 95 % after 20.
    const { row } = h.add({
      provider: 'glm-coding-plan',
      region: 'cn',
      plan: { kind: 'glm-coding', level: 'lite', mcp: false },
      initialUsed: { five_hour: 1500, weekly: 1500 },
      burn: { perMinute: 20 },
      pattern: { kind: 'active' },
    });
    await h.run(3 * MIN);
    expect(alertsOf(row.id, 'threshold')).toHaveLength(0);
    await h.run(27 * MIN);
    const raised = alertsOf(row.id, 'threshold');
    expect(raised.map((a) => [a.level, a.messageId])).toEqual([
      ['warning', 'alert.threshold'],
      ['critical', 'alert.threshold'],
    ]);
    expect(raised[0]!.at).toBeLessThan(raised[1]!.at);
    expect(raised[1]!.params.percent).toBeGreaterThanOrEqual(95);
    // Recorded in the store as well, with the ids the pushes carried.
    const stored = h.store.events.list(100, row.id).filter((a) => a.kind === 'threshold');
    expect(stored.map((a) => a.id).sort()).toEqual(raised.map((a) => a.id).sort());

    await h.restart();
    await h.run(5 * MIN);
    expect(alertsOf(row.id, 'threshold')).toHaveLength(2);
    expect(h.store.events.list(100, row.id).filter((a) => a.kind === 'threshold')).toHaveLength(2);
    expect(h.monitor.status(row.id)?.lastGood?.windows[0]?.usedPercent).toBeGreaterThanOrEqual(95);
  });

  it('raises an error alert once when the key is refused, and recovered once when it works again', async () => {
    const { row, sim } = h.add({
      provider: 'minimax-cn',
      plan: { kind: 'minimax-token', tier: 'plus' },
      burn: { perMinute: 3 },
      pattern: { kind: 'active' },
    });
    await h.run(MIN);
    h.sim.setFault({ key: sim.key }, { kind: 'http_401' });
    await h.run(2 * MIN);
    expect(h.monitor.status(row.id)?.state).toBe('error');
    expect(alertsOf(row.id).map((a) => a.kind)).toEqual(['error']);
    expect(alertsOf(row.id)[0]!.params.kind).toBe('auth_error');
    h.sim.setFault({ key: sim.key }, null);
    // An auth failure backs off at least five minutes before trying again on its own.
    await h.run(8 * MIN);
    expect(h.monitor.status(row.id)?.state).not.toBe('error');
    expect(alertsOf(row.id).map((a) => [a.kind, a.level])).toEqual([
      ['error', 'critical'],
      ['recovered', 'info'],
    ]);
  });

  it('warns once when a wallet falls under its low-balance mark', async () => {
    // 10.30 CNY spent at 0.10 a minute; DeepSeek reports spending three minutes late.
    const { row } = h.add(
      {
        provider: 'deepseek',
        wallets: [{ currency: 'CNY', paid: 10.3, granted: 0 }],
        burn: { moneyPerMinute: 0.1 },
        pattern: { kind: 'active' },
      },
      { lowBalance: 10 },
    );
    await h.run(4 * MIN);
    expect(alertsOf(row.id, 'low_balance')).toHaveLength(0);
    await h.run(12 * MIN);
    const low = alertsOf(row.id, 'low_balance');
    expect(low).toHaveLength(1);
    expect(low[0]!.params).toMatchObject({ currency: 'CNY' });
    expect(low[0]!.params.available).toBeLessThan(10);
    expect(h.monitor.status(row.id)?.lastGood?.wallets[0]?.available).toBeLessThan(9.5);
  });

  it('stays silent for an account polled at a steady level', async () => {
    const { row } = h.add({
      provider: 'glm-coding-plan',
      region: 'global',
      plan: { kind: 'glm-coding', level: 'pro' },
      initialUsed: { five_hour: 9000 },
      pattern: { kind: 'idle' },
    });
    await h.run(10 * MIN, 5 * SEC);
    // 90 % on the first poll is a crossing for a new account: one warning, then nothing per poll.
    expect(alertsOf(row.id).map((a) => [a.messageId, a.level])).toEqual([['alert.threshold', 'warning']]);
    expect(h.store.snapshots.countFor(row.id)).toBeGreaterThan(30);
  });
});
