// Parent side of sim-child.ts: spawns the simulator in its own process and reads its accounts.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { FleetAccount } from './fleet';
import type { ScaledClockSpec } from './scaled-clock';

export interface SimProcess {
  accounts: FleetAccount[];
  pid: number;
  close(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./sim-child.ts', import.meta.url));

/** Starts the simulator child with the first `accounts` fleet members on `clock` (null = real time). */
export async function startSimProcess(accounts: number, clock: ScaledClockSpec | null): Promise<SimProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify({ accounts, clock })], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`simulator child exited (${String(code)})`)));
  });
  const parsed = JSON.parse(first) as { accounts: FleetAccount[] };
  return {
    accounts: parsed.accounts,
    pid: child.pid ?? -1,
    async close() {
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
      lines.close();
    },
  };
}
