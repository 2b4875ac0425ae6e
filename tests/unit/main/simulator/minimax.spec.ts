// MiniMax against the simulator: token_plan/remains as in the live capture (REMAINING percents,
// USED counts, durations), the legacy endpoint's REMAINING counts, PAYG balance strings, and the
// HTTP-200 auth errors (1004, 2049 incl. region mismatch, 2062 for sk-api- keys).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../../apps/main/src/core/clock/virtual-clock';
import { startSimulator } from '../../../../apps/main/src/simulator/index';
import type { Simulator } from '../../../../apps/main/src/simulator/index';
import { get, getJson, keysOf } from './http';

const REMAINS = '/v1/token_plan/remains';
const LEGACY = '/v1/api/openplatform/coding_plan/remains';
const BALANCE = '/account/query_balance';
const HOUR = 3_600_000;
type Row = Record<string, number | string>;
interface Remains {
  model_remains: Row[];
  base_resp: { status_code: number; status_msg: string };
}

const ROW_KEYS = [
  'current_interval_remaining_percent',
  'current_interval_status',
  'current_interval_total_count',
  'current_interval_usage_count',
  'current_weekly_remaining_percent',
  'current_weekly_status',
  'current_weekly_total_count',
  'current_weekly_usage_count',
  'end_time',
  'model_name',
  'remains_time',
  'start_time',
  'weekly_end_time',
  'weekly_remains_time',
  'weekly_start_time',
];

let clock: VirtualClock;
let sim: Simulator;
beforeEach(async () => {
  // Monday 2026-07-27 15:31 UTC, as in the global capture.
  clock = new VirtualClock(Date.UTC(2026, 6, 27, 15, 28, 42, 508));
  sim = await startSimulator({ clock });
});
afterEach(() => sim.close());

