// DeepSeek against the simulator: every currency as decimal strings, is_available, the models list,
// the real 401 bodies, and a balance that settles a few minutes after the spending.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../../apps/main/src/core/clock/virtual-clock';
import { startSimulator } from '../../../../apps/main/src/simulator/index';
import type { Simulator } from '../../../../apps/main/src/simulator/index';
import { getJson } from './http';

const MIN = 60_000;
interface Balance {
  is_available: boolean;
  balance_infos: {
    currency: string;
    total_balance: string;
    granted_balance: string;
    topped_up_balance: string;
  }[];
}

let clock: VirtualClock;
let sim: Simulator;
beforeEach(async () => {
  clock = new VirtualClock();
  sim = await startSimulator({ clock });
});
afterEach(() => sim.close());

describe('deepseek', () => {
  it('reports every currency with string amounts, as the official example', async () => {
    const a = sim.addAccount({
      provider: 'deepseek',
      wallets: [
        { currency: 'CNY', paid: 100, granted: 10 },
        { currency: 'USD', paid: 20 },
      ],
    });
    expect(a.key).toMatch(/^sk-[0-9a-f]{32}$/);
    const { status, body } = await getJson<Balance>(sim.urls.deepseek, '/user/balance', `Bearer ${a.key}`);
    expect(status).toBe(200);
    expect(body).toEqual({
      is_available: true,
      balance_infos: [
        { currency: 'CNY', total_balance: '110.00', granted_balance: '10.00', topped_up_balance: '100.00' },
        { currency: 'USD', total_balance: '20.00', granted_balance: '0.00', topped_up_balance: '20.00' },
      ],
    });
    expect((await getJson(sim.urls.deepseek, '/v1/user/balance', `Bearer ${a.key}`)).body).toEqual(body);
  });

  it('lists the API models', async () => {
    const a = sim.addAccount({ provider: 'deepseek' });
    const { body } = await getJson<{
      object: string;
      data: { id: string; object: string; owned_by: string }[];
    }>(sim.urls.deepseek, '/models', `Bearer ${a.key}`);
    expect(body.object).toBe('list');
    expect(body.data.map((m) => m.id)).toEqual(['deepseek-chat', 'deepseek-reasoner']);
    expect(body.data[0]).toEqual({ id: 'deepseek-chat', object: 'model', owned_by: 'deepseek' });
  });

  it('answers 401 with the real error bodies', async () => {
    expect(
      await getJson(sim.urls.deepseek, '/user/balance', 'Bearer sk-0000000000000000000000000000abcd'),
    ).toEqual({
      status: 401,
      body: {
        error: {
          message: 'Authentication Fails, Your api key: ****abcd is invalid',
          type: 'authentication_error',
          param: null,
          code: 'invalid_request_error',
        },
      },
    });
    const a = sim.addAccount({ provider: 'deepseek' });
    const raw = await getJson<{ error: { message: string } }>(sim.urls.deepseek, '/user/balance', a.key);
    expect(raw.status).toBe(401);
    expect(raw.body.error.message).toBe('Authentication Fails (auth header format should be Bearer sk-...)');
  });

  it('drains the first currency, granted first, and settles the reported balance late', async () => {
    const a = sim.addAccount({
      provider: 'deepseek',
      wallets: [
        { currency: 'CNY', paid: 10, granted: 1 },
        { currency: 'USD', paid: 5 },
      ],
      burn: { moneyPerMinute: 0.1 },
      pattern: { kind: 'active' },
      settleDelayMs: 5 * MIN,
    });
    const read = async (): Promise<Balance> =>
      (await getJson<Balance>(sim.urls.deepseek, '/user/balance', `Bearer ${a.key}`)).body;

    await clock.advance(4 * MIN); // 0.40 spent, none settled yet
    expect((await read()).balance_infos[0]).toMatchObject({
      total_balance: '11.00',
      granted_balance: '1.00',
    });
    expect(a.usage().wallets[0]).toMatchObject({ granted: expect.closeTo(0.6, 9) as number, paid: 10 });

    await clock.advance(11 * MIN); // 1.50 spent, 1.00 settled (the first 10 minutes)
    expect((await read()).balance_infos[0]).toEqual({
      currency: 'CNY',
      total_balance: '10.00',
      granted_balance: '0.00',
      topped_up_balance: '10.00',
    });

    a.setActive(false);
    await clock.advance(10 * MIN); // everything settled
    expect((await read()).balance_infos[0]).toMatchObject({
      total_balance: '9.50',
      topped_up_balance: '9.50',
    });

    a.topUp(3, { currency: 'USD' }); // top-ups show at once
    expect((await read()).balance_infos[1]).toMatchObject({ currency: 'USD', total_balance: '8.00' });
  });

  it('spills into the next currency when the first runs dry and reports is_available false at zero', async () => {
    const a = sim.addAccount({
      provider: 'deepseek',
      wallets: [
        { currency: 'CNY', paid: 1 },
        { currency: 'USD', paid: 1 },
      ],
      burn: { moneyPerMinute: 0.5 },
      pattern: { kind: 'active' },
      settleDelayMs: 0,
    });
    await clock.advance(3 * MIN);
    let body = (await getJson<Balance>(sim.urls.deepseek, '/user/balance', `Bearer ${a.key}`)).body;
    expect(body.balance_infos.map((b) => b.total_balance)).toEqual(['0.00', '0.50']);
    expect(body.is_available).toBe(true);
    await clock.advance(10 * MIN);
    body = (await getJson<Balance>(sim.urls.deepseek, '/user/balance', `Bearer ${a.key}`)).body;
    expect(body).toMatchObject({ is_available: false });
    expect(a.usage().wallets.map((w) => w.spent)).toEqual([1, 1]);
  });
});
