// A real Monitor for the engine tests: the provider simulator and the engine on one VirtualClock, a
// SQLite store and the key vault in a temp folder, the real undici client over loopback. The client
// is wrapped only to count requests in flight (so a step of virtual time waits exactly for the polls
// it started) and to record which clients were built and closed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AccountSettings, EventMap, EventName } from '@contract';
import { EventBus } from '../../../../../apps/main/src/core/api/event-bus';
import { VirtualClock } from '../../../../../apps/main/src/core/clock/virtual-clock';
import { createKeyStore } from '../../../../../apps/main/src/core/engine/key-store';
import type { KeyStore } from '../../../../../apps/main/src/core/engine/key-store';
import { Monitor } from '../../../../../apps/main/src/core/engine/monitor';
import { createHttpClient } from '../../../../../apps/main/src/core/http';
import type { HttpClient } from '../../../../../apps/main/src/core/http';
import { createLogger } from '../../../../../apps/main/src/core/log/logger';
import { openStore } from '../../../../../apps/main/src/core/store';
import type { AccountRow, Store } from '../../../../../apps/main/src/core/store';
import { createVault } from '../../../../../apps/main/src/core/vault/vault';
import { startSimulator } from '../../../../../apps/main/src/simulator';
import type { SimAccount, SimAccountSpec, Simulator } from '../../../../../apps/main/src/simulator';

export const SEC = 1_000;
export const MIN = 60_000;

export interface Recorded<E extends EventName = EventName> {
  event: E;
  payload: EventMap[E];
  at: number;
}

export interface BuiltClient {
  proxyUrl: string | null;
  closed: boolean;
  requests: number;
}

/** One request the wrapped client carried, and how it ended. */
export interface RequestLog {
  url: string;
  at: number;
  outcome: 'pending' | 'ok' | 'error';
  error?: unknown;
}

export interface MonitorHarness {
  clock: VirtualClock;
  sim: Simulator;
  store: Store;
  keys: KeyStore;
  monitor: Monitor;
  events: Recorded[];
  clients: BuiltClient[];
  requests: RequestLog[];
  logLines: string[];
  inFlight(): number;
  /** Adds an account to the simulator and to the engine (as `accounts:add` does). */
  add(spec: SimAccountSpec, settings?: AccountSettings): { row: AccountRow; sim: SimAccount };
  /** Moves virtual time by `ms` in steps, letting the polls each step starts finish. */
  run(ms: number, stepMs?: number): Promise<void>;
  /** Waits until no request is in flight and the polls' follow-up work has run. */
  settled(): Promise<void>;
  /** Events of one kind, optionally for one account. */
  of<E extends EventName>(event: E, accountId?: string): Recorded<E>[];
  /** Stops the engine once (Monitor.stop itself is not idempotent: the second close throws). */
  stop(): Promise<void>;
  /** Stops the engine and starts a new one over the same data folder (optionally a new machine id). */
  restart(options?: { machineId?: string }): Promise<void>;
  close(): Promise<void>;
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function accountOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const p = payload as { account?: { id?: string }; accountId?: string | null };
  return p.account?.id ?? p.accountId ?? undefined;
}

/** Starts simulator, store, vault and Monitor (started) on one virtual clock. */
export async function startMonitor(options: { machineId?: string } = {}): Promise<MonitorHarness> {
  const clock = new VirtualClock(Date.UTC(2026, 0, 5, 8));
  const sim = await startSimulator({ clock });
  const dataDir = mkdtempSync(join(tmpdir(), 'cpms-engine-test-'));
  const logLines: string[] = [];
  const logger = createLogger({ level: 'debug', sink: (l) => logLines.push(l) });
  const events: Recorded[] = [];
  const clients: BuiltClient[] = [];
  const requests: RequestLog[] = [];
  let inFlight = 0;
  let stopped = false;

  const createHttp = (proxyUrl: string | null): HttpClient => {
    const real = createHttpClient({ proxyUrl, logger });
    const built: BuiltClient = { proxyUrl, closed: false, requests: 0 };
    clients.push(built);
    return {
      async request(req) {
        const log: RequestLog = { url: req.url, at: clock.now(), outcome: 'pending' };
        requests.push(log);
        built.requests++;
        inFlight++;
        try {
          const res = await real.request(req);
          log.outcome = 'ok';
          return res;
        } catch (error) {
          log.outcome = 'error';
          log.error = error;
          throw error;
        } finally {
          inFlight--;
        }
      },
      close() {
        built.closed = true;
        return real.close();
      },
    };
  };

  const boot = async (machineId: string) => {
    const store = openStore({ dataDir, logger, now: () => clock.now() });
    const vault = await createVault({ meta: store.meta, machineId: () => Promise.resolve(machineId) });
    const keys = createKeyStore(store, vault);
    const bus = new EventBus();
    bus.onAny((event, payload) => events.push({ event, payload, at: clock.now() }));
    const monitor = new Monitor({
      store,
      clock,
      events: bus,
      logger,
      createHttp,
      readKey: (id) => keys.read(id),
      random: () => 0.5,
    });
    monitor.start();
    stopped = false;
    return { store, keys, monitor };
  };

  const settled = async (): Promise<void> => {
    for (let quiet = 0; quiet < 2;) {
      await turn();
      quiet = inFlight === 0 ? quiet + 1 : 0;
      // Loopback answers need real I/O turns; back off a little instead of spinning.
      if (inFlight > 0) await new Promise((r) => setTimeout(r, 1));
    }
  };

  const h: MonitorHarness = {
    clock,
    sim,
    ...(await boot(options.machineId ?? 'test-machine')),
    events,
    clients,
    requests,
    logLines,
    inFlight: () => inFlight,
    add(spec, settings = {}) {
      const account = sim.addAccount(spec);
      const row = h.store.accounts.insert({
        provider: spec.provider,
        region: account.region,
        model: null,
        label: spec.label ?? spec.provider,
        baseUrl: sim.baseUrlFor(spec.provider, account.region),
        settings,
      });
      h.keys.write(row.id, account.key);
      h.monitor.upsertAccount(row);
      return { row, sim: account };
    },
    async run(ms, stepMs = SEC) {
      for (let t = 0; t < ms; t += stepMs) {
        await clock.advance(Math.min(stepMs, ms - t));
        await settled();
      }
    },
    settled,
    of<E extends EventName>(event: E, accountId?: string) {
      return events.filter(
        (e): e is Recorded<E> =>
          e.event === event && (accountId === undefined || accountOf(e.payload) === accountId),
      );
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await h.monitor.stop();
    },
    async restart(opts = {}) {
      await h.stop();
      h.store.close();
      Object.assign(h, await boot(opts.machineId ?? options.machineId ?? 'test-machine'));
    },
    async close() {
      await h.stop();
      h.store.close();
      await sim.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return h;
}
