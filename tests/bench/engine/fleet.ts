// The engine benchmark's accounts: every provider and region, busy, bursty and idle plans, wallets in
// several currencies and one failing key. Index i picks template i % 10, so any prefix of the fleet
// (20 for the real-time run, 50 for the soak) mixes all five hosts.
import type { AccountInput } from '@contract';
import type { SimAccountSpec, SimFault } from '../../../apps/main/src/simulator';
import type { Simulator } from '../../../apps/main/src/simulator';

export interface FleetMember {
  label: string;
  spec: SimAccountSpec;
  /** Armed on the account's key for every request (the failing account). */
  fault: SimFault | null;
  /** Per-account settings sent with `accounts:add`. */
  settings: AccountInput['settings'];
}

/** What a running simulator hands back for one fleet member: enough to add it to a core. */
export interface FleetAccount {
  input: AccountInput;
}

function template(t: number, k: number): Omit<FleetMember, 'label'> {
  // k varies starting usage and burn a little between the copies of one template.
  const f = 1 + k * 0.15;
  switch (t) {
    case 0:
      return {
        spec: {
          provider: 'glm-coding-plan',
          region: 'cn',
          plan: { kind: 'glm-coding', level: 'lite', mcp: false },
          initialUsed: { five_hour: 600 + 150 * k, weekly: 4000 },
          burn: { perMinute: 6 * f },
          pattern: { kind: 'active' },
        },
        fault: null,
        settings: {},
      };
    case 1:
      return {
        spec: {
          provider: 'glm-coding-plan',
          region: 'global',
          plan: { kind: 'glm-coding', level: 'pro' },
          initialUsed: { five_hour: 3000, weekly: 17_000, mcp_monthly: 240 },
          burn: { perMinute: 25 * f, mcpCallsPerHour: 6 },
          pattern: { kind: 'bursts', activeMinutes: 20, idleMinutes: 10, offsetMinutes: 3 * k },
        },
        fault: null,
        settings: {},
      };
    case 2:
      return {
        spec: {
          provider: 'minimax-cn',
          plan: { kind: 'minimax-token', tier: 'plus' },
          initialUsed: { five_hour: 400 + 100 * k, weekly: 5200, video_daily: 1 },
          burn: { perMinute: 4 * f, videoPerDay: 2 },
          pattern: { kind: 'active' },
        },
        fault: null,
        settings: {},
      };
    case 3:
      return {
        spec: {
          provider: 'minimax-global',
          plan: { kind: 'minimax-token', tier: 'max', dataWrapped: true, video: 'not_included' },
          initialUsed: { five_hour: 900, weekly: 12_000 },
          burn: { perMinute: 9 * f },
          pattern: { kind: 'bursts', activeMinutes: 15, idleMinutes: 15, offsetMinutes: 4 * k },
        },
        fault: null,
        settings: {},
      };
    case 4:
      return {
        spec: {
          provider: 'deepseek',
          wallets: [
            { currency: 'CNY', paid: 100 + 20 * k, granted: 10 },
            { currency: 'USD', paid: 20 },
          ],
          burn: { moneyPerMinute: 0.05 * f },
          pattern: { kind: 'active' },
        },
        fault: null,
        settings: { lowBalance: 60 },
      };
    case 5:
      return {
        spec: {
          provider: 'glm',
          region: 'cn',
          wallets: [{ paid: 30 + 5 * k, granted: 10, spent: 77.5 }],
          packages: [
            { name: 'GLM-4-Plus package', model: 'glm-4-plus', total: 10_000_000, remaining: 7_350_000 },
          ],
          burn: { moneyPerMinute: 0.02 * f },
          pattern: { kind: 'active' },
        },
        fault: null,
        settings: { lowBalance: 20 },
      };
    case 6:
      return {
        spec: {
          provider: 'glm-coding-plan',
          region: 'cn',
          plan: { kind: 'glm-coding', level: 'max', limitType: 'TOKENS_LIMIT', weekly: false },
          initialUsed: { mcp_monthly: 1200 },
          pattern: { kind: 'idle' },
        },
        fault: null,
        settings: {},
      };
    case 7:
      return {
        spec: { provider: 'minimax-global', plan: { kind: 'minimax-token', tier: 'starter' } },
        // The first copy is the failing account (a revoked key); the others sit idle.
        fault: k === 0 ? { kind: 'auth_200', code: 2049 } : null,
        settings: {},
      };
    case 8:
      return {
        spec: {
          provider: 'glm',
          region: 'global',
          wallets: [{ paid: 9.9 + k }],
          burn: { moneyPerMinute: 0.002 * f },
          pattern: { kind: 'bursts', activeMinutes: 5, idleMinutes: 15, offsetMinutes: 2 * k },
        },
        fault: null,
        settings: {},
      };
    default:
      return {
        spec: {
          provider: 'minimax-cn',
          keyKind: 'api',
          wallets: [{ paid: 10 + k, granted: 2.34 }],
          burn: { moneyPerMinute: 0.004 * f },
          pattern: { kind: 'active' },
        },
        fault: null,
        settings: {},
      };
  }
}

/** The first `count` members of the fleet. */
export function fleet(count: number): FleetMember[] {
  return Array.from({ length: count }, (_, i) => {
    const t = i % 10;
    const member = template(t, Math.floor(i / 10));
    return { ...member, label: `bench ${i} ${member.spec.provider}` };
  });
}

/** Creates the fleet's accounts (and its fault) in `sim`; returns what `accounts:add` needs. */
export function addFleet(sim: Simulator, members: readonly FleetMember[]): FleetAccount[] {
  return members.map((m) => {
    const account = sim.addAccount({ ...m.spec, label: m.label });
    if (m.fault) sim.setFault({ key: account.key }, m.fault);
    return {
      input: {
        provider: m.spec.provider,
        region: account.region,
        model: null,
        label: m.label,
        baseUrl: sim.baseUrlFor(m.spec.provider, account.region),
        settings: m.settings ?? {},
        key: account.key,
      },
    };
  });
}
