// The Monitor and its surroundings: system suspend and offline pause polling and resume with one
// refresh, a key the vault cannot decrypt never leaves the process, and a restart keeps the samples
// the rates and activity are computed from.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SimAccountSpec } from '../../../../../apps/main/src/simulator';
import { MIN, SEC, startMonitor } from './monitor-harness';
import type { MonitorHarness } from './monitor-harness';

const GLM: SimAccountSpec = {
  provider: 'glm-coding-plan',
  region: 'global',
  plan: { kind: 'glm-coding', level: 'pro' },
  initialUsed: { five_hour: 1000 },
  burn: { perMinute: 30 },
  pattern: { kind: 'active' },
};
const MINIMAX: SimAccountSpec = {
  provider: 'minimax-global',
  plan: { kind: 'minimax-token', tier: 'max' },
  burn: { perMinute: 10 },
  pattern: { kind: 'active' },
};

let h: MonitorHarness;

beforeEach(async () => {
  h = await startMonitor();
});
afterEach(async () => {
  await h.close();
});

/** Finished polls per account (distinct snapshot times pushed). */
function pollsSince(id: string, since: number): number[] {
  const times = h
    .of('status:updated', id)
    .flatMap((e) => (e.payload.snapshot ? [e.payload.snapshot.fetchedAt] : []))
    .filter((t) => t >= since);
  return [...new Set(times)];
}

describe('Monitor and the system', () => {
  for (const [name, pause, resume, reason] of [
    ['suspend', { suspended: true }, { suspended: false }, 'suspend'],
    ['offline', { online: false }, { online: true }, 'offline'],
  ] as const) {
    it(`pauses polling while ${name} and refreshes every account once on resume`, async () => {
      const a = h.add(GLM).row.id;
      const b = h.add(MINIMAX).row.id;
      await h.run(MIN);
      h.monitor.setSystemState(pause);
      await h.settled();
      const requests = h.requests.length;
      await h.run(5 * MIN);
      expect(h.requests).toHaveLength(requests);
      expect(h.monitor.statuses().map((s) => s.state)).toEqual(['paused', 'paused']);
      expect(h.monitor.monitorState()).toMatchObject({ paused: true, pauseReason: reason });
      if (name === 'offline') expect(h.monitor.monitorState().online).toBe(false);
      expect(h.of('monitor:stateChanged').at(-1)?.payload.pauseReason).toBe(reason);

      const resumedAt = h.clock.now();
      h.monitor.setSystemState(resume);
      await h.settled(); // no virtual time passes: the refresh is immediate
      expect(pollsSince(a, resumedAt)).toEqual([resumedAt]);
      expect(pollsSince(b, resumedAt)).toEqual([resumedAt]);
      expect(h.monitor.monitorState()).toMatchObject({ paused: false, pauseReason: null, online: true });
      await h.run(10 * SEC);
      expect(pollsSince(a, resumedAt)).toHaveLength(1);
      expect(pollsSince(b, resumedAt)).toHaveLength(1);
      await h.run(MIN);
      expect(pollsSince(a, resumedAt).length).toBeGreaterThanOrEqual(4);
    });
  }

  it('puts an account whose key cannot be decrypted in error with the reason, sending nothing', async () => {
    const { row, sim } = h.add(GLM);
    await h.run(MIN);
    // Another machine id derives another vault key: the stored ciphertext no longer opens.
    await h.restart({ machineId: 'another-machine' });
    const requests = h.requests.length;
    await h.run(3 * MIN);
    expect(h.requests).toHaveLength(requests);
    const status = h.monitor.status(row.id)!;
    expect(status.state).toBe('error');
    expect(status.reason?.kind).toBe('auth_error');
    expect(status.reason?.message).toMatch(/cannot be decrypted.*enter it again/);
    expect(status.lastGood?.status).toBe('ok'); // the history is still shown
    const pushed = h.of('status:updated', row.id).at(-1)?.payload;
    expect(pushed?.state).toBe('error');
    expect(h.logLines.join('\n')).not.toContain(sim.key);
  });

  it('keeps the samples across a restart, so rates and activity survive it', async () => {
    const { row } = h.add(GLM);
    await h.run(20 * MIN);
    const before = h.monitor.status(row.id)!;
    const sampleTimes = (): number[] =>
      h.monitor
        .runtime(row.id)!
        .samples.all()
        .map((s) => s.t);
    const samples = sampleTimes();
    expect(samples.length).toBeGreaterThanOrEqual(75);
    const rate = before.rates.windows.find((r) => r.windowKey.startsWith('five_hour'))!;
    expect(rate.perMinute).toBeGreaterThan(25);
    expect(before.state).toBe('active');

    await h.restart();
    const after = h.monitor.status(row.id)!; // before any poll of the new engine
    expect(sampleTimes()).toEqual(samples); // each stored sample once, none twice
    expect(after.lastGood).toEqual(before.lastGood);
    const again = after.rates.windows.find((r) => r.windowKey === rate.windowKey)!;
    expect(again.perMinute).toBeCloseTo(rate.perMinute!, 1);
    expect(after.state).toBe('active');
    expect(after.lastActiveAt).toBe(before.lastActiveAt);
  });

  it('picks up accounts another process adds to or removes from the data folder', async () => {
    // Written straight to the store, as `cpms accounts add` in another process would.
    const simAccount = h.sim.addAccount(MINIMAX);
    const row = h.store.accounts.insert({
      provider: 'minimax-global',
      region: null,
      model: null,
      label: 'added elsewhere',
      baseUrl: h.sim.baseUrlFor('minimax-global', null),
    });
    h.keys.write(row.id, simAccount.key);
    expect(h.monitor.status(row.id)).toBeNull();
    await h.run(61 * SEC); // the tracking tick re-reads the accounts
    expect(h.monitor.status(row.id)?.snapshot?.status).toBe('ok');
    expect(
      h
        .of('accounts:changed')
        .at(-1)
        ?.payload.map((a) => a.id),
    ).toContain(row.id);
    h.store.accounts.remove(row.id);
    await h.run(61 * SEC);
    expect(h.monitor.status(row.id)).toBeNull();
    expect(h.of('status:removed', row.id)).toHaveLength(1);
  });
});