describe('token_plan/remains', () => {
  it('matches the live global capture: windows, durations, percent-driven general and counted video', async () => {
    const a = sim.addAccount({
      provider: 'minimax-global',
      plan: { kind: 'minimax-token', tier: 'plus' },
      initialUsed: { five_hour: 10, weekly: 100 },
    });
    const { status, body } = await getJson<Remains>(sim.urls['minimax-io'], REMAINS, `Bearer ${a.key}`);
    expect(status).toBe(200);
    expect(body.base_resp).toEqual({ status_code: 0, status_msg: 'success' });
    const [general, video] = body.model_remains;
    expect(keysOf(general)).toEqual(ROW_KEYS);
    expect(general).toMatchObject({
      model_name: 'general',
      start_time: 1785164400000,
      end_time: 1785182400000,
      remains_time: 1785182400000 - clock.now(),
      weekly_start_time: 1785110400000,
      weekly_end_time: 1785715200000,
      weekly_remains_time: 1785715200000 - clock.now(),
      current_interval_total_count: 0,
      current_interval_usage_count: 0,
      current_weekly_total_count: 0,
      current_weekly_usage_count: 0,
      current_interval_status: 1,
      current_interval_remaining_percent: 99,
      current_weekly_status: 1,
      current_weekly_remaining_percent: 99,
    });
    expect(video).toMatchObject({
      model_name: 'video',
      start_time: 1785110400000,
      end_time: 1785196800000,
      current_interval_total_count: 3,
      current_interval_usage_count: 0,
      current_weekly_total_count: 21,
      current_interval_remaining_percent: 100,
    });
  });

  it('reports REMAINING percents that fall with use, USED counts for the video pool, and resets at end_time', async () => {
    const a = sim.addAccount({
      provider: 'minimax-global',
      plan: { kind: 'minimax-token', tier: 'starter' },
      burn: { perMinute: 2, videoPerDay: 24 },
      pattern: { kind: 'active' },
    });
    const host = sim.urls['minimax-io'];
    await clock.advance(HOUR); // 120 of 600 requests, 1 video
    let body = (await getJson<Remains>(host, REMAINS, `Bearer ${a.key}`)).body;
    expect(body.model_remains[0]).toMatchObject({
      current_interval_remaining_percent: 80,
      current_weekly_remaining_percent: 98,
      current_interval_usage_count: 0,
    });
    expect(body.model_remains[1]).toMatchObject({
      current_interval_usage_count: 1,
      current_weekly_usage_count: 1,
      current_interval_remaining_percent: 66,
    });
    const end = body.model_remains[0]!.end_time as number;
    await clock.advanceTo(end + 60_000);
    body = (await getJson<Remains>(host, REMAINS, `Bearer ${a.key}`)).body;
    expect(body.model_remains[0]).toMatchObject({ start_time: end, current_interval_remaining_percent: 99 });
    expect(body.model_remains[0]!.end_time).toBe(end + 5 * HOUR);
  });

  it('counts days and weeks in Beijing time on the CN host', async () => {
    const a = sim.addAccount({
      provider: 'minimax-cn',
      burn: { videoPerDay: 24 },
      pattern: { kind: 'active' },
    });
    await clock.advance(HOUR); // crosses Beijing midnight after 31 minutes
    const { body } = await getJson<Remains>(sim.urls.minimaxi, REMAINS, `Bearer ${a.key}`);
    const beijingMidnight = Date.UTC(2026, 6, 27, 16, 0);
    expect(body.model_remains[1]).toMatchObject({
      model_name: 'video',
      start_time: beijingMidnight,
      end_time: beijingMidnight + 24 * HOUR,
      current_interval_usage_count: 0,
    });
    expect(body.model_remains[0]).toMatchObject({ weekly_start_time: Date.UTC(2026, 6, 26, 16, 0) });
  });

  it('wraps in data with the plan title, adds boosts and a not-included pool (status 3) when configured', async () => {
    const a = sim.addAccount({
      provider: 'minimax-global',
      plan: {
        kind: 'minimax-token',
        tier: 'max',
        dataWrapped: true,
        video: 'not_included',
        weeklyBoostPermille: 1500,
      },
    });
    const { body } = await getJson<{
      data: Remains & { current_subscribe_title: string; points_balance: string };
      base_resp: unknown;
    }>(sim.urls['minimax-io'], REMAINS, `Bearer ${a.key}`);
    expect(body.base_resp).toEqual({ status_code: 0, status_msg: 'success' });
    expect(body.data.current_subscribe_title).toBe('Token Plan Max');
    expect(body.data.points_balance).toBe('14000');
    expect(body.data.model_remains[0]).toMatchObject({ weekly_boost_permille: 1500 });
    expect(body.data.model_remains[1]).toMatchObject({
      model_name: 'video',
      current_interval_total_count: 0,
      current_weekly_total_count: 0,
      current_interval_status: 3,
      current_weekly_status: 3,
    });
  });
});

describe('legacy coding_plan/remains', () => {
  it('reports the REMAINING count in current_interval_usage_count', async () => {
    const a = sim.addAccount({
      provider: 'minimax-cn',
      plan: { kind: 'minimax-legacy', tier: 'plus' },
      initialUsed: { interval: 41 },
    });
    const { body } = await getJson<Remains>(sim.urls.minimaxi, LEGACY, `Bearer ${a.key}`);
    expect(body.model_remains).toHaveLength(1);
    expect(keysOf(body.model_remains[0])).toEqual([
      'current_interval_total_count',
      'current_interval_usage_count',
      'end_time',
      'model_name',
      'remains_time',
      'start_time',
    ]);
    expect(body.model_remains[0]).toMatchObject({
      model_name: 'MiniMax-M2',
      current_interval_total_count: 1500,
      current_interval_usage_count: 1459,
    });
  });

  it('answers token_plan/remains for a legacy account with 404, 405 or 2062 as configured', async () => {
    const legacy404 = sim.addAccount({
      provider: 'minimax-cn',
      plan: { kind: 'minimax-legacy', tier: 'plus' },
    });
    const r404 = await get(sim.urls.minimaxi, REMAINS, `Bearer ${legacy404.key}`);
    expect([r404.status, r404.text]).toEqual([404, '404 page not found']);
    const legacy405 = sim.addAccount({
      provider: 'minimax-cn',
      plan: { kind: 'minimax-legacy', tier: 'plus', tokenPlanAnswer: 'http_405' },
    });
    expect((await get(sim.urls.minimaxi, REMAINS, `Bearer ${legacy405.key}`)).status).toBe(405);
    const legacy2062 = sim.addAccount({
      provider: 'minimax-cn',
      plan: { kind: 'minimax-legacy', tier: 'plus', tokenPlanAnswer: 'code_2062' },
    });
    expect(
      (await getJson<Remains>(sim.urls.minimaxi, REMAINS, `Bearer ${legacy2062.key}`)).body.base_resp
        .status_code,
    ).toBe(2062);
  });

  it('gives a token-plan account the same pools with the video count read the old way', async () => {
    const a = sim.addAccount({
      provider: 'minimax-cn',
      plan: { kind: 'minimax-token', tier: 'plus' },
      initialUsed: { video_daily: 1 },
    });
    const { body } = await getJson<Remains>(sim.urls.minimaxi, LEGACY, `Bearer ${a.key}`);
    expect(body.model_remains[1]).toMatchObject({
      model_name: 'video',
      current_interval_total_count: 3,
      current_interval_usage_count: 2,
    });
  });
});

