// `cpms probe` end to end against the provider simulator on loopback: every provider, every fault,
// the argument rules and the exact output contract of ../shared/design/USAGE-MODEL.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountSnapshot, ProviderId, Region } from '@contract';
import { startSimulator } from '../../../apps/main/src/simulator';
import type { Simulator } from '../../../apps/main/src/simulator';
import type { SimAccountSpec, SimFault } from '../../../apps/main/src/simulator/types';
import { SNAPSHOT_KEYS, runCli, spawnCli } from './run-cli';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.close();
});

function probeArgs(provider: ProviderId, region: Region | null, key: string): string[] {
  const args = [
    'probe',
    '--provider',
    provider,
    '--key',
    key,
    '--base-url',
    sim.baseUrlFor(provider, region),
    '--json',
  ];
  return region ? [...args, '--region', region] : args;
}

async function probeJson(
  provider: ProviderId,
  region: Region | null,
  key: string,
  env: NodeJS.ProcessEnv = {},
) {
  const r = await runCli(probeArgs(provider, region, key), env);
  const lines = r.stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  const snapshot = JSON.parse(lines[0]!) as AccountSnapshot;
  expect(Object.keys(snapshot)).toEqual(SNAPSHOT_KEYS);
  return { ...r, snapshot };
}

const CASES: { name: string; spec: SimAccountSpec; check: (s: AccountSnapshot) => void }[] = [
  {
    name: 'glm (cn, CNY wallet and packages)',
    spec: { provider: 'glm', region: 'cn', wallets: [{ paid: 100, granted: 10 }] },
    check: (s) => {
      expect(s.wallets).toHaveLength(1);
      expect(s.wallets[0]).toMatchObject({ currency: 'CNY', available: 110, granted: 10, paid: 100 });
    },
  },
  {
    name: 'glm (global, USD)',
    spec: { provider: 'glm', region: 'global', wallets: [{ paid: 10 }] },
    check: (s) => expect(s.wallets[0]).toMatchObject({ currency: 'USD', available: 10 }),
  },
  {
    name: 'glm-coding-plan (global, Pro)',
    spec: {
      provider: 'glm-coding-plan',
      region: 'global',
      plan: { kind: 'glm-coding', level: 'pro' },
      initialUsed: { five_hour: 2000 },
    },
    check: (s) => {
      expect(s.planName).toMatch(/Pro/);
      const five = s.windows.find((w) => w.kind === 'five_hour');
      const weekly = s.windows.find((w) => w.kind === 'weekly');
      expect(five).toMatchObject({ unit: 'credits', windowMinutes: 300, used: 2000 });
      expect(weekly).toBeDefined();
      expect(s.windows.find((w) => w.kind === 'monthly')?.unit).toBe('calls');
    },
  },
  {
    name: 'glm-coding-plan (cn, Lite)',
    spec: {
      provider: 'glm-coding-plan',
      region: 'cn',
      plan: { kind: 'glm-coding', level: 'lite' },
      initialUsed: { five_hour: 814.4 },
    },
    check: (s) => {
      const five = s.windows.find((w) => w.kind === 'five_hour')!;
      expect(five.limit).toBe(2000);
      expect(five.usedPercent).toBeCloseTo(40.7, 1);
    },
  },
  {
    name: 'minimax-cn (token plan, remaining percent converted to used)',
    spec: {
      provider: 'minimax-cn',
      plan: { kind: 'minimax-token', tier: 'plus' },
      initialUsed: { five_hour: 300 },
    },
    check: (s) => {
      const five = s.windows.find((w) => w.kind === 'five_hour' && w.scope === 'general')!;
      expect(five.usedPercent).toBe(20);
      expect(five.unit).toBe('requests');
      expect(five.resetsAt).toBeGreaterThan(s.fetchedAt);
    },
  },
  {
    name: 'minimax-global (legacy endpoint fallback, remaining counts)',
    spec: {
      provider: 'minimax-global',
      plan: { kind: 'minimax-legacy', tier: 'plus', tokenPlanAnswer: 'http_404' },
      initialUsed: { interval: 45 },
    },
    check: (s) => {
      expect(s.windows.length).toBeGreaterThan(0);
      expect(s.windows[0]!.usedPercent).toBeCloseTo(3, 0);
    },
  },
  {
    name: 'minimax-cn pay-as-you-go (sk-api key)',
    spec: { provider: 'minimax-cn', keyKind: 'api', wallets: [{ paid: 10, granted: 2.34 }] },
    check: (s) => expect(s.wallets[0]).toMatchObject({ currency: 'CNY', available: 12.34 }),
  },
  {
    name: 'deepseek (CNY and USD kept)',
    spec: {
      provider: 'deepseek',
      wallets: [
        { currency: 'CNY', paid: 100, granted: 10 },
        { currency: 'USD', paid: 5 },
      ],
    },
    check: (s) => {
      expect(s.wallets.map((w) => w.currency).sort()).toEqual(['CNY', 'USD']);
      expect(s.wallets.find((w) => w.currency === 'CNY')).toMatchObject({ available: 110, usable: true });
    },
  },
];

