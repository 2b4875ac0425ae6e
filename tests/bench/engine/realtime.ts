// The engine in real time at the default intervals, the simulator in a child process: this
// process's CPU (user + system) over the wall time of the run, as a percentage of one core.
import { systemClock } from '../../../apps/main/src/core/clock/clock';
import { bootCore } from './boot-core';
import { countPolls } from './poll-counter';
import { startSimProcess } from './sim-process';

export interface RealtimeOptions {
  accounts: number;
  /** Real time before measuring: the first poll of every account and JIT warm-up. */
  warmupMs: number;
  durationMs: number;
  log: (line: string) => void;
}

export interface RealtimeResult {
  cpuPercent: number;
  polls: number;
  seconds: number;
  coreErrors: number;
  firstError: string | null;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Runs the engine for `durationMs` after `warmupMs` and reports its average CPU. */
export async function measureRealtimeCpu(o: RealtimeOptions): Promise<RealtimeResult> {
  const sim = await startSimProcess(o.accounts, null);
  const bench = await bootCore(
    systemClock,
    sim.accounts.map((a) => a.input),
  );
  const counter = countPolls(bench.core.events);
  try {
    await sleep(o.warmupMs);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const p0 = counter.polls;
    await sleep(o.durationMs);
    const c = process.cpuUsage(c0);
    const wallMs = performance.now() - t0;
    const cpuMs = (c.user + c.system) / 1000;
    const polls = counter.polls - p0;
    o.log(`  realtime: ${polls} polls, ${cpuMs.toFixed(0)} ms CPU in ${(wallMs / 1000).toFixed(1)} s`);
    return {
      cpuPercent: (100 * cpuMs) / wallMs,
      polls,
      seconds: wallMs / 1000,
      coreErrors: bench.errors.length,
      firstError: bench.errors[0] ?? null,
    };
  } finally {
    counter.dispose();
    await bench.close();
    await sim.close();
  }
}
