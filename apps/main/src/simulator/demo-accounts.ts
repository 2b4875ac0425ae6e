// The demo's accounts, shared by `npm run simulator` and `npm run demo`: every provider and region,
// some busy, one idle, one failing, wallets in several currencies. Starting usage mirrors the real
// captures so the first screen already looks like a lived-in account.
import type { ProviderId, Region } from '@contract';
import type { Simulator } from './index';
import type { SimAccount } from './accounts';
import type { SimAccountSpec, SimFault } from './types';
import { DAY } from './model/time';

export interface DemoAccount {
  label: string;
  provider: ProviderId;
  region: Region | null;
  baseUrl: string;
  key: string;
  account: SimAccount;
  /** The fault armed on this account, if it is the failing one. */
  fault: SimFault | null;
}

interface DemoSpec {
  label: string;
  spec: SimAccountSpec;
  fault?: SimFault;
}

function demoSpecs(speed: number, now: number): DemoSpec[] {
  const r = (x: number): number => x * speed;
  return [
    {
      label: 'GLM Coding Pro (global, busy)',
      spec: {
        provider: 'glm-coding-plan',
        region: 'global',
        plan: { kind: 'glm-coding', level: 'pro' },
        initialUsed: { five_hour: 3100, weekly: 17_000, mcp_monthly: 240 },
        burn: { perMinute: r(25), mcpCallsPerHour: r(6) },
        pattern: { kind: 'bursts', activeMinutes: 20, idleMinutes: 10 },
        planStartedAt: now - 9 * DAY,
      },
    },
    {
      label: 'GLM Coding Lite (cn, busy)',
      spec: {
        provider: 'glm-coding-plan',
        region: 'cn',
        plan: { kind: 'glm-coding', level: 'lite', mcp: false },
        initialUsed: { five_hour: 814.4, weekly: 4824.6 },
        burn: { perMinute: r(6) },
        pattern: { kind: 'active' },
        planStartedAt: now - 3 * DAY,
      },
    },
    {
      label: 'GLM Coding Max (cn, legacy tokens, idle)',
      spec: {
        provider: 'glm-coding-plan',
        region: 'cn',
        plan: {
          kind: 'glm-coding',
          level: 'max',
          limitType: 'TOKENS_LIMIT',
          weekly: false,
          order: 'time_first',
        },
        initialUsed: { mcp_monthly: 1200 },
        burn: { perMinute: r(2_000_000) },
        pattern: { kind: 'idle' },
        planStartedAt: now - 20 * DAY,
      },
    },
    {
      label: 'GLM pay-as-you-go (cn, CNY, packages)',
      spec: {
        provider: 'glm',
        region: 'cn',
        wallets: [{ paid: 30, granted: 10, frozen: 2.5, spent: 77.5, grantedTotal: 20 }],
        packages: [
          {
            name: 'GLM-4-Plus 1000万tokens资源包',
            model: 'glm-4-plus',
            total: 10_000_000,
            remaining: 7_350_000,
            purchasedAt: now - 30 * DAY,
            effectiveAt: now - 30 * DAY,
            expiresAt: now + 335 * DAY,
          },
          {
            name: '新用户赠送资源包',
            model: 'glm-4-flash',
            type: 'give',
            total: 5_000_000,
            remaining: 1_200_000,
            purchasedAt: now - 120 * DAY,
            effectiveAt: now - 120 * DAY,
            expiresAt: now - 30 * DAY,
          },
        ],
        burn: { moneyPerMinute: r(0.02) },
        pattern: { kind: 'active' },
      },
    },
    {
      label: 'Z.ai pay-as-you-go (global, USD)',
      spec: {
        provider: 'glm',
        region: 'global',
        wallets: [{ paid: 9.923912205, spent: 0.076087795 }],
        burn: { moneyPerMinute: r(0.002) },
        pattern: { kind: 'bursts', activeMinutes: 5, idleMinutes: 15 },
      },
    },
    {
      label: 'MiniMax CN Token Plan Plus (busy)',
      spec: {
        provider: 'minimax-cn',
        plan: { kind: 'minimax-token', tier: 'plus' },
        initialUsed: { five_hour: 420, weekly: 5200, video_daily: 1, video_weekly: 4 },
        burn: { perMinute: r(4), videoPerDay: r(2) },
        pattern: { kind: 'active' },
      },
    },
    {
      label: 'MiniMax Global Token Plan Max',
      spec: {
        provider: 'minimax-global',
        plan: {
          kind: 'minimax-token',
          tier: 'max',
          dataWrapped: true,
          video: 'not_included',
          weeklyBoostPermille: 1500,
        },
        initialUsed: { five_hour: 900, weekly: 12_000 },
        burn: { perMinute: r(9) },
        pattern: { kind: 'bursts', activeMinutes: 15, idleMinutes: 15 },
      },
    },
    {
      label: 'MiniMax CN pay-as-you-go (sk-api)',
      spec: {
        provider: 'minimax-cn',
        keyKind: 'api',
        wallets: [{ paid: 10, granted: 2.34 }],
        burn: { moneyPerMinute: r(0.004) },
        pattern: { kind: 'active' },
      },
    },
    {
      label: 'DeepSeek (CNY + USD)',
      spec: {
        provider: 'deepseek',
        wallets: [
          { currency: 'CNY', paid: 100, granted: 10 },
          { currency: 'USD', paid: 20, granted: 0 },
        ],
        burn: { moneyPerMinute: r(0.05) },
        pattern: { kind: 'active' },
      },
    },
    {
      label: 'MiniMax Global (revoked key, failing)',
      spec: { provider: 'minimax-global', plan: { kind: 'minimax-token', tier: 'starter' } },
      fault: { kind: 'auth_200', code: 2049 },
    },
  ];
}

/** Adds the demo accounts to `sim`; `speed` multiplies every burn rate (default 1). */
export function addDemoAccounts(
  sim: Simulator,
  options: { speed?: number; now?: number } = {},
): DemoAccount[] {
  const now = options.now ?? Date.now();
  return demoSpecs(options.speed ?? 1, now).map(({ label, spec, fault }) => {
    const account = sim.addAccount({ ...spec, label });
    if (fault) sim.setFault({ key: account.key }, fault);
    return {
      label,
      provider: spec.provider,
      region: account.region,
      baseUrl: sim.baseUrlFor(spec.provider, account.region),
      key: account.key,
      account,
      fault: fault ?? null,
    };
  });
}