describe('cpms probe --json against the simulator', () => {
  for (const c of CASES) {
    it(`reports ${c.name}`, async () => {
      const account = sim.addAccount(c.spec);
      const { code, snapshot } = await probeJson(c.spec.provider, account.region, account.key);
      expect(snapshot.status).toBe('ok');
      expect(snapshot.error).toBeNull();
      expect(snapshot.provider).toBe(c.spec.provider);
      c.check(snapshot);
      expect(code).toBe(0);
    });
  }

  it('reads the key from CPMS_KEY when --key is absent, and never prints it', async () => {
    const account = sim.addAccount({ provider: 'deepseek', wallets: [{ paid: 1 }] });
    const r = await runCli(
      ['probe', '--provider', 'deepseek', '--base-url', sim.baseUrlFor('deepseek', null), '--json'],
      {
        CPMS_KEY: account.key,
      },
    );
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as AccountSnapshot).status).toBe('ok');
    expect(r.stdout + r.stderr).not.toContain(account.key);
  });

  it('answers no_plan with exit 0', async () => {
    const account = sim.addAccount({ provider: 'glm-coding-plan', region: 'global', plan: null });
    const { code, snapshot } = await probeJson('glm-coding-plan', 'global', account.key);
    expect(snapshot.status).toBe('no_plan');
    expect(code).toBe(0);
  });
});

const FAULTS: {
  fault: SimFault;
  provider: ProviderId;
  status: AccountSnapshot['status'];
  extra?: (s: AccountSnapshot) => void;
}[] = [
  { fault: { kind: 'http_401' }, provider: 'deepseek', status: 'auth_error' },
  {
    fault: { kind: 'auth_200', code: 2049 },
    provider: 'minimax-cn',
    status: 'auth_error',
    extra: (s) => expect(s.error?.message).toMatch(/region|Global|CN/i),
  },
  {
    fault: { kind: 'auth_200', code: 1004 },
    provider: 'minimax-global',
    status: 'auth_error',
    extra: (s) => expect(s.error?.providerCode).toBe('1004'),
  },
  { fault: { kind: 'auth_200' }, provider: 'glm-coding-plan', status: 'auth_error' },
  { fault: { kind: 'no_plan' }, provider: 'glm-coding-plan', status: 'no_plan' },
  {
    fault: { kind: 'rate_limited', retryAfterSec: 30 },
    provider: 'deepseek',
    status: 'rate_limited',
    extra: (s) => expect(s.error?.retryAfterMs).toBe(30_000),
  },
  {
    fault: { kind: 'rate_limited', retryAfterSec: 7 },
    provider: 'glm',
    status: 'rate_limited',
    extra: (s) => expect(s.error?.retryAfterMs).toBe(7_000),
  },
  {
    fault: { kind: 'http_500' },
    provider: 'minimax-cn',
    status: 'provider_error',
    extra: (s) => expect(s.error?.httpStatus).toBe(500),
  },
  { fault: { kind: 'html_error' }, provider: 'glm-coding-plan', status: 'provider_error' },
  { fault: { kind: 'slow', ms: 3_000 }, provider: 'deepseek', status: 'timeout' },
  { fault: { kind: 'hang' }, provider: 'minimax-global', status: 'timeout' },
  { fault: { kind: 'truncated_json' }, provider: 'deepseek', status: 'parse_error' },
  { fault: { kind: 'truncated_json' }, provider: 'glm-coding-plan', status: 'parse_error' },
  { fault: { kind: 'drop_connection' }, provider: 'glm', status: 'network_error' },
];