describe('auth and key kinds', () => {
  it('answers HTTP 200 with 1004 without a key and 2049 for unknown or other-region keys', async () => {
    const missing = await getJson(sim.urls.minimaxi, REMAINS);
    expect(missing).toEqual({
      status: 200,
      body: {
        base_resp: {
          status_code: 1004,
          status_msg:
            "login fail: Please carry the API secret key in the 'Authorization' field of the request header",
        },
      },
    });
    expect((await getJson(sim.urls.minimaxi, REMAINS, 'sk-cp-raw-without-bearer')).body).toMatchObject({
      base_resp: { status_code: 1004 },
    });
    expect(await getJson(sim.urls.minimaxi, REMAINS, 'Bearer sk-cp-unknown')).toEqual({
      status: 200,
      body: { base_resp: { status_code: 2049, status_msg: 'invalid api key' } },
    });
    const global = sim.addAccount({ provider: 'minimax-global' });
    expect(global.key).toMatch(/^sk-cp-/);
    expect((await getJson(sim.urls.minimaxi, REMAINS, `Bearer ${global.key}`)).body).toMatchObject({
      base_resp: { status_code: 2049 },
    });
    expect((await getJson(sim.urls['minimax-io'], REMAINS, `Bearer ${global.key}`)).body).toMatchObject({
      base_resp: { status_code: 0 },
    });
  });

  it('accepts x-api-key like the official CLI', async () => {
    const a = sim.addAccount({ provider: 'minimax-cn' });
    const res = await get(sim.urls.minimaxi, REMAINS, undefined, { headers: { 'x-api-key': a.key } });
    expect((res.json() as Remains).base_resp.status_code).toBe(0);
  });

  it('gives an sk-api- key 2062 on the plan endpoints and a balance in decimal strings', async () => {
    const a = sim.addAccount({
      provider: 'minimax-cn',
      keyKind: 'api',
      wallets: [{ paid: 10, granted: 2.34 }],
      burn: { moneyPerMinute: 0.01 },
      pattern: { kind: 'active' },
    });
    expect(a.key).toMatch(/^sk-api-/);
    expect((await getJson(sim.urls.minimaxi, REMAINS, `Bearer ${a.key}`)).body).toMatchObject({
      base_resp: { status_code: 2062 },
    });
    expect((await getJson(sim.urls.minimaxi, LEGACY, `Bearer ${a.key}`)).body).toMatchObject({
      base_resp: { status_code: 2062 },
    });
    let balance = (await getJson(sim.urls.minimaxi, BALANCE, `Bearer ${a.key}`)).body;
    expect(balance).toEqual({
      available_amount: '12.34',
      cash_balance: '10.00',
      voucher_balance: '2.34',
      credit_balance: '0.00',
      owed_amount: '0.00',
      balance_alert_switch: false,
      balance_alert_threshold: '5.00',
      base_resp: { status_code: 0, status_msg: 'success' },
    });
    await clock.advance(300 * 60_000); // 3.00 spent: vouchers first
    balance = (await getJson(sim.urls.minimaxi, BALANCE, `Bearer ${a.key}`)).body;
    expect(balance).toMatchObject({
      available_amount: '9.34',
      cash_balance: '9.34',
      voucher_balance: '0.00',
    });
  });
});
