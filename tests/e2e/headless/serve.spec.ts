// The headless host end to end: simulator + real core + `cpms serve`'s server + a WebSocket client.
// Snapshots, statuses and predictions arrive as push events; the token and Origin rules hold; keys
// never cross the socket; history and rates survive a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountDto, AccountStatus, Overview } from '@contract';
import type { Product } from './harness';
import { settle, startProduct, until } from './harness';
import { runCli } from '../cli/run-cli';
import { connect } from './ws-client';
import type { TestClient } from './ws-client';

let p: Product;
let client: TestClient;
const keys: string[] = [];

const wsUrl = (query = 'token=test-token-0123456789'): string =>
  `ws://127.0.0.1:${p.server.port}/api?${query}`;
const httpUrl = (path: string): string => `http://127.0.0.1:${p.server.port}${path}`;

/** Moves virtual time in poll-sized steps, letting the real loopback requests finish in between. */
async function run(minutes: number, stepMs = 15_000): Promise<void> {
  for (let t = 0; t < minutes * 60_000; t += stepMs) {
    await p.clock.advance(stepMs);
    await settle(25);
  }
}

beforeAll(async () => {
  p = await startProduct();
  client = await connect(wsUrl());
});
afterAll(async () => {
  client.close();
  await p.close();
});

