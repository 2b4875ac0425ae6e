// `npm run simulator`: the simulator on fixed loopback ports (47801..47805 when free) with the demo
// accounts, one line per account with its base URL and key, until Ctrl-C.
import { addDemoAccounts } from './demo-accounts';
import { startSimulator } from './index';
import { SIM_HOSTS } from './types';
import type { SimHost } from './types';

const DEFAULT_PORTS = Object.fromEntries(SIM_HOSTS.map((h, i) => [h, 47801 + i])) as Record<SimHost, number>;

async function main(): Promise<void> {
  const sim = await startSimulator({ ports: DEFAULT_PORTS, portFallback: true });
  const accounts = addDemoAccounts(sim);
  const out = process.stdout;
  out.write('CPMS provider simulator (loopback only). Demo keys are simulator keys, not real ones.\n');
  for (const host of SIM_HOSTS) out.write(`  host ${host.padEnd(11)} ${sim.urls[host]}\n`);
  for (const a of accounts) {
    const where = a.region ? `${a.provider} (${a.region})` : a.provider;
    const fault = a.fault ? `  [fault: ${a.fault.kind}]` : '';
    out.write(`${where.padEnd(24)} ${a.baseUrl}  key ${a.key}  ${a.label}${fault}\n`);
  }
  out.write('Ctrl-C to stop.\n');
  const stop = (): void => {
    void sim.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`simulator: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
