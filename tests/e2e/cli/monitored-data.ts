// A data folder with real history for the CLI's read commands: accounts added through `cpms accounts
// add`, then a real core with monitoring on polls the provider simulator on a virtual clock for a
// while (crossing an hour boundary, so hourly rollups exist), and is stopped. `cpms status` and
// `cpms export` then read the folder the way a user's shell would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ProviderId, Region } from '@contract';
import { VirtualClock } from '../../../apps/main/src/core/clock/virtual-clock';
import { createCore } from '../../../apps/main/src/core/create-core';
import { silentLogger } from '../../../apps/main/src/core/log/logger';
import { startSimulator } from '../../../apps/main/src/simulator';
import { runCli } from './run-cli';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface MonitoredData {
  root: string;
  dataDir: string;
  /** Account ids by role. */
  ids: { plan: string; wallet: string; failing: string };
  labels: { plan: string; wallet: string; failing: string };
  keys: string[];
  /** Virtual time span the monitor ran over. */
  from: number;
  to: number;
  cleanup(): void;
}

/** Builds the folder; `minutes` of virtual monitoring starting 5 minutes before an hour mark. */
export async function buildMonitoredData(minutes = 12): Promise<MonitoredData> {
  // An hour mark at least 10 minutes in the real past, so every snapshot is older than "now".
  const from = Math.floor((Date.now() - (minutes + 10) * MINUTE) / HOUR) * HOUR - 5 * MINUTE;
  const clock = new VirtualClock(from);
  const sim = await startSimulator({ clock });
  const root = mkdtempSync(join(tmpdir(), 'cpms-cli-history-'));
  const dataDir = join(root, 'data');
  const labels = { plan: 'Lite, "CN"', wallet: 'DeepSeek wallet', failing: 'MiniMax (revoked)' };

  const plan = sim.addAccount({
    provider: 'glm-coding-plan',
    region: 'cn',
    plan: { kind: 'glm-coding', level: 'lite' },
    burn: { perMinute: 6 },
    pattern: { kind: 'active' },
    initialUsed: { five_hour: 800 },
  });
  const wallet = sim.addAccount({
    provider: 'deepseek',
    wallets: [
      { currency: 'CNY', paid: 100, granted: 10 },
      { currency: 'USD', paid: 5 },
    ],
    burn: { moneyPerMinute: 0.05 },
    pattern: { kind: 'active' },
  });
  const failing = sim.addAccount({
    provider: 'minimax-global',
    plan: { kind: 'minimax-token', tier: 'starter' },
  });
  sim.setFault({ key: failing.key }, { kind: 'auth_200', code: 2049 });

  const add = async (
    provider: ProviderId,
    region: Region | null,
    key: string,
    label: string,
  ): Promise<string> => {
    const args = ['accounts', 'add', '--provider', provider, '--label', label, '--data-dir', dataDir];
    if (region) args.push('--region', region);
    args.push('--base-url', sim.baseUrlFor(provider, region));
    const r = await runCli(args, { CPMS_KEY: key });
    expect(r.code, r.stderr).toBe(0);
    return r.stdout.trim();
  };
  const ids = {
    plan: await add('glm-coding-plan', 'cn', plan.key, labels.plan),
    wallet: await add('deepseek', null, wallet.key, labels.wallet),
    failing: await add('minimax-global', null, failing.key, labels.failing),
  };

  // The monitoring core uses the machine's own vault key, as the CLI does, so it can read the keys.
  const core = await createCore({
    dataDir,
    host: 'headless',
    clock,
    logger: silentLogger,
    random: () => 0.5,
  });
  await core.start();
  for (let t = 0; t < minutes * MINUTE; t += 15_000) {
    await clock.advance(15_000);
    await new Promise((r) => setTimeout(r, 25));
  }
  await core.stop();
  await sim.close();

  return {
    root,
    dataDir,
    ids,
    labels,
    keys: [plan.key, wallet.key, failing.key],
    from,
    to: clock.now(),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
