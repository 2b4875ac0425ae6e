// Shared pieces of `npm run bench`: a result type matching ../shared/design/BENCH.md, medians, and
// a runner that repeats a measurement after warm-up.

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** Human form of the target, e.g. ">= 100000" or "< 10". */
  target: string;
  met: boolean;
  runs: number;
  /** Optional context printed beside the figure (baseline, spread). */
  note?: string;
}

export interface BenchArea {
  /** Prefix of every figure this area reports, e.g. `store`. */
  area: string;
  run(log: (line: string) => void): Promise<BenchResult[]>;
}

/** Median of a non-empty list. */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs `fn` `warmup` times unrecorded, then `runs` times, returning each run's value. */
export async function repeat(
  runs: number,
  fn: () => Promise<number> | number,
  warmup = 1,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const values: number[] = [];
  for (let i = 0; i < runs; i++) values.push(await fn());
  return values;
}

/** Builds a result whose target is "at least" `min`. */
export function atLeast(
  name: string,
  value: number,
  unit: string,
  min: number,
  runs: number,
  note?: string,
): BenchResult {
  return { name, value, unit, target: `>= ${min}`, met: value >= min, runs, ...(note ? { note } : {}) };
}

/** Builds a result whose target is "below" `max`. */
export function below(
  name: string,
  value: number,
  unit: string,
  max: number,
  runs: number,
  note?: string,
): BenchResult {
  return { name, value, unit, target: `< ${max}`, met: value < max, runs, ...(note ? { note } : {}) };
}

/** High-resolution milliseconds. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
