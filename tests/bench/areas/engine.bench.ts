// engine.soak_heap_growth_mb: 50 accounts against the simulator on one virtual clock for a simulated
// span (default 6 h, 3 h of warm-up), heap after forced GC at the end minus after the warm-up.
// engine.cpu_per_poll_ms (+ _p95_ms): this process's CPU per finished poll, the simulator in a child
// process, both on a 120x clock, over 1 s windows after the analysis lookback has filled.
// engine.realtime_cpu_percent: 20 accounts at the default intervals in real time for 2 minutes.
// Each measurement runs in its own child process; the real-time run goes alongside the others.
import type { BenchArea, BenchResult } from '../harness';
import { below } from '../harness';
import { runMeasurement } from '../engine/child-run';
import { engineConfig } from '../engine/config';
import type { CpuResult } from '../engine/cpu-per-poll';
import type { RealtimeResult } from '../engine/realtime';
import type { SoakResult } from '../engine/soak';

const fixed = (n: number, digits = 2): string => n.toFixed(digits);

function problems(
  label: string,
  r: { coreErrors: number; firstError: string | null },
  log: (l: string) => void,
): string {
  if (r.coreErrors === 0) return '';
  log(`  ! ${label}: the core logged ${r.coreErrors} errors, first: ${r.firstError ?? ''}`);
  return `; ${r.coreErrors} core errors logged`;
}

const area: BenchArea = {
  area: 'engine',
  async run(log) {
    const cfg = engineConfig(process.argv, process.env);
    const started = performance.now();
    log(
      `  engine: soak ${cfg.soak.hours} h (warm-up ${cfg.soak.warmupHours} h), cpu at ${cfg.cpu.speed}x, ` +
        `real time ${cfg.realtime.durationMs / 1000} s${cfg.quick ? ' (quick)' : ''}`,
    );
    const realtime = runMeasurement<RealtimeResult>('realtime', cfg.realtime, log);
    // Settles the real-time run's promise if an earlier measurement throws, so nothing dangles.
    realtime.catch(() => undefined);
    const soak = await runMeasurement<SoakResult>('soak', cfg.soak, log);
    log(`  engine: soak took ${fixed(soak.realSeconds, 0)} s real for ${soak.simulatedHours} h simulated`);
    const cpu = await runMeasurement<CpuResult>('cpu', cfg.cpu, log);
    const rt = await realtime;
    log(`  engine: area took ${fixed((performance.now() - started) / 1000, 0)} s`);

    const results: BenchResult[] = [
      below(
        'engine.soak_heap_growth_mb',
        soak.growthMb,
        'MB',
        5,
        1,
        `${soak.simulatedHours} h simulated, growth over the last ${soak.simulatedHours - soak.warmupHours} h ` +
          `(${fixed(soak.heapAfterWarmupMb)} -> ${fixed(soak.heapEndMb)} MB), ${soak.polls} polls, ` +
          `${fixed(soak.realSeconds, 0)} s real` +
          problems('soak', soak, log),
      ),
      below(
        'engine.cpu_per_poll_ms',
        cpu.medianMs,
        'ms',
        1,
        cpu.perPollMs.length,
        `median of ${cpu.perPollMs.length} windows, ${cpu.polls} polls of 50 accounts, ` +
          'simulator in a child process' +
          problems('cpu', cpu, log),
      ),
      {
        name: 'engine.cpu_per_poll_p95_ms',
        value: cpu.p95Ms,
        unit: 'ms',
        target: 'context',
        met: true,
        runs: cpu.perPollMs.length,
        note: 'p95 of the same 1 s windows',
      },
      below(
        'engine.realtime_cpu_percent',
        rt.cpuPercent,
        '% core',
        2,
        1,
        `20 accounts, ${fixed(rt.seconds, 0)} s real alongside the other runs, ${rt.polls} polls` +
          problems('realtime', rt, log),
      ),
    ];
    return results;
  },
};
export default area;