describe('cpms probe reports every fault with its status and exit code', () => {
  for (const f of FAULTS) {
    it(`${f.fault.kind}${'code' in f.fault ? ` ${f.fault.code}` : ''} on ${f.provider} → ${f.status}`, async () => {
      const account = sim.addAccount(
        f.provider === 'glm-coding-plan'
          ? { provider: f.provider, region: 'global', plan: { kind: 'glm-coding', level: 'lite' } }
          : f.provider.startsWith('minimax')
            ? { provider: f.provider, plan: { kind: 'minimax-token', tier: 'plus' } }
            : {
                provider: f.provider,
                ...(f.provider === 'glm' ? { region: 'cn' as const } : {}),
                wallets: [{ paid: 5 }],
              },
      );
      sim.setFault({ key: account.key }, f.fault);
      const { code, snapshot } = await probeJson(f.provider, account.region, account.key, {
        CPMS_REQUEST_TIMEOUT_MS: '1500',
      });
      expect(snapshot.status).toBe(f.status);
      if (f.status !== 'no_plan') expect(snapshot.error?.kind).toBe(f.status);
      expect(snapshot.windows).toEqual([]);
      expect(snapshot.wallets).toEqual([]);
      f.extra?.(snapshot);
      expect(code).toBe(f.status === 'no_plan' ? 0 : 3);
      expect(JSON.stringify(snapshot)).not.toContain(account.key);
    });
  }
});

describe('cpms probe argument rules (exit 2)', () => {
  const cases: [string, string[]][] = [
    ['unknown provider', ['probe', '--provider', 'openai', '--key', 'sk-x']],
    ['missing key', ['probe', '--provider', 'deepseek']],
    ['bad region', ['probe', '--provider', 'glm', '--key', 'k', '--region', 'eu']],
    [
      'region on a provider without regions',
      ['probe', '--provider', 'deepseek', '--key', 'k', '--region', 'cn'],
    ],
    [
      'http:// to a non-loopback host',
      ['probe', '--provider', 'deepseek', '--key', 'k', '--base-url', 'http://api.deepseek.com'],
    ],
    ['unknown flag', ['probe', '--provider', 'deepseek', '--key', 'k', '--verbose']],
  ];
  for (const [name, argv] of cases) {
    it(name, async () => {
      const r = await runCli(argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/cpms probe:/);
    });
  }
});

describe('the cpms bin as a child process', () => {
  it('prints exactly one JSON document on stdout and exits 0', async () => {
    const account = sim.addAccount({ provider: 'deepseek', wallets: [{ paid: 3 }] });
    const r = await spawnCli(
      ['probe', '--provider', 'deepseek', '--base-url', sim.baseUrlFor('deepseek', null), '--json'],
      {
        CPMS_KEY: account.key,
      },
    );
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(Object.keys(JSON.parse(r.stdout) as object)).toEqual(SNAPSHOT_KEYS);
  });

  it('exits 3 for an auth error and 2 for bad arguments', async () => {
    const bad = await spawnCli([
      'probe',
      '--provider',
      'deepseek',
      '--key',
      'sk-00000000000000000000000000000000',
      '--base-url',
      sim.baseUrlFor('deepseek', null),
      '--json',
    ]);
    expect(bad.code).toBe(3);
    expect((JSON.parse(bad.stdout) as AccountSnapshot).status).toBe('auth_error');
    const usage = await spawnCli(['probe']);
    expect(usage.code).toBe(2);
  });

  it('prints a readable table without --json', async () => {
    const account = sim.addAccount({
      provider: 'glm-coding-plan',
      region: 'cn',
      plan: { kind: 'glm-coding', level: 'lite' },
    });
    const r = await runCli([
      'probe',
      '--provider',
      'glm-coding-plan',
      '--region',
      'cn',
      '--key',
      account.key,
      '--base-url',
      sim.baseUrlFor('glm-coding-plan', 'cn'),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/glm-coding-plan: ok/);
    expect(r.stdout).toMatch(/5-hour|5h/i);
  });
});
