// CPU per account-poll on the engine side only: the simulator runs in a child process, both on an
// accelerated clock from one origin, so this process's CPU is the client, parse, store, analysis
// and events of the polls (plus the engine's own background work, shared out over them). After a
// warm-up that fills the analysis lookback, CPU is sampled over short real-time windows.
import { median } from '../harness';
import { bootCore } from './boot-core';
import { countPolls } from './poll-counter';
import { realNow, scaledClock } from './scaled-clock';
import { startSimProcess } from './sim-process';

export interface CpuOptions {
  accounts: number;
  /** Virtual milliseconds per real millisecond. */
  speed: number;
  warmupVirtualMs: number;
  windows: number;
  windowRealMs: number;
  log: (line: string) => void;
}

export interface CpuResult {
  /** CPU ms per poll in each window. */
  perPollMs: number[];
  medianMs: number;
  p95Ms: number;
  polls: number;
  coreErrors: number;
  firstError: string | null;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The q-quantile (0..1) of `values` by nearest rank. */
export function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
}

/** Measures CPU per poll over `windows` windows after the warm-up. */
export async function measureCpuPerPoll(o: CpuOptions): Promise<CpuResult> {
  const spec = { originReal: realNow(), originVirtual: Date.UTC(2026, 0, 5, 8), speed: o.speed };
  const sim = await startSimProcess(o.accounts, spec);
  const clock = scaledClock(spec);
  const bench = await bootCore(
    clock,
    sim.accounts.map((a) => a.input),
  );
  const counter = countPolls(bench.core.events);
  try {
    await sleep(o.warmupVirtualMs / o.speed);
    o.log(`  cpu: warm-up ${(o.warmupVirtualMs / 60_000).toFixed(0)} virtual min, ${counter.polls} polls`);
    const perPoll: number[] = [];
    let polls = 0;
    for (let i = 0; i < o.windows; i++) {
      const c0 = process.cpuUsage();
      const p0 = counter.polls;
      await sleep(o.windowRealMs);
      const c = process.cpuUsage(c0);
      const n = counter.polls - p0;
      polls += n;
      if (n > 0) perPoll.push((c.user + c.system) / 1000 / n);
    }
    o.log(
      `  cpu: ${polls} polls in ${o.windows} windows of ${o.windowRealMs} ms, per-poll ms ` +
        perPoll.map((v) => v.toFixed(3)).join(' '),
    );
    return {
      perPollMs: perPoll,
      medianMs: median(perPoll),
      p95Ms: quantile(perPoll, 0.95),
      polls,
      coreErrors: bench.errors.length,
      firstError: bench.errors[0] ?? null,
    };
  } finally {
    counter.dispose();
    await bench.close();
    await sim.close();
  }
}
