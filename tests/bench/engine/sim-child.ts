// Child-process entry: starts the provider simulator with the benchmark fleet and prints one JSON
// line { accounts } (what `accounts:add` needs), then serves until stdin closes. Running it apart
// keeps the simulator's CPU out of the engine process's process.cpuUsage().
// Usage: node --import tsx sim-child.ts '{"accounts":20,"clock":null|ScaledClockSpec}'
import { systemClock } from '../../../apps/main/src/core/clock/clock';
import { startSimulator } from '../../../apps/main/src/simulator';
import { addFleet, fleet } from './fleet';
import type { ScaledClockSpec } from './scaled-clock';
import { scaledClock } from './scaled-clock';

interface ChildArgs {
  accounts: number;
  clock: ScaledClockSpec | null;
}

const args = JSON.parse(process.argv[2] ?? '{}') as ChildArgs;
const sim = await startSimulator({
  clock: args.clock ? scaledClock(args.clock) : systemClock,
  maxRequestRecords: 256,
});
const accounts = addFleet(sim, fleet(args.accounts));
process.stdout.write(`${JSON.stringify({ accounts })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void sim.close().then(() => process.exit(0));
});
