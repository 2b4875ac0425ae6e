// Child-process entry for one engine measurement, so each runs in a fresh process (heap, JIT and
// CPU counters of its own) and the soak gets --expose-gc. Progress goes to stderr; the last stdout
// line is the JSON result.
// Usage: node --expose-gc --import tsx measure.ts soak|cpu|realtime '<options json>'
import { measureCpuPerPoll } from './cpu-per-poll';
import type { CpuOptions } from './cpu-per-poll';
import { measureRealtimeCpu } from './realtime';
import type { RealtimeOptions } from './realtime';
import { runSoak } from './soak';
import type { SoakOptions } from './soak';

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};
const [kind, json] = process.argv.slice(2);
const options = { ...(JSON.parse(json ?? '{}') as object), log };

let result: unknown;
switch (kind) {
  case 'soak':
    result = await runSoak(options as SoakOptions);
    break;
  case 'cpu':
    result = await measureCpuPerPoll(options as CpuOptions);
    break;
  case 'realtime':
    result = await measureRealtimeCpu(options as RealtimeOptions);
    break;
  default:
    throw new Error(`unknown measurement: ${String(kind)}`);
}
process.stdout.write(`${JSON.stringify(result)}\n`);
