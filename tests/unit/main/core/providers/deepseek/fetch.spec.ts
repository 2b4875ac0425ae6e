import { describe, expect, it } from 'vitest';
import { fetchSnapshot, listModels } from '../../../../../../apps/main/src/core/providers/index';
import type { ProbeTarget } from '../../../../../../apps/main/src/core/providers/types';
import { deps, fixture, json, providerServer } from '../provider-server';

const KEY = 'sk-0123456789abcdef0123456789abcdef';
const target = (baseUrl: string): ProbeTarget => ({
  provider: 'deepseek',
  region: null,
  baseUrl,
  model: 'deepseek-chat',
  key: KEY,
});

describe('deepseek fetchSnapshot', () => {
  it('keeps every currency and is_available', async () => {
    const s = await providerServer({
      '/user/balance': json(fixture('deepseek', 'balance.two-currencies.json')),
    });
    const { snapshot } = await fetchSnapshot(target(s.url), deps());
    expect(snapshot.status).toBe('ok');
    expect(snapshot.wallets.map((w) => [w.currency, w.available, w.usable])).toEqual([
      ['CNY', 0, false],
      ['USD', 4.27, false],
    ]);
    expect(s.seen[0]!.authorization).toBe(`Bearer ${KEY}`);
  });

  it('maps the documented 401 body to auth_error without leaking the key into diagnostics', async () => {
    const echo = fixture('deepseek', 'auth.invalid-key.json').replace('****abcd', KEY);
    const s = await providerServer({ '/user/balance': json(echo, 401) });
    const { snapshot, diagnostics } = await fetchSnapshot(target(s.url), deps());
    expect(snapshot.status).toBe('auth_error');
    expect(snapshot.error?.httpStatus).toBe(401);
    expect(snapshot.error?.message).not.toContain(KEY);
    expect(diagnostics).toContain('Authentication Fails');
    expect(diagnostics).not.toContain(KEY);
  });

  it('reports truncated JSON as parse_error, never as an empty wallet', async () => {
    const s = await providerServer({ '/user/balance': json(fixture('deepseek', 'balance.truncated.txt')) });
    const { snapshot, diagnostics } = await fetchSnapshot(target(s.url), deps());
    expect(snapshot.status).toBe('parse_error');
    expect(snapshot.wallets).toEqual([]);
    expect(diagnostics).toContain('balance_infos');
  });
});

describe('deepseek listModels', () => {
  it('asks /models and labels the known ids', async () => {
    const s = await providerServer({ '/models': json(fixture('deepseek', 'models.json')) });
    expect(await listModels(target(s.url), deps())).toEqual([
      { id: 'deepseek-chat', label: 'DeepSeek-V3.2 (chat)' },
      { id: 'deepseek-reasoner', label: 'DeepSeek-V3.2 (reasoner)' },
    ]);
    expect(s.paths()).toEqual(['/models']);
  });

  it('falls back to the seed list when /models fails', async () => {
    const s = await providerServer({ '/models': { status: 500, body: 'down' } });
    const models = await listModels(target(s.url), deps());
    expect(models.map((m) => m.id)).toEqual(['deepseek-chat', 'deepseek-reasoner']);
  });
});
