// GLM console endpoints and usage series: account report (bigmodel vs z.ai field sets), resource
// packages (no data wrapper, statuses from the clock), subscriptions, model-usage and tool-usage.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../../apps/main/src/core/clock/virtual-clock';
import { startSimulator } from '../../../../apps/main/src/simulator/index';
import type { Simulator } from '../../../../apps/main/src/simulator/index';
import { getJson, keysOf } from './http';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const REPORT = '/api/biz/account/query-customer-account-report';
type Body = Record<string, unknown> & { data: Record<string, unknown> };

let clock: VirtualClock;
let sim: Simulator;
beforeEach(async () => {
  // 2026-09-17 10:00 Beijing time.
  clock = new VirtualClock(Date.UTC(2026, 8, 17, 2, 0));
  sim = await startSimulator({ clock });
});
afterEach(() => sim.close());

describe('account report', () => {
  it('reproduces the bigmodel fixture as numbers and drains granted money first', async () => {
    const a = sim.addAccount({
      provider: 'glm',
      wallets: [{ paid: 30, granted: 10, frozen: 2.5, spent: 77.5, grantedTotal: 20 }],
      burn: { moneyPerMinute: 0.5 },
      pattern: { kind: 'active' },
    });
    const first = await getJson<Body>(sim.urls.bigmodel, REPORT, `Bearer ${a.key}`);
    const status = first.status;
    let body = first.body;
    expect(status).toBe(200);
    expect(body).toMatchObject({ code: 200, msg: '操作成功', success: true });
    expect(body.data).toEqual({
      balance: 42.5,
      availableBalance: 40,
      rechargeAmount: 100,
      giveAmount: 20,
      totalSpendAmount: 77.5,
      frozenBalance: 2.5,
    });

    await clock.advance(30 * 60_000); // 15 spent: 10 granted, then 5 paid
    ({ body } = await getJson<Body>(sim.urls.bigmodel, REPORT, a.key));
    expect(body.data).toMatchObject({ availableBalance: 25, balance: 27.5, totalSpendAmount: 92.5 });
    expect(a.usage().wallets[0]).toMatchObject({ granted: 0, paid: 25 });

    a.topUp(50);
    ({ body } = await getJson<Body>(sim.urls.bigmodel, REPORT, a.key));
    expect(body.data).toMatchObject({ availableBalance: 75, rechargeAmount: 150 });
  });

  it('sends the z.ai field set (no giveAmount, no frozenBalance), English msg, and stops at zero', async () => {
    const a = sim.addAccount({
      provider: 'glm',
      region: 'global',
      wallets: [{ paid: 1 }],
      burn: { moneyPerMinute: 1 },
      pattern: { kind: 'active' },
    });
    await clock.advance(5 * 60_000);
    const { body } = await getJson<Body>(sim.urls.zai, REPORT, a.key);
    expect(body.msg).toBe('Operation successful');
    expect(keysOf(body.data)).toEqual(['availableBalance', 'balance', 'rechargeAmount', 'totalSpendAmount']);
    expect(body.data).toEqual({ balance: 0, availableBalance: 0, rechargeAmount: 1, totalSpendAmount: 1 });
  });
});

describe('resource packages', () => {
  it('lists rows and total at the top level, with statuses and availability from the clock', async () => {
    const now = clock.now();
    const a = sim.addAccount({
      provider: 'glm',
      packages: [
        {
          name: 'GLM-4-Plus 1000万tokens资源包',
          model: 'glm-4-plus',
          total: 10_000_000,
          remaining: 7_350_000,
          expiresAt: now + 2 * DAY,
        },
        {
          name: '新用户赠送资源包',
          model: 'glm-4-flash',
          type: 'give',
          total: 5_000_000,
          remaining: 100,
          expiresAt: now - DAY,
        },
        { name: 'later', model: 'glm-4-air', total: 1000, remaining: 1000, effectiveAt: now + DAY },
      ],
    });
    const { body } = await getJson<{
      code: number;
      msg: string;
      total: number;
      rows: Record<string, unknown>[];
    }>(
      sim.urls.bigmodel,
      '/api/biz/tokenAccounts/list/my?pageNum=1&pageSize=2&filterEnabled=false',
      `Bearer ${a.key}`,
    );
    expect(keysOf(body)).toEqual(['code', 'msg', 'rows', 'total']);
    expect(body.total).toBe(3);
    expect(body.rows).toHaveLength(2);
    expect(body.rows[0]).toMatchObject({
      resourcePackageName: 'GLM-4-Plus 1000万tokens资源包',
      suitableModel: 'glm-4-plus',
      consumeType: 'TOKENS',
      type: 'pay',
      status: 'EFFECTIVE',
      tokensMagnitude: 10_000_000,
      tokenBalance: 7_350_000,
      availableBalance: 7_350_000,
      packageExpirationTime: '2026-09-19T10:00:00',
    });
    expect(body.rows[1]).toMatchObject({ status: 'EXPIRED', tokenBalance: 100, availableBalance: 0 });
    const page2 = await getJson<{ rows: { status: string }[] }>(
      sim.urls.bigmodel,
      '/api/biz/tokenAccounts/list/my?pageNum=2&pageSize=2',
      a.key,
    );
    expect(page2.body.rows.map((r) => r.status)).toEqual(['NOTUSED']);

    await clock.advance(3 * DAY);
    const later = await getJson<{ rows: { status: string }[] }>(
      sim.urls.bigmodel,
      '/api/biz/tokenAccounts/list/my?pageSize=10',
      a.key,
    );
    expect(later.body.rows.map((r) => r.status)).toEqual(['EXPIRED', 'EXPIRED', 'EFFECTIVE']);
  });
});

