import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS } from '@contract';
import { HttpError } from '../../../../../apps/main/src/core/http/errors';
import { UrlPolicyError } from '../../../../../apps/main/src/core/http/url-policy';
import {
  defaultRegion,
  fetchSnapshot,
  getProviderInfo,
  hostKey,
  listModels,
  providerInfoList,
  resolveBaseUrl,
} from '../../../../../apps/main/src/core/providers/index';
import { deps, fixture, json, providerServer } from './provider-server';

describe('provider facts', () => {
  it('lists every provider in contract order with seed models and minimum intervals', () => {
    const list = providerInfoList();
    expect(list.map((p) => p.id)).toEqual([...PROVIDER_IDS]);
    for (const info of list) {
      expect(info.models.length).toBeGreaterThan(0);
      expect(info.minSnapshotIntervalSec).toBeGreaterThanOrEqual(10);
      expect(info.minTrackingIntervalSec).toBeGreaterThanOrEqual(info.minSnapshotIntervalSec);
    }
    const deepseek = getProviderInfo('deepseek');
    expect(deepseek.hasModelsEndpoint).toBe(true);
    expect(deepseek.minSnapshotIntervalSec).toBeGreaterThanOrEqual(60);
    expect(deepseek.models.map((m) => m.id)).not.toContain('deepseek-coder');
    expect(getProviderInfo('minimax-cn').models.map((m) => m.id)).toContain('MiniMax-M2.7');
  });

  it('returns copies that callers cannot use to change the registry', () => {
    getProviderInfo('glm').models.push({ id: 'x', label: 'x' });
    expect(getProviderInfo('glm').models.map((m) => m.id)).not.toContain('x');
  });

  it('resolves regions to their default hosts', () => {
    expect(defaultRegion('glm')).toBe('cn');
    expect(defaultRegion('glm-coding-plan')).toBe('global');
    expect(defaultRegion('deepseek')).toBeNull();
    expect(resolveBaseUrl({ provider: 'glm', region: null, baseUrl: null })).toBe('https://www.bigmodel.cn');
    expect(resolveBaseUrl({ provider: 'glm', region: 'global', baseUrl: null })).toBe('https://api.z.ai');
    expect(resolveBaseUrl({ provider: 'glm-coding-plan', region: null, baseUrl: null })).toBe(
      'https://api.z.ai',
    );
    expect(resolveBaseUrl({ provider: 'glm-coding-plan', region: 'cn', baseUrl: null })).toBe(
      'https://open.bigmodel.cn',
    );
    expect(resolveBaseUrl({ provider: 'minimax-cn', region: null, baseUrl: null })).toBe(
      'https://api.minimaxi.com',
    );
    expect(resolveBaseUrl({ provider: 'minimax-global', region: 'cn', baseUrl: null })).toBe(
      'https://api.minimax.io',
    );
    expect(resolveBaseUrl({ provider: 'deepseek', region: null, baseUrl: null })).toBe(
      'https://api.deepseek.com',
    );
  });

  it('validates overrides and keys hosts by origin', () => {
    expect(
      resolveBaseUrl({ provider: 'deepseek', region: null, baseUrl: 'https://gw.example.com/deepseek/' }),
    ).toBe('https://gw.example.com/deepseek');
    expect(() =>
      resolveBaseUrl({ provider: 'deepseek', region: null, baseUrl: 'http://gw.example.com' }),
    ).toThrow(UrlPolicyError);
    expect(hostKey({ provider: 'deepseek', region: null, baseUrl: 'https://gw.example.com/deepseek/' })).toBe(
      'https://gw.example.com',
    );
    expect(hostKey({ provider: 'glm-coding-plan', region: 'cn', baseUrl: null })).toBe(
      'https://open.bigmodel.cn',
    );
    expect(hostKey({ provider: 'deepseek', region: null, baseUrl: 'http://127.0.0.1:4010' })).toBe(
      'http://127.0.0.1:4010',
    );
  });
});

describe('fetchSnapshot', () => {
  const key = 'sk-0123456789abcdef0123456789abcdef';

  it('refuses a plain-http override to a remote host without sending anything', async () => {
    const { snapshot, diagnostics } = await fetchSnapshot(
      { provider: 'deepseek', region: null, baseUrl: 'http://gw.example.com', model: null, key },
      deps(),
    );
    expect(snapshot.status).toBe('network_error');
    expect(snapshot.error?.message).toMatch(/loopback/);
    expect(diagnostics).toBeNull();
  });

  it('reports a missing key as auth_error', async () => {
    const { snapshot } = await fetchSnapshot(
      { provider: 'deepseek', region: null, baseUrl: null, model: null, key: ' ' },
      deps(),
    );
    expect(snapshot.status).toBe('auth_error');
  });

  it('stamps fetchedAt from deps.now and trims the key', async () => {
    const s = await providerServer({ '/user/balance': json(fixture('deepseek', 'balance.docs.json')) });
    const { snapshot } = await fetchSnapshot(
      { provider: 'deepseek', region: null, baseUrl: s.url, model: null, key: `  ${key}\n` },
      { ...deps(), now: () => 42 },
    );
    expect(snapshot.fetchedAt).toBe(42);
    expect(s.seen[0]!.authorization).toBe(`Bearer ${key}`);
  });

  it('rejects only when the caller aborts', async () => {
    const s = await providerServer({ '/user/balance': { hang: true } });
    const controller = new AbortController();
    const pending = fetchSnapshot(
      { provider: 'deepseek', region: null, baseUrl: s.url, model: null, key },
      deps({ signal: controller.signal }),
    );
    setTimeout(() => controller.abort(), 20);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).aborted).toBe(true);
  });

  it('lists seed models for providers without a models endpoint, without a request', async () => {
    const models = await listModels(
      { provider: 'glm-coding-plan', region: null, baseUrl: null, model: null, key },
      deps(),
    );
    expect(models.map((m) => m.id)).toEqual([
      'glm-5.1',
      'glm-5',
      'glm-4.7',
      'glm-4.6',
      'glm-4.5',
      'glm-4.5-air',
    ]);
  });
});
