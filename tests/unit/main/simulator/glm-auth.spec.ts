// GLM auth against the simulator: raw and Bearer keys, accounts refusing one form, missing header,
// unknown and other-region keys, HTTP-200 auth errors, and Zhipu's JWT checked with jose.
import { SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../../apps/main/src/core/clock/virtual-clock';
import { startSimulator } from '../../../../apps/main/src/simulator/index';
import type { Simulator } from '../../../../apps/main/src/simulator/index';
import { getJson } from './http';

const QUOTA = '/api/monitor/usage/quota/limit';
const REPORT = '/api/biz/account/query-customer-account-report';

let clock: VirtualClock;
let sim: Simulator;
beforeEach(async () => {
  clock = new VirtualClock(Date.UTC(2026, 8, 17, 2, 0));
  sim = await startSimulator({ clock });
});
afterEach(() => sim.close());

/** A Zhipu JWT for `key` as the real scheme wants it, with overridable parts. */
async function zhipuJwt(
  key: string,
  now: number,
  opts: { secret?: string; seconds?: boolean; ttlMs?: number; signType?: string | null } = {},
): Promise<string> {
  const [id = '', secret = ''] = key.split('.');
  const unit = opts.seconds ? 1000 : 1;
  const header: { alg: 'HS256'; sign_type?: string } = { alg: 'HS256' };
  if (opts.signType !== null) header.sign_type = opts.signType ?? 'SIGN';
  return new SignJWT({
    api_key: id,
    exp: Math.floor((now + (opts.ttlMs ?? 3_600_000)) / unit),
    timestamp: Math.floor(now / unit),
  })
    .setProtectedHeader(header)
    .sign(new TextEncoder().encode(opts.secret ?? secret));
}

describe('plain keys', () => {
  it('accepts raw and Bearer keys on monitor and biz endpoints by default', async () => {
    const a = sim.addAccount({ provider: 'glm-coding-plan', region: 'cn' });
    for (const auth of [a.key, `Bearer ${a.key}`]) {
      expect((await getJson(sim.urls.bigmodel, QUOTA, auth)).status).toBe(200);
      expect((await getJson(sim.urls.bigmodel, REPORT, auth)).body).toMatchObject({
        code: 200,
        success: true,
      });
    }
  });

  it('can refuse the raw key with 401 while Bearer passes (and the reverse)', async () => {
    const a = sim.addAccount({ provider: 'glm-coding-plan', glmAuth: { monitor: 'bearer_only' } });
    expect(await getJson(sim.urls.zai, QUOTA, a.key)).toEqual({
      status: 401,
      body: { code: 1000, msg: 'Authentication Failed', success: false },
    });
    expect((await getJson(sim.urls.zai, QUOTA, `Bearer ${a.key}`)).status).toBe(200);
    const b = sim.addAccount({ provider: 'glm-coding-plan', glmAuth: { monitor: 'raw_only' } });
    expect((await getJson(sim.urls.zai, QUOTA, `Bearer ${b.key}`)).status).toBe(401);
    expect((await getJson(sim.urls.zai, QUOTA, b.key)).status).toBe(200);
  });

  it('answers 1001 without a header, 1000 for unknown keys and for keys of the other region', async () => {
    expect(await getJson(sim.urls.bigmodel, QUOTA)).toEqual({
      status: 401,
      body: { code: 1001, msg: 'Header中未收到Authentication参数，无法进行身份验证。', success: false },
    });
    expect(
      (await getJson(sim.urls.zai, QUOTA, 'Bearer 0123456789abcdef0123456789abcdef.AAAAAAAAAAAAAAAA')).body,
    ).toMatchObject({ code: 1000 });
    const cn = sim.addAccount({ provider: 'glm-coding-plan', region: 'cn' });
    expect(cn.key).toMatch(/^[0-9a-f]{32}\.[A-Za-z0-9]{16}$/);
    expect(await getJson(sim.urls.zai, QUOTA, cn.key)).toEqual({
      status: 401,
      body: { code: 1000, msg: 'Authentication Failed', success: false },
    });
  });

  it('sends auth failures as HTTP 200 + code 1000 when the host or the account is configured so', async () => {
    await sim.close();
    sim = await startSimulator({ clock, glmAuthErrorsAsHttp200: true });
    expect(await getJson(sim.urls.bigmodel, QUOTA, 'nope')).toEqual({
      status: 200,
      body: { code: 1000, msg: '身份验证失败。', success: false },
    });
    await sim.close();
    sim = await startSimulator({ clock });
    const a = sim.addAccount({
      provider: 'glm-coding-plan',
      glmAuth: { monitor: 'bearer_only', errorsAsHttp200: true },
    });
    expect(await getJson(sim.urls.zai, QUOTA, a.key)).toEqual({
      status: 200,
      body: { code: 1000, msg: 'Authentication Failed', success: false },
    });
  });
});

describe('Zhipu JWT', () => {
  it('accepts a correct JWT on pay-as-you-go endpoints of an account that requires it, and refuses the plain key', async () => {
    const a = sim.addAccount({ provider: 'glm', glmAuth: { payg: 'jwt' }, wallets: [{ paid: 5 }] });
    const token = await zhipuJwt(a.key, clock.now());
    expect(await getJson(sim.urls.bigmodel, REPORT, `Bearer ${token}`)).toMatchObject({
      status: 200,
      body: { data: { availableBalance: 5 } },
    });
    expect((await getJson(sim.urls.bigmodel, '/api/biz/tokenAccounts/list/my', token)).status).toBe(200);
    expect((await getJson(sim.urls.bigmodel, REPORT, `Bearer ${a.key}`)).body).toMatchObject({ code: 1000 });
    // JWTs are for the PaaS-style endpoints only.
    expect((await getJson(sim.urls.bigmodel, QUOTA, `Bearer ${token}`)).status).toBe(401);
  });

  it('refuses a wrong secret, seconds instead of milliseconds, a missing sign_type and an expired token', async () => {
    const a = sim.addAccount({ provider: 'glm', glmAuth: { payg: 'key_or_jwt' } });
    const now = clock.now();
    const code = async (token: string): Promise<unknown> =>
      (await getJson<{ code: number }>(sim.urls.bigmodel, REPORT, `Bearer ${token}`)).body.code;
    expect(await code(await zhipuJwt(a.key, now, { secret: 'WRONGsecret12345' }))).toBe(1004);
    expect(await code(await zhipuJwt(a.key, now, { seconds: true }))).toBe(1004);
    expect(await code(await zhipuJwt(a.key, now, { signType: null }))).toBe(1002);
    const shortLived = await zhipuJwt(a.key, now, { ttlMs: 60_000 });
    expect(await code(shortLived)).toBe(200);
    await clock.advance(61_000);
    expect(await code(shortLived)).toBe(1003);
    // key_or_jwt still takes the plain key.
    expect(await code(a.key)).toBe(200);
  });

  it('refuses a JWT naming a key of the other region', async () => {
    const a = sim.addAccount({ provider: 'glm', region: 'global', glmAuth: { payg: 'jwt' } });
    const token = await zhipuJwt(a.key, clock.now());
    expect((await getJson(sim.urls.bigmodel, REPORT, `Bearer ${token}`)).status).toBe(401);
    expect((await getJson(sim.urls.zai, REPORT, `Bearer ${token}`)).status).toBe(200);
  });
});
