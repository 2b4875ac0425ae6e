// The provider simulator: five loopback HTTP servers standing in for bigmodel, z.ai, minimaxi,
// minimax.io and DeepSeek, speaking their real wire formats over accounts whose usage follows a
// clock the caller controls. Tests, the benchmark and the demo start it with `startSimulator`.
import type { Server } from 'node:http';
import type { ProviderId, Region } from '@contract';
import type { Clock } from '../core/clock/clock';
import { systemClock } from '../core/clock/clock';
import { AccountRegistry } from './accounts';
import type { SimAccount } from './accounts';
import type { FamilyDeps, HostFamily } from './family';
import type { FaultTarget } from './faults';
import { FaultRegistry } from './faults';
import { hostFor } from './hosts';
import { LOOPBACK, createHostServer, listenLoopback } from './server';
import type { HostStats } from './stats';
import { SIM_HOSTS } from './types';
import type { SimAccountSpec, SimFault, SimHost, SimHostStats, SimRequestRecord } from './types';
import { glmFamily } from './glm/routes';
import { miniMaxFamily } from './minimax/routes';
import { deepSeekFamily } from './deepseek/routes';

export type * from './types';
export { SIM_HOSTS } from './types';
export type { SimAccount, SimUsage, SimWindowTruth, SimWalletTruth } from './accounts';
export type { FaultTarget } from './faults';
export { hostFor } from './hosts';
export { generateKey } from './keys';

export interface SimulatorOptions {
  /** Drives usage, windows and wallets; default the system clock. */
  clock?: Clock;
  /** Port per host; 0 or absent = random. */
  ports?: Partial<Record<SimHost, number>>;
  /** With fixed ports: take a random port when one is busy instead of failing. */
  portFallback?: boolean;
  /** Delay before every answer, in real milliseconds, for all hosts or per host. */
  latencyMs?: number | Partial<Record<SimHost, number>>;
  /** GLM hosts answer unknown keys with HTTP 200 + code 1000 instead of 401. */
  glmAuthErrorsAsHttp200?: boolean;
  /** Keep at most this many request records (oldest dropped). Default 100 000. */
  maxRequestRecords?: number;
}

export interface Simulator {
  readonly urls: Record<SimHost, string>;
  /** Base URL of the host serving `provider` in `region` (null = the provider's default region). */
  baseUrlFor(provider: ProviderId, region: Region | null): string;
  addAccount(spec: SimAccountSpec): SimAccount;
  removeAccount(key: string): void;
  account(key: string): SimAccount;
  setFault(target: FaultTarget, fault: SimFault | null, options?: { times?: number }): void;
  setLatency(host: SimHost, ms: number): void;
  stats(host: SimHost): SimHostStats;
  resetStats(): void;
  /** Every answered request (never keys or query strings). */
  readonly requests: readonly SimRequestRecord[];
  close(): Promise<void>;
}

const FAMILY: Record<SimHost, HostFamily> = {
  bigmodel: glmFamily,
  zai: glmFamily,
  minimaxi: miniMaxFamily,
  'minimax-io': miniMaxFamily,
  deepseek: deepSeekFamily,
};

/** Starts the five host servers on 127.0.0.1 and resolves once all are listening. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const clock = options.clock ?? systemClock;
  const registry = new AccountRegistry(clock);
  const faults = new FaultRegistry();
  const deps: FamilyDeps = { registry, glmAuthErrorsAsHttp200: options.glmAuthErrorsAsHttp200 ?? false };
  const latency = new Map<SimHost, number>();
  for (const host of SIM_HOSTS) {
    const l = options.latencyMs;
    latency.set(host, typeof l === 'number' ? l : (l?.[host] ?? 0));
  }
  const requests: SimRequestRecord[] = [];
  const maxRecords = options.maxRequestRecords ?? 100_000;
  const timers = new Set<NodeJS.Timeout>();
  const runtime = {
    clock,
    deps,
    faults,
    timers,
    latencyOf: (host: SimHost) => latency.get(host) ?? 0,
    record: (entry: SimRequestRecord) => {
      requests.push(entry);
      if (requests.length > maxRecords) requests.splice(0, requests.length - maxRecords);
    },
  };

  const servers = new Map<SimHost, { server: Server; stats: HostStats }>();
  const urls = {} as Record<SimHost, string>;
  try {
    for (const host of SIM_HOSTS) {
      const entry = createHostServer(host, FAMILY[host], runtime);
      servers.set(host, entry);
      const port = await listenLoopback(
        entry.server,
        options.ports?.[host] ?? 0,
        options.portFallback ?? false,
      );
      urls[host] = `http://${LOOPBACK}:${port}`;
    }
  } catch (e) {
    await closeAll(
      [...servers.values()].map((s) => s.server),
      timers,
    );
    throw e;
  }

  const statsOf = (host: SimHost): HostStats => {
    const s = servers.get(host);
    if (!s) throw new Error(`simulator: unknown host ${host}`);
    return s.stats;
  };

  return {
    urls,
    baseUrlFor: (provider, region) => urls[hostFor(provider, region)],
    addAccount: (spec) => registry.add(spec),
    removeAccount: (key) => registry.remove(key),
    account: (key) => registry.get(key),
    setFault: (target, fault, opts) => faults.set(target, fault, opts?.times),
    setLatency: (host, ms) => latency.set(host, Math.max(0, ms)),
    stats: (host) => statsOf(host).snapshot(),
    resetStats: () => {
      for (const { stats } of servers.values()) stats.reset();
    },
    requests,
    close: () =>
      closeAll(
        [...servers.values()].map((s) => s.server),
        timers,
      ),
  };
}

async function closeAll(servers: Server[], timers: Set<NodeJS.Timeout>): Promise<void> {
  for (const t of timers) clearTimeout(t);
  timers.clear();
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          if (!server.listening) {
            resolve();
            return;
          }
          server.close(() => resolve());
          // Hanging and idle keep-alive sockets would hold close() open forever.
          server.closeAllConnections();
        }),
    ),
  );
}
