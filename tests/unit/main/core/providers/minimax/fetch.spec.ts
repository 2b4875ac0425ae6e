import { describe, expect, it } from 'vitest';
import type { ProviderId } from '@contract';
import { fetchSnapshot } from '../../../../../../apps/main/src/core/providers/index';
import type { ProbeTarget } from '../../../../../../apps/main/src/core/providers/types';
import { deps, fixture, json, providerServer } from '../provider-server';

const PLAN_KEY = 'sk-cp-0123456789abcdefghijklmnopqrstuv';
const PAYG_KEY = 'sk-api-0123456789abcdefghijklmnopqrstuv';
const TOKEN_PLAN = '/v1/token_plan/remains';
const LEGACY = '/v1/api/openplatform/coding_plan/remains';
const BALANCE = '/account/query_balance';

const target = (baseUrl: string, key = PLAN_KEY, provider: ProviderId = 'minimax-global'): ProbeTarget => ({
  provider,
  region: null,
  baseUrl,
  model: 'MiniMax-M2.7',
  key,
});

describe('minimax fetchSnapshot', () => {
  it('reads /v1/token_plan/remains with a Bearer key', async () => {
    const s = await providerServer({ [TOKEN_PLAN]: json(fixture('minimax', 'token-plan.global-live.json')) });
    const { snapshot } = await fetchSnapshot(target(s.url), deps());
    expect(snapshot.status).toBe('ok');
    expect(snapshot.windows).toHaveLength(4);
    expect(snapshot.windows[0]).toMatchObject({
      kind: 'five_hour',
      usedPercent: 1,
      used: null,
      scope: 'general',
    });
    expect(s.seen[0]!.authorization).toBe(`Bearer ${PLAN_KEY}`);
    expect(s.paths()).toEqual([TOKEN_PLAN]);
  });

  it('falls back to the legacy endpoint on 404 and reads its counts as REMAINING', async () => {
    const s = await providerServer({ [LEGACY]: json(fixture('minimax', 'legacy.coding-plan.json')) });
    const { snapshot } = await fetchSnapshot(target(s.url), deps());
    expect(s.paths()).toEqual([TOKEN_PLAN, LEGACY]);
    expect(snapshot.status).toBe('ok');
    expect(snapshot.windows[0]).toMatchObject({ used: 41, remaining: 1459, limit: 1500 });
  });

  it('falls back on 405 and on base_resp 2062', async () => {
    for (const first of [{ status: 405, body: '' }, json(fixture('minimax', 'base-resp.2062.json'))]) {
      const s = await providerServer({
        [TOKEN_PLAN]: first,
        [LEGACY]: json(fixture('minimax', 'legacy.coding-plan.json')),
      });
      expect((await fetchSnapshot(target(s.url), deps())).snapshot.status).toBe('ok');
      expect(s.paths()).toEqual([TOKEN_PLAN, LEGACY]);
    }
  });

  it('reports no_plan when both endpoints answer 2062', async () => {
    const s = await providerServer({
      [TOKEN_PLAN]: json(fixture('minimax', 'base-resp.2062.json')),
      [LEGACY]: json(fixture('minimax', 'base-resp.2062.json')),
    });
    expect((await fetchSnapshot(target(s.url), deps())).snapshot.status).toBe('no_plan');
  });

  it('does not fall back on auth errors: 1004 and 2049 (with the region hint)', async () => {
    const s = await providerServer({ [TOKEN_PLAN]: json(fixture('minimax', 'base-resp.2049.json')) });
    const { snapshot } = await fetchSnapshot(target(s.url, PLAN_KEY, 'minimax-cn'), deps());
    expect(snapshot.status).toBe('auth_error');
    expect(snapshot.error?.message).toMatch(/minimax-global/);
    expect(s.paths()).toEqual([TOKEN_PLAN]);

    const t = await providerServer({ [TOKEN_PLAN]: json(fixture('minimax', 'base-resp.1004.json')) });
    expect((await fetchSnapshot(target(t.url), deps())).snapshot.status).toBe('auth_error');
  });

  it('an sk-api- key yields a wallet from query_balance in the platform currency', async () => {
    const s = await providerServer({ [BALANCE]: json(fixture('minimax', 'query-balance.json')) });
    const { snapshot } = await fetchSnapshot(target(s.url, PAYG_KEY, 'minimax-cn'), deps());
    expect(snapshot.status).toBe('ok');
    expect(snapshot.windows).toEqual([]);
    expect(snapshot.wallets).toEqual([
      { currency: 'CNY', available: 12.34, granted: 2.34, paid: 10, frozen: null, spent: null, usable: null },
    ]);
    expect(s.paths()).toEqual([BALANCE]);
  });

  it('a dropped connection is network_error', async () => {
    const s = await providerServer({});
    await s.close();
    expect((await fetchSnapshot(target(s.url), deps())).snapshot.status).toBe('network_error');
  });

  it('times out against a server that never answers', async () => {
    const s = await providerServer({ [TOKEN_PLAN]: { hang: true } });
    expect((await fetchSnapshot(target(s.url), deps({ requestTimeoutMs: 200 }))).snapshot.status).toBe(
      'timeout',
    );
  });
});
