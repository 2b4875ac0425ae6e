// Sizes of the engine benchmark. Defaults are the figures' definitions; `--quick` (or
// CPMS_BENCH_QUICK=1) shortens everything for development, `--soak-hours N` (CPMS_BENCH_SOAK_HOURS)
// sets the simulated soak span and `--realtime-seconds N` (CPMS_BENCH_REALTIME_SECONDS) the real run.
import type { CpuOptions } from './cpu-per-poll';
import type { RealtimeOptions } from './realtime';
import type { SoakOptions } from './soak';

export interface EngineBenchConfig {
  quick: boolean;
  soak: Omit<SoakOptions, 'log'>;
  cpu: Omit<CpuOptions, 'log'>;
  realtime: Omit<RealtimeOptions, 'log'>;
}

const MIN = 60_000;
const HOUR = 60 * MIN;
/** The sample buffers fill for 2 h 10 min (analysis lookback plus margin): warm up past that.
 * Shorter spans (e.g. `--soak-hours 2`) measure that filling, not a leak. */
const SOAK_WARMUP_HOURS = 3;

function flag(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function positive(value: string | undefined): number | undefined {
  const n = Number(value);
  return value !== undefined && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Reads the engine bench options from the command line and the environment. */
export function engineConfig(argv: readonly string[], env: NodeJS.ProcessEnv): EngineBenchConfig {
  const quick = argv.includes('--quick') || env.CPMS_BENCH_QUICK === '1';
  const hours = Math.round(
    positive(flag(argv, '--soak-hours')) ?? positive(env.CPMS_BENCH_SOAK_HOURS) ?? (quick ? 4 : 6),
  );
  const realtimeSec =
    positive(flag(argv, '--realtime-seconds')) ??
    positive(env.CPMS_BENCH_REALTIME_SECONDS) ??
    (quick ? 20 : 120);
  return {
    quick,
    soak: {
      accounts: 50,
      hours,
      warmupHours: hours > SOAK_WARMUP_HOURS ? SOAK_WARMUP_HOURS : Math.max(1, Math.floor(hours / 2)),
      stepMs: 1_000,
    },
    cpu: {
      accounts: 50,
      speed: 120,
      warmupVirtualMs: quick ? 30 * MIN : 2 * HOUR,
      windows: quick ? 6 : 20,
      windowRealMs: 1_000,
    },
    realtime: { accounts: 20, warmupMs: quick ? 5_000 : 10_000, durationMs: realtimeSec * 1000 },
  };
}
