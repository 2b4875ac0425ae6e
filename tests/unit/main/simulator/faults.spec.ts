// Every injectable fault over real HTTP: provider-specific error bodies, wire-level breakage
// (HTML pages, truncated bodies, dropped and hanging connections, slowness), per key and per host,
// for the next N requests or until cleared.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../../apps/main/src/core/clock/virtual-clock';
import { startSimulator } from '../../../../apps/main/src/simulator/index';
import type { SimAccount, Simulator } from '../../../../apps/main/src/simulator/index';
import { get, getJson } from './http';

const QUOTA = '/api/monitor/usage/quota/limit';
const REPORT = '/api/biz/account/query-customer-account-report';
const REMAINS = '/v1/token_plan/remains';

let sim: Simulator;
let glm: SimAccount;
let mm: SimAccount;
let ds: SimAccount;
beforeEach(async () => {
  sim = await startSimulator({ clock: new VirtualClock() });
  glm = sim.addAccount({ provider: 'glm-coding-plan' });
  mm = sim.addAccount({ provider: 'minimax-global' });
  ds = sim.addAccount({ provider: 'deepseek' });
});
afterEach(() => sim.close());

const glmGet = (path = QUOTA) => get(sim.urls.zai, path, glm.key);
const mmGet = () => get(sim.urls['minimax-io'], REMAINS, `Bearer ${mm.key}`);
const dsGet = () => get(sim.urls.deepseek, '/user/balance', `Bearer ${ds.key}`);

describe('error-body faults', () => {
  it('http_401 answers each provider’s 401', async () => {
    for (const key of [glm.key, mm.key, ds.key]) sim.setFault({ key }, { kind: 'http_401' });
    const g = await glmGet();
    expect([g.status, g.json()]).toEqual([401, { code: 1000, msg: 'Authentication Failed', success: false }]);
    const m = await mmGet();
    expect([m.status, (m.json() as { base_resp: { status_code: number } }).base_resp.status_code]).toEqual([
      401, 1004,
    ]);
    const d = await dsGet();
    expect(d.status).toBe(401);
    expect(d.json()).toMatchObject({ error: { type: 'authentication_error' } });
  });

  it('auth_200 answers HTTP 200 with GLM code 1000 and MiniMax 2049 or 1004', async () => {
    sim.setFault({ key: glm.key }, { kind: 'auth_200' });
    sim.setFault({ key: mm.key }, { kind: 'auth_200' });
    expect((await glmGet()).json()).toEqual({ code: 1000, msg: 'Authentication Failed', success: false });
    expect((await glmGet()).status).toBe(200);
    expect((await mmGet()).json()).toEqual({
      base_resp: { status_code: 2049, status_msg: 'invalid api key' },
    });
    sim.setFault({ key: mm.key }, { kind: 'auth_200', code: 1004 });
    const m = await mmGet();
    expect(m.status).toBe(200);
    expect(m.json()).toMatchObject({ base_resp: { status_code: 1004 } });
  });

  it('no_plan applies to plan endpoints only and is not used up by a wallet request', async () => {
    sim.setFault({ key: glm.key }, { kind: 'no_plan' }, { times: 1 });
    expect((await glmGet(REPORT)).json()).toMatchObject({ code: 200, success: true });
    expect((await glmGet()).json()).toEqual({ code: 500, msg: '当前用户不存在coding plan', success: false });
    expect((await glmGet()).json()).toMatchObject({ code: 200 });
    sim.setFault({ key: mm.key }, { kind: 'no_plan' });
    expect((await mmGet()).json()).toMatchObject({ base_resp: { status_code: 2062 } });
  });

  it('rate_limited answers 429 with Retry-After and each provider’s body', async () => {
    sim.setFault({ host: 'zai' }, { kind: 'rate_limited', retryAfterSec: 30 });
    sim.setFault({ host: 'minimax-io' }, { kind: 'rate_limited', retryAfterSec: 7 });
    sim.setFault({ host: 'deepseek' }, { kind: 'rate_limited', retryAfterSec: 2 });
    const g = await glmGet();
    expect([g.status, g.headers['retry-after']]).toEqual([429, '30']);
    expect(g.json()).toMatchObject({ code: 1302, success: false });
    const m = await mmGet();
    expect([m.status, m.headers['retry-after']]).toEqual([429, '7']);
    expect(m.json()).toMatchObject({ base_resp: { status_code: 1002 } });
    const d = await dsGet();
    expect([d.status, d.headers['retry-after']]).toEqual([429, '2']);
  });

  it('http_500 answers 500; GLM reuses code 500 with a message that is not the no-plan one', async () => {
    sim.setFault({ host: 'zai' }, { kind: 'http_500' });
    const g = await glmGet();
    expect(g.status).toBe(500);
    expect(g.json()).toEqual({ code: 500, msg: 'Internal Server Error', success: false });
    sim.setFault({ host: 'deepseek' }, { kind: 'http_500' });
    expect((await dsGet()).status).toBe(500);
  });
});