describe('cpms serve access rules', () => {
  it('refuses pages without the token, with a wrong one, or from a foreign origin or host', async () => {
    expect((await fetch(httpUrl('/'))).status).toBe(401);
    expect((await fetch(httpUrl('/?token=nope'))).status).toBe(401);
    const first = await fetch(httpUrl('/?token=test-token-0123456789'), { redirect: 'manual' });
    expect(first.status).toBe(303);
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await fetch(httpUrl('/'), { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const foreign = await fetch(httpUrl('/?token=test-token-0123456789'), {
      headers: { origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const traversal = await fetch(httpUrl('/..%2f..%2fetc%2fpasswd'), {
      headers: { cookie: cookie.split(';')[0]! },
    });
    expect(traversal.status).toBe(404);
  });

  it('refuses WebSockets without the token or from a foreign Origin', async () => {
    await expect(connect(wsUrl(''))).rejects.toThrow(/403/);
    await expect(connect(wsUrl('token=wrong'))).rejects.toThrow(/403/);
    await expect(connect(wsUrl(), { origin: 'http://evil.example' })).rejects.toThrow(/403/);
    await expect(connect(wsUrl(), { origin: `http://127.0.0.1:${p.server.port + 1}` })).rejects.toThrow(
      /403/,
    );
    const same = await connect(wsUrl(), { origin: `http://127.0.0.1:${p.server.port}` });
    same.close();
  });

  it('gives a widget connection only the read-only channels', async () => {
    const widget = await connect(wsUrl('token=test-token-0123456789&scope=widget'));
    expect((await widget.call('status:list')).ok).toBe(true);
    const add = await widget.call('accounts:add', { provider: 'deepseek', key: 'sk-0123456789abcdef0123' });
    expect(add).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    widget.close();
  });

  it('answers malformed requests with a clear error', async () => {
    expect(await client.call('accounts:add', { provider: 'openai', key: 'x' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input' },
    });
    expect(await client.call('nope:nothing')).toMatchObject({ ok: false, error: { kind: 'not_found' } });
    expect(await client.call('history:series', { accountId: 'missing', range: '24h' })).toMatchObject({
      ok: false,
      error: { kind: 'not_found' },
    });
  });
});

describe('monitoring through cpms serve', () => {
  let plan: AccountDto;
  let wallet: AccountDto;
  let idle: AccountDto;

  it('adds accounts and streams their snapshots and statuses', async () => {
    const busy = p.sim.addAccount({
      provider: 'glm-coding-plan',
      region: 'cn',
      plan: { kind: 'glm-coding', level: 'lite' },
      burn: { perMinute: 6 },
      pattern: { kind: 'active' },
      initialUsed: { five_hour: 800 },
    });
    const ds = p.sim.addAccount({
      provider: 'deepseek',
      wallets: [
        { currency: 'CNY', paid: 100, granted: 10 },
        { currency: 'USD', paid: 5 },
      ],
      burn: { moneyPerMinute: 0.05 },
      pattern: { kind: 'active' },
    });
    const quiet = p.sim.addAccount({
      provider: 'minimax-cn',
      plan: { kind: 'minimax-token', tier: 'plus' },
      pattern: { kind: 'idle' },
    });
    keys.push(busy.key, ds.key, quiet.key);
    plan = await client.value<AccountDto>('accounts:add', {
      provider: 'glm-coding-plan',
      region: 'cn',
      model: 'glm-4.6',
      label: 'Lite CN',
      baseUrl: p.sim.baseUrlFor('glm-coding-plan', 'cn'),
      key: busy.key,
    });
    wallet = await client.value<AccountDto>('accounts:add', {
      provider: 'deepseek',
      region: null,
      model: 'deepseek-chat',
      label: 'DeepSeek',
      baseUrl: p.sim.baseUrlFor('deepseek', null),
      key: ` ${ds.key}\n`,
    });
    idle = await client.value<AccountDto>('accounts:add', {
      provider: 'minimax-cn',
      region: null,
      model: null,
      label: 'MiniMax',
      baseUrl: p.sim.baseUrlFor('minimax-cn', null),
      key: quiet.key,
    });
    expect(plan.keyMask).toMatch(/…/);
    expect(plan.keyMask).not.toContain(busy.key.slice(0, 20));

    const first = await client.waitForEvent(
      'status:updated',
      (s) => s.account.id === plan.id && s.snapshot?.status === 'ok',
    );
    expect(first.snapshot!.windows.find((w) => w.kind === 'five_hour')?.limit).toBe(2000);
    await client.waitForEvent(
      'status:updated',
      (s) => s.account.id === wallet.id && s.snapshot?.status === 'ok',
    );
    const accountsChanged = client.events.filter((e) => e.event === 'accounts:changed');
    expect(accountsChanged.length).toBeGreaterThanOrEqual(3);
  });

  it('detects activity, computes rates and predicts exhaustion as usage grows', async () => {
    await run(20);
    const statuses = await client.value<AccountStatus[]>('status:list');
    const busy = statuses.find((s) => s.account.id === plan.id)!;
    expect(busy.state).toBe('active');
    const rate = busy.rates.windows.find((r) => r.windowKey.startsWith('five_hour'))!;
    // The simulator burns 6 credits a minute of a 2000-credit window: 0.3 %/min, 18 %/h.
    expect(rate.perMinute).toBeGreaterThan(4.5);
    expect(rate.perMinute).toBeLessThan(7.5);
    expect(rate.percentPerHour).toBeGreaterThan(13);
    expect(rate.confidence).toBeGreaterThan(0.3);
    const prediction = busy.predictions.windows.find((w) => w.windowKey === rate.windowKey)!;
    expect(['runs_out', 'lasts']).toContain(prediction.outcome);
    expect(prediction.exhaustsAt).not.toBeNull();

    const quiet = statuses.find((s) => s.account.id === idle.id)!;
    expect(quiet.state).toBe('idle');

    const ds = statuses.find((s) => s.account.id === wallet.id)!;
    expect(ds.lastGood!.wallets.map((w) => w.currency).sort()).toEqual(['CNY', 'USD']);
    expect(ds.state).toBe('active');

    // Overview pushes are coalesced (at most one per 250 ms): let the last one go out.
    await p.clock.advance(1_000);
    await settle(50);
    const pushed = client.events
      .filter((e) => e.event === 'overview:updated')
      .map((e) => e.payload as Overview);
    const overview = await client.value<Overview>('status:overview');
    expect(pushed.at(-1)).toEqual(overview);
    expect(overview.accountCount).toBe(3);
    expect(overview.balances.find((b) => b.currency === 'CNY')!.total).toBeGreaterThan(100);
    expect(overview.activeCount).toBeGreaterThanOrEqual(2);
  });

  it('keeps the last good value, marked stale with the reason, while polls fail; other accounts go on', async () => {
    const simAccount = p.sim.account(keys[0]!);
    p.sim.setFault({ key: simAccount.key }, { kind: 'http_500' });
    await run(3);
    const statuses = await client.value<AccountStatus[]>('status:list');
    const failing = statuses.find((s) => s.account.id === plan.id)!;
    expect(failing.snapshot!.status).toBe('provider_error');
    expect(failing.lastGood!.status).toBe('ok');
    expect(failing.lastGood!.windows.length).toBeGreaterThan(0);
    expect(failing.state).toBe('stale');
    expect(failing.reason?.kind).toBe('provider_error');
    const other = statuses.find((s) => s.account.id === wallet.id)!;
    expect(other.snapshot!.status).toBe('ok');
    const diagnostics = await client.value<string>('diagnostics:get', { accountId: plan.id });
    expect(diagnostics).toMatch(/provider_error/);
    expect(diagnostics).not.toContain(simAccount.key);
    p.sim.setFault({ key: simAccount.key }, null);
  });

  it('pauses and resumes on command, refreshing every account once on resume', async () => {
    const paused = await client.value<{ paused: boolean }>('monitor:pause', { paused: true });
    expect(paused.paused).toBe(true);
    const before = p.sim.requests.length;
    await run(2);
    expect(p.sim.requests.length).toBe(before);
    expect((await client.value<AccountStatus[]>('status:list')).every((s) => s.state === 'paused')).toBe(
      true,
    );
    await client.value('monitor:pause', { paused: false });
    await until(() => p.sim.requests.length >= before + 3);
  });

  it('serves chart series from the rollups', async () => {
    await run(3);
    const series = await client.value<{ seriesKey: string; points: unknown[] }[]>('history:series', {
      accountId: plan.id,
      range: '24h',
    });
    const five = series.find((s) => s.seriesKey.startsWith('five_hour'));
    expect(five?.points.length).toBeGreaterThan(10);
  });

  it('never sends a key over the socket', () => {
    const traffic = client.frames.join('\n');
    for (const key of keys) expect(traffic).not.toContain(key);
    for (const key of keys) expect(p.logLines.join('\n')).not.toContain(key);
  });

  it('keeps history, statuses and rates across a restart', async () => {
    const before = (await client.value<AccountStatus[]>('status:list')).find(
      (s) => s.account.id === plan.id,
    )!;
    client.close();
    await p.restart();
    client = await connect(wsUrl());
    const after = (await client.value<AccountStatus[]>('status:list')).find((s) => s.account.id === plan.id)!;
    expect(after.lastGood).toEqual(before.lastGood);
    const rate = after.rates.windows.find((r) => r.windowKey.startsWith('five_hour'))!;
    expect(rate.perMinute).toBeGreaterThan(4.5);
    expect(after.account.keyMask).toBe(before.account.keyMask);
    await run(1);
    const polled = await client.waitForEvent(
      'status:updated',
      (s) => s.account.id === plan.id && s.snapshot?.status === 'ok',
    );
    expect(polled.snapshot!.fetchedAt).toBeGreaterThan(before.snapshot!.fetchedAt);
  });

  it('picks up an account the CLI adds to the same data folder while serving', async () => {
    const ds = p.sim.addAccount({ provider: 'deepseek', wallets: [{ paid: 3 }] });
    keys.push(ds.key);
    const added = await runCli(
      [
        'accounts',
        'add',
        '--provider',
        'deepseek',
        '--label',
        'From CLI',
        '--base-url',
        p.sim.baseUrlFor('deepseek', null),
        '--data-dir',
        p.dataDir,
      ],
      { CPMS_KEY: ds.key },
    );
    expect(added.code).toBe(0);
    await run(1.5);
    const fromCli = await client.waitForEvent(
      'status:updated',
      (s) => s.account.label === 'From CLI' && s.snapshot?.status === 'ok',
    );
    expect(fromCli.lastGood!.wallets[0]!.available).toBeCloseTo(3, 1);
  });

  it('removes an account and its history', async () => {
    await client.value('accounts:remove', { id: idle.id });
    const list = await client.value<AccountDto[]>('accounts:list');
    expect(list.map((a) => a.id)).not.toContain(idle.id);
    await client.waitForEvent('status:removed', (e) => e.accountId === idle.id);
  });
});
