import { jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import type { AccountSettings } from '@contract';
import { fetchSnapshot } from '../../../../../../apps/main/src/core/providers/index';
import type { ProbeTarget } from '../../../../../../apps/main/src/core/providers/types';
import { deps, fixture, json, providerServer } from '../provider-server';
import type { SeenRequest } from '../provider-server';

const KEY = '0123456789abcdef0123456789abcdef.AbCdEfGhIjKlMnOp';
const ACCOUNT = '/api/biz/account/query-customer-account-report';
const PACKAGES = '/api/biz/tokenAccounts/list/my';

function target(baseUrl: string, settings?: AccountSettings): ProbeTarget {
  return {
    provider: 'glm',
    region: 'cn',
    baseUrl,
    model: 'glm-4-plus',
    key: KEY,
    ...(settings ? { settings } : {}),
  };
}

const account = json(fixture('glm', 'account-report.bigmodel.json'));
const packages = json(fixture('glm', 'packages.json'));
const refused = json(fixture('glm', 'account-report.http-401.json'), 401);

async function isValidJwt(req: SeenRequest): Promise<boolean> {
  const token = req.authorization?.replace(/^Bearer /, '') ?? '';
  try {
    await jwtVerify(token, new TextEncoder().encode('AbCdEfGhIjKlMnOp'), { algorithms: ['HS256'] });
    return true;
  } catch {
    return false;
  }
}

describe('glm fetchSnapshot', () => {
  it('reads the cash report and the effective packages with the plain key', async () => {
    const s = await providerServer({ [ACCOUNT]: account, [PACKAGES]: packages });
    const { snapshot, diagnostics } = await fetchSnapshot(target(s.url), deps());
    expect(snapshot.status).toBe('ok');
    expect(snapshot.wallets).toEqual([
      { currency: 'CNY', available: 40, granted: 20, paid: 100, frozen: 2.5, spent: 77.5, usable: null },
    ]);
    expect(snapshot.packages.map((p) => p.name)).toEqual(['GLM-4-Plus 1000万tokens资源包']);
    expect(diagnostics).toBeNull();
    expect(s.seen.map((r) => r.authorization)).toEqual([`Bearer ${KEY}`, `Bearer ${KEY}`]);
    expect(s.seen[1]!.query.get('pageSize')).toBe('50');
    expect(s.seen[1]!.query.get('filterEnabled')).toBe('false');
  });

  it('keeps the account ok when packages answer 401', async () => {
    const s = await providerServer({
      [ACCOUNT]: account,
      [PACKAGES]: json(fixture('glm', 'packages.auth-401.json'), 401),
    });
    const { snapshot } = await fetchSnapshot(target(s.url), deps());
    expect(snapshot.status).toBe('ok');
    expect(snapshot.wallets).toHaveLength(1);
    expect(snapshot.packages).toEqual([]);
  });

  it('keeps the account ok when the packages request fails at the network level', async () => {
    const s = await providerServer({ [ACCOUNT]: account, [PACKAGES]: { hang: true } });
    const { snapshot } = await fetchSnapshot(target(s.url), deps({ requestTimeoutMs: 300 }));
    expect(snapshot.status).toBe('ok');
    expect(snapshot.packages).toEqual([]);
  });

  it('auto mode: falls back to a Zhipu JWT once when the plain key is refused', async () => {
    const s = await providerServer({
      [ACCOUNT]: (req) => (req.authorization === `Bearer ${KEY}` ? refused : account),
      [PACKAGES]: packages,
    });
    // The server only accepts what verifies as a JWT signed with the secret part.
    const validity: boolean[] = [];
    const { snapshot } = await fetchSnapshot(target(s.url, { glmAuthMode: 'auto' }), deps());
    for (const req of s.seen) validity.push(await isValidJwt(req));
    expect(snapshot.status).toBe('ok');
    expect(s.paths()).toEqual([ACCOUNT, ACCOUNT, PACKAGES]);
    expect(validity).toEqual([false, true, true]);
  });

  it('auto mode: reports auth_error when both the plain key and the JWT are refused', async () => {
    const s = await providerServer({ [ACCOUNT]: refused });
    const { snapshot, diagnostics } = await fetchSnapshot(target(s.url), deps());
    expect(snapshot.status).toBe('auth_error');
    expect(snapshot.error?.message).toMatch(/plain key and JWT both refused/);
    expect(s.paths()).toEqual([ACCOUNT, ACCOUNT]);
    expect(diagnostics).toContain(ACCOUNT);
    expect(diagnostics).not.toContain(KEY);
  });

  it('plain mode never tries a JWT; jwt mode sends only the JWT', async () => {
    const plain = await providerServer({ [ACCOUNT]: refused });
    expect((await fetchSnapshot(target(plain.url, { glmAuthMode: 'plain' }), deps())).snapshot.status).toBe(
      'auth_error',
    );
    expect(plain.seen).toHaveLength(1);

    const jwt = await providerServer({ [ACCOUNT]: account, [PACKAGES]: packages });
    expect((await fetchSnapshot(target(jwt.url, { glmAuthMode: 'jwt' }), deps())).snapshot.status).toBe('ok');
    expect(await isValidJwt(jwt.seen[0]!)).toBe(true);
  });

  it('jwt mode with a key that is not id.secret is an auth_error without a request', async () => {
    const s = await providerServer({ [ACCOUNT]: account });
    const t = { ...target(s.url, { glmAuthMode: 'jwt' }), key: 'sk-not-a-zhipu-key-000000' };
    expect((await fetchSnapshot(t, deps())).snapshot.status).toBe('auth_error');
    expect(s.seen).toHaveLength(0);
  });

  it('uses USD for the global region and HTTP 200 code 1000 is auth_error', async () => {
    const ok = await providerServer({
      [ACCOUNT]: json(fixture('glm', 'account-report.zai.json')),
      [PACKAGES]: packages,
    });
    const res = await fetchSnapshot({ ...target(ok.url), region: 'global' }, deps());
    expect(res.snapshot.wallets[0]?.currency).toBe('USD');

    const bad = await providerServer({ [ACCOUNT]: json(fixture('glm', 'account-report.auth-1000.json')) });
    const failed = await fetchSnapshot(target(bad.url, { glmAuthMode: 'plain' }), deps());
    expect(failed.snapshot.status).toBe('auth_error');
    expect(failed.snapshot.error?.providerCode).toBe('1000');
  });

  it('times out against a server that never answers', async () => {
    const s = await providerServer({ [ACCOUNT]: { hang: true } });
    const { snapshot, diagnostics } = await fetchSnapshot(target(s.url), deps({ requestTimeoutMs: 200 }));
    expect(snapshot.status).toBe('timeout');
    expect(snapshot.wallets).toEqual([]);
    expect(diagnostics).toContain('no response');
  });

  it('turns an HTML page into provider_error and keeps a redacted copy for diagnostics', async () => {
    const s = await providerServer({
      [ACCOUNT]: {
        status: 502,
        body: fixture('glm', 'account-report.html-502.html'),
        headers: { 'content-type': 'text/html' },
      },
    });
    const { snapshot, diagnostics } = await fetchSnapshot(target(s.url), deps());
    expect(snapshot.status).toBe('provider_error');
    expect(snapshot.error?.httpStatus).toBe(502);
    expect(diagnostics).toContain('502 Bad Gateway');
  });
});