describe('subscription/list', () => {
  it('gives the z.ai short form and the bigmodel rich form; [] without a plan', async () => {
    const g = sim.addAccount({ provider: 'glm-coding-plan', plan: { kind: 'glm-coding', level: 'pro' } });
    const zai = await getJson<{ data: Record<string, unknown>[] }>(
      sim.urls.zai,
      '/api/biz/subscription/list',
      g.key,
    );
    expect(zai.body.data).toEqual([
      {
        productName: 'GLM Coding Pro',
        status: 'VALID',
        nextRenewTime: '2026-10-17',
        billingCycle: 'monthly',
        inCurrentPeriod: true,
      },
    ]);

    const c = sim.addAccount({
      provider: 'glm-coding-plan',
      region: 'cn',
      plan: { kind: 'glm-coding', level: 'max' },
    });
    const cn = await getJson<{ data: Record<string, unknown>[] }>(
      sim.urls.bigmodel,
      '/api/biz/subscription/list',
      c.key,
    );
    expect(cn.body.data[0]).toMatchObject({
      productName: 'GLM Coding Max',
      status: 'VALID',
      inCurrentPeriod: true,
      autoRenew: 1,
      currentPeriod: 1,
    });
    expect(cn.body.data[0]?.valid).toBe('2026-09-17 10:00:00-2026-10-17 10:00:00');

    const none = sim.addAccount({ provider: 'glm-coding-plan', plan: null });
    expect((await getJson(sim.urls.zai, '/api/biz/subscription/list', none.key)).body).toEqual({
      code: 200,
      msg: 'Operation successful',
      data: [],
      success: true,
    });
  });
});

describe('usage series', () => {
  interface Series {
    data: {
      x_time: string[];
      tokensUsage: (number | null)[];
      modelCallCount: (number | null)[];
      totalUsage: {
        totalTokensUsage: number;
        modelSummaryList: { modelName: string; totalTokens: number }[];
      };
      modelDataList: { modelName: string; tokensUsage: (number | null)[]; totalTokens: number }[];
      granularity: string;
    };
  }

  it('builds hourly model-usage from what was consumed, null for hours still to come', async () => {
    const a = sim.addAccount({
      provider: 'glm-coding-plan',
      region: 'cn',
      plan: { kind: 'glm-coding', level: 'pro', limitType: 'TOKENS_LIMIT' },
      burn: { perMinute: 10_000 },
    });
    a.setPattern({ kind: 'bursts', activeMinutes: 30, idleMinutes: 30 });
    await clock.advance(3 * HOUR); // 10:00–13:00 Beijing, 30 active minutes each hour
    const q = '?startTime=2026-09-17%2009:00:00&endTime=2026-09-17%2014:59:59';
    const { body } = await getJson<Series>(sim.urls.bigmodel, `/api/monitor/usage/model-usage${q}`, a.key);
    const d = body.data;
    expect(d.granularity).toBe('hourly');
    expect(d.x_time).toEqual([
      '2026-09-17 09:00',
      '2026-09-17 10:00',
      '2026-09-17 11:00',
      '2026-09-17 12:00',
      '2026-09-17 13:00',
      '2026-09-17 14:00',
    ]);
    expect(d.tokensUsage).toEqual([0, 300_000, 300_000, 300_000, 0, null]);
    expect(d.totalUsage.totalTokensUsage).toBe(900_000);
    const sum = d.modelDataList.reduce((s, m) => s + m.totalTokens, 0);
    expect(sum).toBe(900_000);
    expect(d.modelDataList.map((m) => m.tokensUsage[1])).toEqual([225_000, 75_000]);
    expect(d.modelCallCount.every((c) => c === null || Number.isInteger(c))).toBe(true);
  });

  it('switches to daily buckets past seven days and counts MCP calls per tool', async () => {
    const a = sim.addAccount({
      provider: 'glm-coding-plan',
      plan: { kind: 'glm-coding', level: 'pro' },
      burn: { mcpCallsPerHour: 10, perMinute: 1 },
      pattern: { kind: 'active' },
    });
    await clock.advance(2 * DAY);
    const q = '?startTime=2026-09-10%2000:00:00&endTime=2026-09-20%2023:59:59';
    const model = await getJson<Series>(sim.urls.zai, `/api/monitor/usage/model-usage${q}`, a.key);
    expect(model.body.data.granularity).toBe('daily');
    expect(model.body.data.x_time[0]).toBe('2026-09-10');
    expect(model.body.data.x_time).toHaveLength(11);

    const tools = await getJson<{
      data: {
        totalUsage: Record<string, number>;
        toolDataList: { toolCode: string; toolName: string; totalUsageCount: number }[];
        networkSearchCount: (number | null)[];
      };
    }>(sim.urls.zai, `/api/monitor/usage/tool-usage${q}`, a.key);
    const t = tools.body.data;
    expect(t.totalUsage).toEqual({
      totalNetworkSearchCount: 288,
      totalWebReadMcpCount: 144,
      totalZreadMcpCount: 48,
      totalSearchMcpCount: 480,
    });
    expect(t.toolDataList.map((x) => [x.toolCode, x.toolName, x.totalUsageCount])).toEqual([
      ['search-prime', 'Web Search MCP', 288],
      ['web-reader', 'Web Reader MCP', 144],
      ['zread', 'Zread MCP', 48],
    ]);
    // 17th from 10:00 Beijing (14 h), the whole 18th, the 19th until 10:00; the 20th has not come.
    expect(t.networkSearchCount.slice(6, 11)).toEqual([0, 84, 144, 60, null]);
  });
});
