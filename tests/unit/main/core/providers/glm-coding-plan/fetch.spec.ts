import { describe, expect, it } from 'vitest';
import {
  fetchCodingPlanModelUsage,
  fetchSnapshot,
  ProviderError,
} from '../../../../../../apps/main/src/core/providers/index';
import { formatMonitorTime } from '../../../../../../apps/main/src/core/providers/glm-coding-plan/model-usage';
import type { ProbeTarget } from '../../../../../../apps/main/src/core/providers/types';
import { deps, fixture, json, providerServer } from '../provider-server';

const KEY = 'fedcba9876543210fedcba9876543210.ZyXwVuTsRqPoNmLk';
const QUOTA = '/api/monitor/usage/quota/limit';
const SUBSCRIPTION = '/api/biz/subscription/list';
const MODEL_USAGE = '/api/monitor/usage/model-usage';

const target = (baseUrl: string): ProbeTarget => ({
  provider: 'glm-coding-plan',
  region: 'cn',
  baseUrl,
  model: 'glm-5.1',
  key: KEY,
});
const quota = json(fixture('glm-coding-plan', 'quota.bigmodel-lite-2026-09-17.json'));

describe('glm-coding-plan fetchSnapshot', () => {
  it('sends the raw key, reads the windows and takes the plan name from the subscription list', async () => {
    const s = await providerServer({
      [QUOTA]: quota,
      [SUBSCRIPTION]: json(fixture('glm-coding-plan', 'subscription.zai-pro.json')),
    });
    const { snapshot } = await fetchSnapshot(target(s.url), deps());
    expect(snapshot.status).toBe('ok');
    expect(snapshot.planName).toBe('GLM Coding Pro');
    expect(snapshot.windows.map((w) => [w.kind, w.used, w.limit, w.resetsAt])).toEqual([
      ['five_hour', 814, 2000, 1789658904374],
      ['weekly', 4824, 10000, 1790183449975],
    ]);
    expect(s.seen.map((r) => r.authorization)).toEqual([KEY, KEY]);
    expect(s.seen[0]!.headers['accept-language']).toBe('en-US,en');
  });

  it('retries once with Bearer on 401 and keeps Bearer for the subscription call', async () => {
    const s = await providerServer({
      [QUOTA]: (req) =>
        req.authorization === `Bearer ${KEY}`
          ? quota
          : json(fixture('glm-coding-plan', 'quota.http-401.json'), 401),
      [SUBSCRIPTION]: json(fixture('glm-coding-plan', 'subscription.zai-pro.json')),
    });
    const { snapshot } = await fetchSnapshot(target(s.url), deps());
    expect(snapshot.status).toBe('ok');
    expect(s.seen.map((r) => `${r.path} ${r.authorization === KEY ? 'raw' : 'bearer'}`)).toEqual([
      `${QUOTA} raw`,
      `${QUOTA} bearer`,
      `${SUBSCRIPTION} bearer`,
    ]);
  });

  it('gives up after one Bearer retry (auth_error, two requests)', async () => {
    const s = await providerServer({ [QUOTA]: json(fixture('glm-coding-plan', 'quota.http-401.json'), 401) });
    const { snapshot } = await fetchSnapshot(target(s.url), deps());
    expect(snapshot.status).toBe('auth_error');
    expect(s.seen).toHaveLength(2);
  });

  it('falls back to data.level when the subscription list fails, and caches the name lookup', async () => {
    const s = await providerServer({ [QUOTA]: quota, [SUBSCRIPTION]: { status: 500, body: 'oops' } });
    const d = deps();
    expect((await fetchSnapshot(target(s.url), d)).snapshot.planName).toBe('GLM Coding Lite');
    expect((await fetchSnapshot(target(s.url), d)).snapshot.planName).toBe('GLM Coding Lite');
    expect(s.paths()).toEqual([QUOTA, SUBSCRIPTION, QUOTA]);
  });

  it('reports no_plan for the HTTP 200 success:false answer', async () => {
    const s = await providerServer({ [QUOTA]: json(fixture('glm-coding-plan', 'quota.no-plan.json')) });
    const { snapshot, diagnostics } = await fetchSnapshot(target(s.url), deps());
    expect(snapshot.status).toBe('no_plan');
    expect(snapshot.windows).toEqual([]);
    expect(diagnostics).toContain('coding plan');
  });

  it('reports rate_limited with Retry-After in ms', async () => {
    const s = await providerServer({
      [QUOTA]: json('{"code":1302,"msg":"slow down","success":false}', 429, { 'retry-after': '12' }),
    });
    const { snapshot } = await fetchSnapshot(target(s.url), deps());
    expect(snapshot.status).toBe('rate_limited');
    expect(snapshot.error?.retryAfterMs).toBe(12_000);
  });

  it('times out against a server that never answers', async () => {
    const s = await providerServer({ [QUOTA]: { hang: true } });
    expect((await fetchSnapshot(target(s.url), deps({ requestTimeoutMs: 200 }))).snapshot.status).toBe(
      'timeout',
    );
  });
});

describe('fetchCodingPlanModelUsage', () => {
  it('asks for the range in Beijing time and returns the per-model series', async () => {
    const s = await providerServer({
      [MODEL_USAGE]: json(fixture('glm-coding-plan', 'model-usage.max-2026-08-27.json')),
    });
    const from = Date.parse('2026-08-24T16:00:00Z');
    const to = Date.parse('2026-08-27T15:59:59Z');
    const series = await fetchCodingPlanModelUsage(target(s.url), deps(), { from, to });
    expect(s.seen[0]!.query.get('startTime')).toBe('2026-08-25 00:00:00');
    expect(s.seen[0]!.query.get('endTime')).toBe('2026-08-27 23:59:59');
    expect(series.models.map((m) => m.model)).toEqual(['GLM-5.3', 'GLM-5.2']);
    expect(series.totalTokens).toBe(121431813);
    expect(formatMonitorTime(0)).toBe('1970-01-01 08:00:00');
  });

  it('rejects with a classified ProviderError', async () => {
    const s = await providerServer({ [MODEL_USAGE]: json(fixture('glm-coding-plan', 'quota.no-plan.json')) });
    const error = await fetchCodingPlanModelUsage(target(s.url), deps(), { from: 0, to: 1 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).kind).toBe('no_plan');
    const other = await fetchCodingPlanModelUsage({ ...target(s.url), provider: 'glm' }, deps(), {
      from: 0,
      to: 1,
    }).catch((e: unknown) => e);
    expect(other).toBeInstanceOf(ProviderError);
  });
});
