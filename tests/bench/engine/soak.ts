// The soak: the fleet against the in-process simulator, both on ONE virtual clock, for a simulated
// span at the default intervals. Time moves in poll-sized steps; after each step the driver waits
// until the polls it started have finished over real loopback HTTP. Heap is measured after forced GC
// at the end of the warm-up and at the end of the span.
import { VirtualClock } from '../../../apps/main/src/core/clock/virtual-clock';
import { SIM_HOSTS, startSimulator } from '../../../apps/main/src/simulator';
import type { AccountStatus } from '@contract';
import { bootCore } from './boot-core';
import { addFleet, fleet } from './fleet';
import { countPolls } from './poll-counter';
import { RequestTracker } from './request-tracker';

const HOUR = 3_600_000;
const MB = 1024 * 1024;

export interface SoakOptions {
  accounts: number;
  hours: number;
  warmupHours: number;
  /** Virtual time per step; at most the shortest poll interval so no poll is skipped. */
  stepMs: number;
  log: (line: string) => void;
}

export interface SoakResult {
  simulatedHours: number;
  warmupHours: number;
  heapAfterWarmupMb: number;
  heapEndMb: number;
  growthMb: number;
  /** Heap after GC at the end of each simulated hour past the warm-up. */
  hourlyHeapMb: number[];
  requests: number;
  polls: number;
  /** How many accounts end in each state (a sanity check: one error, the failing key). */
  finalStates: Record<string, number>;
  realSeconds: number;
  coreErrors: number;
  firstError: string | null;
}

/** Heap used after full collections (needs --expose-gc). */
export function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run node with --expose-gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed / MB;
}

/** Runs the soak and reports heap growth after the warm-up. */
export async function runSoak(o: SoakOptions): Promise<SoakResult> {
  const clock = new VirtualClock(Date.UTC(2026, 0, 5, 8));
  // A short request log: the simulator shares this heap and must not grow it.
  const sim = await startSimulator({ clock, maxRequestRecords: 256 });
  const tracker = new RequestTracker();
  const accounts = addFleet(sim, fleet(o.accounts));
  const bench = await bootCore(
    clock,
    accounts.map((a) => a.input),
  );
  const polls = countPolls(bench.core.events);
  const started = performance.now();
  const hourly: number[] = [];
  let heapWarm = Number.NaN;
  try {
    const totalMs = o.hours * HOUR;
    for (let t = 0; t < totalMs;) {
      await clock.advance(o.stepMs);
      await tracker.settled();
      t += o.stepMs;
      if (t % HOUR !== 0) continue;
      const hour = t / HOUR;
      const real = (performance.now() - started) / 1000;
      if (hour === o.warmupHours) heapWarm = heapAfterGc();
      if (hour > o.warmupHours) hourly.push(heapAfterGc());
      const heap = hour >= o.warmupHours ? ` heap ${(hourly.at(-1) ?? heapWarm).toFixed(2)} MB` : '';
      o.log(`  soak: ${hour} h simulated in ${real.toFixed(1)} s, ${tracker.started} requests${heap}`);
    }
    const heapEnd = hourly.at(-1) ?? heapAfterGc();
    const list = await bench.core.dispatcher.dispatch('status:list', undefined, { transport: 'test' });
    const finalStates: Record<string, number> = {};
    for (const s of list.ok ? (list.value as AccountStatus[]) : []) {
      finalStates[s.state] = (finalStates[s.state] ?? 0) + 1;
    }
    o.log(`  soak: final states ${JSON.stringify(finalStates)}`);
    return {
      simulatedHours: o.hours,
      warmupHours: o.warmupHours,
      heapAfterWarmupMb: heapWarm,
      heapEndMb: heapEnd,
      growthMb: heapEnd - heapWarm,
      hourlyHeapMb: hourly,
      requests: SIM_HOSTS.reduce((n, h) => n + sim.stats(h).requests, 0),
      polls: polls.polls,
      finalStates,
      realSeconds: (performance.now() - started) / 1000,
      coreErrors: bench.errors.length,
      firstError: bench.errors[0] ?? null,
    };
  } finally {
    polls.dispose();
    await bench.close();
    tracker.dispose();
    await sim.close();
  }
}
