// The Monitor polling real simulated providers on virtual time: persistence and pushes, stale data
// with its reason, the two analysis tiers, rescheduling on settings, the proxy, and removal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountStatus } from '@contract';
import { isAbortError } from '../../../../../apps/main/src/core/http';
import type { SimAccountSpec } from '../../../../../apps/main/src/simulator';
import { startConnectProxy } from './connect-proxy';
import type { ConnectProxy } from './connect-proxy';
import { MIN, SEC, startMonitor } from './monitor-harness';
import type { MonitorHarness } from './monitor-harness';

const BUSY_GLM: SimAccountSpec = {
  provider: 'glm-coding-plan',
  region: 'cn',
  plan: { kind: 'glm-coding', level: 'lite', mcp: false },
  initialUsed: { five_hour: 300 },
  burn: { perMinute: 6 },
  pattern: { kind: 'active' },
};

let h: MonitorHarness;
let proxy: ConnectProxy | null = null;

beforeEach(async () => {
  h = await startMonitor();
});
afterEach(async () => {
  await h.close();
  await proxy?.close();
  proxy = null;
});

const statusesOf = (id: string): AccountStatus[] => h.of('status:updated', id).map((e) => e.payload);
const lastStatus = (id: string): AccountStatus | undefined => statusesOf(id).at(-1);
/** fetchedAt of every poll that finished, from the pushed statuses. */
const pollTimes = (id: string): number[] => [
  ...new Set(statusesOf(id).flatMap((s) => (s.snapshot ? [s.snapshot.fetchedAt] : []))),
];
const gaps = (times: number[]): number[] => times.slice(1).map((t, i) => t - times[i]!);

