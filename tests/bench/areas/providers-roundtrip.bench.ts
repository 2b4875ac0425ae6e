// providers.probe_roundtrip_ms: one fetchSnapshot against the simulator over a warm keep-alive pool.
// providers.refresh_50_accounts_s: 50 accounts over the 5 simulated hosts, each host answering in
// 200 ms, refreshed once through the scheduler's per-host limit of 4; the simulator counts TCP
// connections and concurrent requests per host.
import type { ProviderId, Region } from '@contract';
import { systemClock } from '../../../apps/main/src/core/clock/clock';
import { createHttpClient } from '../../../apps/main/src/core/http';
import { fetchSnapshot, hostKey } from '../../../apps/main/src/core/providers';
import type { ProbeTarget } from '../../../apps/main/src/core/providers';
import { Scheduler } from '../../../apps/main/src/core/scheduler/scheduler';
import { SIM_HOSTS, startSimulator } from '../../../apps/main/src/simulator';
import type { Simulator } from '../../../apps/main/src/simulator';
import type { SimAccountSpec } from '../../../apps/main/src/simulator/types';
import type { BenchArea, BenchResult } from '../harness';
import { below, median, nowMs, repeat } from '../harness';

const LATENCY_MS = 200;
const PER_HOST_LIMIT = 4;

/** Ten accounts per simulated host, mixing the providers each host serves. */
function specsFor(i: number): SimAccountSpec {
  const specs: SimAccountSpec[] = [
    { provider: 'glm-coding-plan', region: 'cn', plan: { kind: 'glm-coding', level: 'lite' } },
    { provider: 'glm-coding-plan', region: 'global', plan: { kind: 'glm-coding', level: 'pro' } },
    { provider: 'minimax-cn', plan: { kind: 'minimax-token', tier: 'plus' } },
    { provider: 'minimax-global', plan: { kind: 'minimax-token', tier: 'max' } },
    { provider: 'deepseek', wallets: [{ currency: 'CNY', paid: 50 }] },
  ];
  return {
    ...specs[i % specs.length]!,
    burn: { perMinute: 5, moneyPerMinute: 0.01 },
    pattern: { kind: 'active' },
  };
}

function target(sim: Simulator, provider: ProviderId, region: Region | null, key: string): ProbeTarget {
  return { provider, region, baseUrl: sim.baseUrlFor(provider, region), model: null, key };
}

async function roundTrip(sim: Simulator): Promise<BenchResult> {
  const http = createHttpClient();
  const subjects = (['glm-coding-plan', 'minimax-cn', 'deepseek'] as const).map((p) => {
    const a = sim.addAccount(specsFor(p === 'glm-coding-plan' ? 0 : p === 'minimax-cn' ? 2 : 4));
    return target(sim, p, a.region, a.key);
  });
  const deps = { http, now: () => Date.now() };
  const runs = await repeat(7, async () => {
    const times: number[] = [];
    for (let i = 0; i < 100; i++) {
      const t = subjects[i % subjects.length]!;
      const start = nowMs();
      await fetchSnapshot(t, deps);
      times.push(nowMs() - start);
    }
    return median(times);
  });
  await http.close();
  return below(
    'providers.probe_roundtrip_ms',
    median(runs),
    'ms',
    5,
    runs.length,
    'wall per request incl. simulator, warm pool',
  );
}

async function refresh50(sim: Simulator, log: (l: string) => void): Promise<BenchResult[]> {
  sim.resetStats();
  for (const host of SIM_HOSTS) sim.setLatency(host, LATENCY_MS);
  const http = createHttpClient({ connectionsPerOrigin: PER_HOST_LIMIT });
  const targets = new Map<string, ProbeTarget>();
  for (let i = 0; i < 50; i++) {
    const spec = specsFor(i);
    const a = sim.addAccount(spec);
    targets.set(`a${i}`, target(sim, spec.provider, a.region, a.key));
  }
  let pending = 0;
  let finished: () => void = () => undefined;
  const scheduler = new Scheduler({
    clock: systemClock,
    hostLimits: { maxInFlight: PER_HOST_LIMIT, perMinuteBudget: 1000 },
    poll: async (id, signal) => {
      const { snapshot } = await fetchSnapshot(targets.get(id)!, { http, now: () => Date.now(), signal });
      if (--pending === 0) finished();
      return snapshot.status === 'ok' ? { ok: true } : { ok: false, kind: 'provider_error' };
    },
  });
  for (const [id, t] of targets) scheduler.upsert({ id, host: hostKey(t), intervalMs: 3_600_000 });
  scheduler.start();
  const refreshAll = async (): Promise<number> => {
    pending = targets.size;
    const done = new Promise<void>((resolve) => (finished = resolve));
    const start = nowMs();
    scheduler.refresh();
    await done;
    return (nowMs() - start) / 1000;
  };
  const runs = await repeat(5, refreshAll, 1);
  await scheduler.stop();
  await http.close();
  const peakRequests = Math.max(...SIM_HOSTS.map((h) => sim.stats(h).peakConcurrentRequests));
  const connections = Math.max(...SIM_HOSTS.map((h) => sim.stats(h).connections));
  log(
    `  per-host peak concurrent requests ${peakRequests}, TCP connections accepted per host (max) ${connections}`,
  );
  const floor = Math.ceil(10 / PER_HOST_LIMIT) * LATENCY_MS;
  return [
    below(
      'providers.refresh_50_accounts_s',
      median(runs),
      's',
      0.6,
      runs.length,
      `floor ceil(10/4)x200ms = ${floor / 1000} s`,
    ),
    {
      name: 'providers.refresh_peak_concurrent_per_host',
      value: peakRequests,
      unit: 'requests',
      target: `<= ${PER_HOST_LIMIT}`,
      met: peakRequests <= PER_HOST_LIMIT,
      runs: runs.length + 1,
    },
    {
      name: 'providers.refresh_tcp_connections_per_host',
      value: connections,
      unit: 'connections',
      target: `<= ${PER_HOST_LIMIT}`,
      met: connections <= PER_HOST_LIMIT,
      runs: runs.length + 1,
    },
  ];
}

const area: BenchArea = {
  area: 'providers',
  async run(log) {
    const sim = await startSimulator();
    try {
      const results = [await roundTrip(sim)];
      results.push(...(await refresh50(sim, log)));
      return results;
    } finally {
      await sim.close();
    }
  },
};
export default area;
