// The demo accounts (shared by `npm run simulator` and `npm run demo`) and the simulator CLI as a
// real child process.
import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../../apps/main/src/core/clock/virtual-clock';
import { startSimulator } from '../../../../apps/main/src/simulator/index';
import type { Simulator } from '../../../../apps/main/src/simulator/index';
import { addDemoAccounts } from '../../../../apps/main/src/simulator/demo-accounts';
import { get } from './http';

const PATH: Record<string, string> = {
  glm: '/api/biz/account/query-customer-account-report',
  'glm-coding-plan': '/api/monitor/usage/quota/limit',
  'minimax-cn': '/v1/token_plan/remains',
  'minimax-global': '/v1/token_plan/remains',
  deepseek: '/user/balance',
};

let clock: VirtualClock;
let sim: Simulator;
beforeEach(async () => {
  clock = new VirtualClock(Date.UTC(2026, 8, 17, 2, 0));
  sim = await startSimulator({ clock });
});
afterEach(() => sim.close());

describe('addDemoAccounts', () => {
  it('covers all five providers, both coding-plan regions, two DeepSeek currencies, busy, idle and failing accounts', async () => {
    const demo = addDemoAccounts(sim, { now: clock.now() });
    expect(new Set(demo.map((d) => d.provider))).toEqual(
      new Set(['glm', 'glm-coding-plan', 'minimax-cn', 'minimax-global', 'deepseek']),
    );
    expect(new Set(demo.filter((d) => d.provider === 'glm-coding-plan').map((d) => d.region))).toEqual(
      new Set(['cn', 'global']),
    );
    const deepseek = demo.find((d) => d.provider === 'deepseek');
    expect(deepseek?.account.usage().wallets.map((w) => w.currency)).toEqual(['CNY', 'USD']);
    expect(demo.filter((d) => d.fault !== null)).toHaveLength(1);

    const before = demo.map((d) => d.account.usage());
    await clock.advance(10 * 60_000);
    const moved = demo.map((d, i) => {
      const now = d.account.usage();
      const was = before[i]!;
      const grew = now.windows.some((w, j) => w.used > (was.windows[j]?.used ?? 0));
      const spent = now.wallets.some((w, j) => w.spent > (was.wallets[j]?.spent ?? 0));
      return grew || spent;
    });
    expect(moved.filter(Boolean).length).toBeGreaterThanOrEqual(5);
    expect(moved.filter((m) => !m).length).toBeGreaterThanOrEqual(1);

    for (const d of demo) {
      const path = d.key.startsWith('sk-api-') ? '/account/query_balance' : PATH[d.provider]!;
      const res = await get(d.baseUrl, path, `Bearer ${d.key}`);
      const body = res.json() as {
        success?: boolean;
        base_resp?: { status_code: number };
        is_available?: boolean;
      };
      const ok = body.success === true || body.base_resp?.status_code === 0 || body.is_available === true;
      expect({ label: d.label, ok }).toEqual({ label: d.label, ok: d.fault === null });
    }
  });
});

describe('npm run simulator', () => {
  it('prints one line per demo account with its base URL and key, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/main/src/simulator/cli.ts'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('Ctrl-C')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${out}`)));
    });
    const lines = out.split('\n').filter((l) => l.includes(' key '));
    expect(lines.length).toBeGreaterThanOrEqual(10);
    for (const provider of [
      'glm (cn)',
      'glm (global)',
      'glm-coding-plan (cn)',
      'glm-coding-plan (global)',
      'minimax-cn',
      'minimax-global',
      'deepseek',
    ]) {
      expect(lines.some((l) => l.startsWith(provider))).toBe(true);
    }
    const line = lines.find((l) => l.startsWith('deepseek'))!;
    const [, url, key] = /(http:\/\/127\.0\.0\.1:\d+)\s+key (\S+)/.exec(line)!;
    const res = await get(url!, '/user/balance', `Bearer ${key!}`);
    expect(res.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