describe('wire-level faults', () => {
  it('html_error answers a Cloudflare-style HTML page', async () => {
    sim.setFault({ host: 'minimax-io' }, { kind: 'html_error' });
    const m = await mmGet();
    expect(m.status).toBe(502);
    expect(m.headers['content-type']).toBe('text/html');
    expect(m.text).toContain('<center><h1>502 Bad Gateway</h1></center>');
    expect(() => m.json()).toThrow();
  });

  it('truncated_json sends a valid start of the real body, framed with its own length', async () => {
    const full = (await dsGet()).text;
    sim.setFault({ key: ds.key }, { kind: 'truncated_json' }, { times: 1 });
    const cut = await dsGet();
    expect(cut.status).toBe(200);
    expect(Number(cut.headers['content-length'])).toBe(Buffer.byteLength(cut.text));
    expect(cut.text.length).toBeGreaterThan(0);
    expect(full.startsWith(cut.text)).toBe(true);
    expect(cut.text).not.toBe(full);
    expect(() => cut.json()).toThrow(SyntaxError);
    expect((await dsGet()).text).toBe(full);
  });

  it('drop_connection destroys the socket without a response', async () => {
    sim.setFault({ key: glm.key }, { kind: 'drop_connection' }, { times: 1 });
    await expect(glmGet()).rejects.toThrow(/other side closed|socket/i);
    expect((await glmGet()).status).toBe(200);
    expect(sim.requests.map((r) => r.status)).toEqual([0, 200]);
  });

  it('slow answers the real body after the delay, past a short client timeout', async () => {
    sim.setFault({ key: ds.key }, { kind: 'slow', ms: 5000 }, { times: 1 });
    await expect(
      get(sim.urls.deepseek, '/user/balance', `Bearer ${ds.key}`, { headersTimeout: 150 }),
    ).rejects.toMatchObject({
      code: 'UND_ERR_HEADERS_TIMEOUT',
    });
    sim.setFault({ key: ds.key }, { kind: 'slow', ms: 20 }, { times: 1 });
    expect((await dsGet()).json()).toMatchObject({ is_available: true });
  });

  it('hang never answers, and close() still finishes', async () => {
    sim.setFault({ host: 'bigmodel' }, { kind: 'hang' });
    const cn = sim.addAccount({ provider: 'glm-coding-plan', region: 'cn' });
    await expect(get(sim.urls.bigmodel, QUOTA, cn.key, { headersTimeout: 150 })).rejects.toMatchObject({
      code: 'UND_ERR_HEADERS_TIMEOUT',
    });
    const pending = get(sim.urls.bigmodel, QUOTA, cn.key);
    const outcome = pending.then(
      () => 'answered',
      () => 'failed',
    );
    while (sim.stats('bigmodel').requests < 2) await new Promise((r) => setTimeout(r, 5));
    await sim.close();
    expect(await outcome).toBe('failed');
  });
});

describe('targeting', () => {
  it('counts down `times`, prefers the key’s fault over the host’s, and clears with null', async () => {
    sim.setFault({ host: 'zai' }, { kind: 'http_500' }, { times: 2 });
    expect([(await glmGet()).status, (await glmGet()).status, (await glmGet()).status]).toEqual([
      500, 500, 200,
    ]);

    sim.setFault({ host: 'zai' }, { kind: 'http_500' });
    sim.setFault({ key: glm.key }, { kind: 'rate_limited', retryAfterSec: 1 });
    expect((await glmGet()).status).toBe(429);
    const other = sim.addAccount({ provider: 'glm-coding-plan' });
    expect((await get(sim.urls.zai, QUOTA, other.key)).status).toBe(500);
    sim.setFault({ key: glm.key }, null);
    sim.setFault({ host: 'zai' }, null);
    expect((await glmGet()).status).toBe(200);
  });

  it('applies a key fault wherever the key is presented, even with a JWT', async () => {
    const a = sim.addAccount({ provider: 'glm', region: 'global', glmAuth: { payg: 'jwt' } });
    sim.setFault({ key: a.key }, { kind: 'http_500' });
    const { SignJWT } = await import('jose');
    const [id = '', secret = ''] = a.key.split('.');
    const now = Date.UTC(2026, 0, 1);
    const token = await new SignJWT({ api_key: id, exp: now + 60_000, timestamp: now })
      .setProtectedHeader({ alg: 'HS256', sign_type: 'SIGN' })
      .sign(new TextEncoder().encode(secret));
    expect((await getJson(sim.urls.zai, REPORT, `Bearer ${token}`)).status).toBe(500);
  });
});