describe('Monitor polling', () => {
  it('persists every snapshot and pushes a status for each poll', async () => {
    const { row } = h.add(BUSY_GLM);
    await h.run(2 * MIN);
    const polls = pollTimes(row.id);
    expect(polls.length).toBeGreaterThanOrEqual(7);
    expect(h.store.snapshots.countFor(row.id)).toBe(polls.length);
    const pushed = lastStatus(row.id)!;
    expect(pushed.snapshot?.status).toBe('ok');
    expect(h.store.snapshots.latest(row.id)?.fetchedAt).toBe(pushed.snapshot?.fetchedAt);
    expect(h.store.snapshots.latest(row.id)?.windows).toEqual(pushed.snapshot?.windows);
    expect(pushed.account.keyMask).not.toContain(h.sim.account(h.keys.read(row.id).value!).key);
    expect(h.of('overview:updated').at(-1)?.payload.accountCount).toBe(1);
  });

  it('keeps the last good snapshot while polls fail and turns stale after three intervals', async () => {
    const { row, sim } = h.add(BUSY_GLM);
    await h.run(MIN);
    const good = lastStatus(row.id)!;
    h.sim.setFault({ key: sim.key }, { kind: 'http_500' });
    await h.run(20 * SEC);
    const failing = lastStatus(row.id)!;
    expect(failing.snapshot?.status).toBe('provider_error');
    expect(failing.lastGood).toEqual(good.lastGood);
    expect(failing.state).not.toBe('stale'); // within three 15 s intervals of the last success
    await h.run(MIN);
    const stale = lastStatus(row.id)!;
    expect(stale.state).toBe('stale');
    expect(stale.reason?.kind).toBe('provider_error');
    expect(stale.lastGood?.windows.length).toBeGreaterThan(0);
    expect(stale.lastSuccessAt).toBe(good.lastSuccessAt);
    expect(h.monitor.status(row.id)?.state).toBe('stale');
  });

  it('computes rates at most once per tracking interval while activity follows every poll', async () => {
    const { row } = h.add(BUSY_GLM);
    await h.run(12 * MIN);
    const statuses = statusesOf(row.id).filter((s) => s.snapshot !== null);
    const rateChanges: number[] = [];
    const activeAt = new Set<number>();
    let prev = '';
    for (const s of statuses) {
      const rates = JSON.stringify(s.rates);
      if (rates !== prev) rateChanges.push(s.snapshot!.fetchedAt);
      prev = rates;
      if (s.lastActiveAt !== null) activeAt.add(s.lastActiveAt);
    }
    const polls = pollTimes(row.id).length;
    expect(rateChanges.length).toBeGreaterThanOrEqual(5);
    for (const gap of gaps(rateChanges)) expect(gap).toBeGreaterThanOrEqual(60 * SEC);
    // The snapshot tier: the activity's last change moves with (nearly) every 15 s poll.
    expect(polls).toBeGreaterThanOrEqual(3 * rateChanges.length);
    expect(activeAt.size).toBeGreaterThanOrEqual(polls - 3);
    expect(lastStatus(row.id)?.state).toBe('active');
    expect(lastStatus(row.id)?.rates.windows.length).toBeGreaterThan(0);
  });

  it('reschedules when the snapshot interval changes, in both directions', async () => {
    const { row } = h.add(BUSY_GLM);
    await h.run(MIN);
    const apply = (snapshotIntervalSec: number): void =>
      h.monitor.settingsChanged(h.store.settings.update({ snapshotIntervalSec }));
    apply(120);
    await h.run(20 * SEC); // the poll already due still runs, then the new cadence holds
    const slowFrom = h.clock.now();
    await h.run(7 * MIN);
    const slow = gaps(pollTimes(row.id).filter((t) => t >= slowFrom - 20 * SEC));
    expect(slow.length).toBeGreaterThanOrEqual(3);
    for (const g of slow) expect(g).toBeGreaterThanOrEqual(118 * SEC);
    apply(10); // raised to the GLM Coding Plan minimum of 15 s
    const changedAt = h.clock.now();
    await h.run(MIN);
    const fast = pollTimes(row.id).filter((t) => t > changedAt);
    expect(fast[0]! - changedAt).toBeLessThanOrEqual(17 * SEC);
    for (const g of gaps(fast)) {
      expect(g).toBeGreaterThanOrEqual(15 * SEC);
      expect(g).toBeLessThanOrEqual(17 * SEC);
    }
  });

  it('rebuilds the HTTP client when the proxy changes, and polls go through the new proxy', async () => {
    const { row } = h.add(BUSY_GLM);
    await h.run(30 * SEC);
    h.monitor.settingsChanged(h.store.settings.update({ warnPercent: 70 }));
    expect(h.clients).toHaveLength(1);
    proxy = await startConnectProxy();
    h.monitor.settingsChanged(h.store.settings.update({ proxyUrl: proxy.url }));
    expect(h.clients).toHaveLength(2);
    expect(h.clients[0]!.closed).toBe(true);
    expect(h.clients[1]!.proxyUrl).toBe(proxy.url);
    const before = pollTimes(row.id).length;
    await h.run(MIN);
    expect(pollTimes(row.id).length).toBeGreaterThan(before + 2);
    expect(lastStatus(row.id)?.snapshot?.status).toBe('ok');
    expect(h.clients[1]!.requests).toBeGreaterThan(0);
    const simPort = new URL(h.sim.urls.bigmodel).port;
    expect(proxy.tunnels).toContain(`127.0.0.1:${simPort}`);
  });

  it('aborts the request in flight of a removed account and pushes status:removed', async () => {
    const { row, sim } = h.add(BUSY_GLM);
    // The add starts a poll at once; its request has not reached the simulator yet.
    h.sim.setFault({ key: sim.key }, { kind: 'hang' });
    // Wait (real time) until the hanging request reached the simulator.
    for (let i = 0; i < 500 && h.sim.stats('bigmodel').requests === 0; i++) {
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(h.inFlight()).toBe(1);
    // As accounts:remove does: the row goes first, so the engine's store sync does not bring it back.
    h.store.accounts.remove(row.id);
    h.monitor.removeAccount(row.id);
    await h.settled();
    const request = h.requests.at(-1)!;
    expect(request.outcome).toBe('error');
    expect(isAbortError(request.error)).toBe(true);
    expect(h.of('status:removed', row.id)).toHaveLength(1);
    expect(h.monitor.status(row.id)).toBeNull();
    await h.run(MIN);
    expect(h.requests).toHaveLength(1);
    expect(h.store.snapshots.countFor(row.id)).toBe(0);
    expect(statusesOf(row.id).every((s) => s.snapshot === null)).toBe(true);
  });

  it('aborts the requests in flight and closes the client when stopped', async () => {
    const { sim } = h.add(BUSY_GLM);
    h.sim.setFault({ key: sim.key }, { kind: 'hang' });
    for (let i = 0; i < 500 && h.sim.stats('bigmodel').requests === 0; i++) {
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(h.inFlight()).toBe(1);
    await h.stop();
    expect(h.inFlight()).toBe(0);
    expect(isAbortError(h.requests.at(-1)!.error)).toBe(true);
    expect(h.clients.every((c) => c.closed)).toBe(true);
    const requests = h.requests.length;
    await h.run(MIN);
    expect(h.requests).toHaveLength(requests);
  });
});
