// GLM Coding Plan quota/limit against the simulator: field names and types as in the real captures,
// floors that reproduce the captured off-by-one, idle windows without nextResetTime, growth and reset.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../../apps/main/src/core/clock/virtual-clock';
import { startSimulator } from '../../../../apps/main/src/simulator/index';
import type { Simulator } from '../../../../apps/main/src/simulator/index';
import { getJson, keysOf } from './http';

const PATH = '/api/monitor/usage/quota/limit';
const HOUR = 3_600_000;
type Limit = Record<string, unknown>;
interface QuotaBody {
  code: number;
  msg: string;
  success: boolean;
  data: { limits: Limit[]; level: string };
}

let clock: VirtualClock;
let sim: Simulator;
beforeEach(async () => {
  clock = new VirtualClock(Date.UTC(2026, 8, 17, 2, 0));
  sim = await startSimulator({ clock });
});
afterEach(() => sim.close());

describe('quota/limit', () => {
  it('reproduces the BigModel CN Lite capture: CREDIT_LIMIT floors, integer percentage, Chinese msg', async () => {
    const a = sim.addAccount({
      provider: 'glm-coding-plan',
      region: 'cn',
      plan: { kind: 'glm-coding', level: 'lite', mcp: false },
      initialUsed: { five_hour: 814.4, weekly: 4824.6 },
    });
    const { status, body } = await getJson<QuotaBody>(sim.urls.bigmodel, PATH, a.key);
    expect(status).toBe(200);
    expect(keysOf(body)).toEqual(['code', 'data', 'msg', 'success']);
    expect(body).toMatchObject({ code: 200, msg: '操作成功', success: true });
    expect(body.data.level).toBe('lite');
    const [five, week] = body.data.limits;
    expect(five).toEqual({
      type: 'CREDIT_LIMIT',
      unit: 3,
      number: 5,
      usage: 2000,
      currentValue: 814,
      remaining: 1185,
      percentage: 40,
      nextResetTime: clock.now() + 5 * HOUR,
    });
    expect(week).toMatchObject({
      type: 'CREDIT_LIMIT',
      unit: 6,
      number: 1,
      usage: 10000,
      currentValue: 4824,
      remaining: 5175,
      percentage: 48,
    });
    expect(typeof week?.nextResetTime).toBe('number');
    expect(body.data.limits).toHaveLength(2);
  });

  it('leaves nextResetTime out of an idle 5-hour window until first use, then resets it 5 hours later', async () => {
    const a = sim.addAccount({
      provider: 'glm-coding-plan',
      plan: { kind: 'glm-coding', level: 'pro' },
      burn: { perMinute: 10 },
    });
    let body = (await getJson<QuotaBody>(sim.urls.zai, PATH, a.key)).body;
    expect(body.msg).toBe('Operation successful');
    const idle = body.data.limits[0]!;
    expect(keysOf(idle)).toEqual([
      'currentValue',
      'number',
      'percentage',
      'remaining',
      'type',
      'unit',
      'usage',
    ]);
    expect(idle).toMatchObject({ usage: 10000, currentValue: 0, remaining: 10000, percentage: 0 });

    const start = clock.now() + 10 * 60_000;
    await clock.advance(10 * 60_000);
    a.setActive(true);
    await clock.advance(90 * 60_000); // 900 credits
    body = (await getJson<QuotaBody>(sim.urls.zai, PATH, `Bearer ${a.key}`)).body;
    expect(body.data.limits[0]).toMatchObject({
      currentValue: 900,
      remaining: 9100,
      percentage: 9,
      nextResetTime: start + 5 * HOUR,
    });
    expect(body.data.limits[1]).toMatchObject({ unit: 6, number: 1, usage: 50000, currentValue: 900 });

    a.setActive(false);
    await clock.advanceTo(start + 5 * HOUR);
    body = (await getJson<QuotaBody>(sim.urls.zai, PATH, a.key)).body;
    expect(body.data.limits[0]).not.toHaveProperty('nextResetTime');
    expect(body.data.limits[0]).toMatchObject({ currentValue: 0, remaining: 10000, percentage: 0 });
    expect(body.data.limits[1]).toMatchObject({ currentValue: 900 }); // the week goes on
  });

  it('stops a full window from growing and blocks the weekly window with it', async () => {
    const a = sim.addAccount({
      provider: 'glm-coding-plan',
      plan: { kind: 'glm-coding', level: 'lite' },
      burn: { perMinute: 20 },
      pattern: { kind: 'active' },
    });
    await clock.advance(3 * HOUR); // wants 3600 credits, the 5-hour cap is 2000
    const body = (await getJson<QuotaBody>(sim.urls.zai, PATH, a.key)).body;
    expect(body.data.limits[0]).toMatchObject({ currentValue: 2000, remaining: 0, percentage: 100 });
    expect(body.data.limits[1]).toMatchObject({ currentValue: 2000 });
  });

  it('reports legacy TOKENS_LIMIT with a percentage only and the monthly MCP TIME_LIMIT with details', async () => {
    const a = sim.addAccount({
      provider: 'glm-coding-plan',
      region: 'cn',
      plan: {
        kind: 'glm-coding',
        level: 'lite',
        limitType: 'TOKENS_LIMIT',
        weekly: false,
        order: 'time_first',
      },
      initialUsed: { five_hour: 400_000, mcp_monthly: 28 },
    });
    const body = (await getJson<QuotaBody>(sim.urls.bigmodel, PATH, a.key)).body;
    const [time, tokens] = body.data.limits;
    expect(keysOf(tokens)).toEqual(['nextResetTime', 'number', 'percentage', 'type', 'unit']);
    expect(tokens).toMatchObject({ type: 'TOKENS_LIMIT', unit: 3, number: 5, percentage: 1 });
    expect(keysOf(time)).toEqual([
      'currentValue',
      'nextResetTime',
      'number',
      'percentage',
      'remaining',
      'type',
      'unit',
      'usage',
      'usageDetails',
    ]);
    expect(time).toMatchObject({
      type: 'TIME_LIMIT',
      unit: 5,
      number: 1,
      usage: 100,
      currentValue: 28,
      remaining: 72,
      percentage: 28,
    });
    const details = time?.usageDetails as { modelCode: string; usage: number }[];
    expect(details.map((d) => d.modelCode)).toEqual(['search-prime', 'web-reader', 'zread']);
    expect(details.reduce((s, d) => s + d.usage, 0)).toBe(28);
    // The monthly window ends a calendar month after the plan start.
    expect(time?.nextResetTime).toBe(Date.UTC(2026, 9, 17, 2, 0));
  });

  it('counts MCP calls at their own rate and keeps level text overrides', async () => {
    const a = sim.addAccount({
      provider: 'glm-coding-plan',
      plan: { kind: 'glm-coding', level: 'pro', levelText: 'PRO' },
      burn: { mcpCallsPerHour: 12 },
      pattern: { kind: 'active' },
    });
    await clock.advance(10 * HOUR);
    const body = (await getJson<QuotaBody>(sim.urls.zai, PATH, a.key)).body;
    expect(body.data.level).toBe('PRO');
    expect(body.data.limits[2]).toMatchObject({
      type: 'TIME_LIMIT',
      usage: 1000,
      currentValue: 120,
      remaining: 880,
      percentage: 12,
    });
    expect(body.data.limits[0]).toMatchObject({ currentValue: 0 });
  });

  it('answers the captured no-plan body (HTTP 200, code 500) for a key without a coding plan', async () => {
    const a = sim.addAccount({ provider: 'glm-coding-plan', plan: null });
    const res = await getJson(sim.urls.zai, PATH, a.key);
    expect(res).toEqual({
      status: 200,
      body: { code: 500, msg: '当前用户不存在coding plan', success: false },
    });
    const usage = await getJson(sim.urls.zai, '/api/monitor/usage/model-usage', a.key);
    expect(usage.body).toMatchObject({ code: 500, success: false });
  });

  it('ground truth follows the clock: usage() and resetWindows()', async () => {
    const a = sim.addAccount({
      provider: 'glm-coding-plan',
      burn: { perMinute: 2 },
      pattern: { kind: 'active' },
    });
    await clock.advance(30 * 60_000);
    expect(a.usage().windows.find((w) => w.id === 'five_hour')).toMatchObject({
      used: 60,
      limit: 2000,
      remaining: 1940,
      usedPercent: 3,
    });
    a.resetWindows();
    const truth = a.usage().windows;
    expect(truth.every((w) => w.used === 0)).toBe(true);
    expect(truth.find((w) => w.id === 'five_hour')?.start).toBeNull();
  });
});
