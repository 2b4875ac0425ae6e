// The servers themselves: loopback-only binding, keep-alive reuse, connection and concurrency
// accounting, latency, the request log (never keys), unknown paths, and base URLs per provider.
import { networkInterfaces } from 'node:os';
import { Pool, request } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../../apps/main/src/core/clock/virtual-clock';
import { SIM_HOSTS, startSimulator } from '../../../../apps/main/src/simulator/index';
import type { Simulator } from '../../../../apps/main/src/simulator/index';
import { get } from './http';

let clock: VirtualClock;
let sim: Simulator;
beforeEach(async () => {
  clock = new VirtualClock();
  sim = await startSimulator({ clock });
});
afterEach(() => sim.close());

describe('binding', () => {
  it('listens on 127.0.0.1 only, one port per host', async () => {
    const ports = new Set<string>();
    for (const host of SIM_HOSTS) {
      expect(sim.urls[host]).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      ports.add(new URL(sim.urls[host]).port);
    }
    expect(ports.size).toBe(5);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i?.family === 'IPv4' && !i.internal);
    if (external) {
      const port = new URL(sim.urls.deepseek).port;
      await expect(request(`http://${external.address}:${port}/models`)).rejects.toMatchObject({
        code: 'ECONNREFUSED',
      });
    }
  });

  it('maps providers and regions to hosts', () => {
    expect(sim.baseUrlFor('glm', 'cn')).toBe(sim.urls.bigmodel);
    expect(sim.baseUrlFor('glm', null)).toBe(sim.urls.bigmodel);
    expect(sim.baseUrlFor('glm', 'global')).toBe(sim.urls.zai);
    expect(sim.baseUrlFor('glm-coding-plan', null)).toBe(sim.urls.zai);
    expect(sim.baseUrlFor('glm-coding-plan', 'cn')).toBe(sim.urls.bigmodel);
    expect(sim.baseUrlFor('minimax-cn', null)).toBe(sim.urls.minimaxi);
    expect(sim.baseUrlFor('minimax-global', null)).toBe(sim.urls['minimax-io']);
    expect(sim.baseUrlFor('deepseek', null)).toBe(sim.urls.deepseek);
  });

  it('falls back to a random port when a fixed one is busy, if asked', async () => {
    const busy = Number(new URL(sim.urls.deepseek).port);
    await expect(startSimulator({ ports: { deepseek: busy } })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    const other = await startSimulator({ ports: { deepseek: busy }, portFallback: true });
    expect(other.urls.deepseek).not.toBe(sim.urls.deepseek);
    await other.close();
  });
});

describe('connections and concurrency', () => {
  it('keeps sockets alive so a pooled client reuses one connection', async () => {
    const a = sim.addAccount({ provider: 'deepseek' });
    const pool = new Pool(sim.urls.deepseek, { connections: 1 });
    for (let i = 0; i < 5; i++)
      expect(
        (await get(sim.urls.deepseek, '/user/balance', `Bearer ${a.key}`, { dispatcher: pool })).status,
      ).toBe(200);
    expect(sim.stats('deepseek')).toEqual({
      connections: 1,
      peakConnections: 1,
      peakConcurrentRequests: 1,
      requests: 5,
    });
    await pool.close();
  });

  it('counts TCP connections and peak in-flight requests per host', async () => {
    sim.setLatency('minimax-io', 250);
    const a = sim.addAccount({ provider: 'minimax-global' });
    const pool = new Pool(sim.urls['minimax-io'], { connections: 4 });
    const all = Array.from({ length: 12 }, () =>
      get(sim.urls['minimax-io'], '/v1/token_plan/remains', `Bearer ${a.key}`, { dispatcher: pool }),
    );
    expect((await Promise.all(all)).every((r) => r.status === 200)).toBe(true);
    expect(sim.stats('minimax-io')).toEqual({
      connections: 4,
      peakConnections: 4,
      peakConcurrentRequests: 4,
      requests: 12,
    });
    await pool.close();

    sim.resetStats();
    const wide = new Pool(sim.urls['minimax-io'], { connections: 8 });
    await Promise.all(
      Array.from({ length: 8 }, () =>
        get(sim.urls['minimax-io'], '/v1/token_plan/remains', `Bearer ${a.key}`, { dispatcher: wide }),
      ),
    );
    expect(sim.stats('minimax-io')).toMatchObject({ connections: 8, peakConcurrentRequests: 8, requests: 8 });
    expect(sim.stats('deepseek').requests).toBe(0);
    await wide.close();
  });
});

describe('request log', () => {
  it('records host, method, path without query, status and clock time, and never a key', async () => {
    const g = sim.addAccount({ provider: 'glm-coding-plan', region: 'cn' });
    await get(sim.urls.bigmodel, '/api/monitor/usage/model-usage?startTime=2026-01-01%2000:00:00', g.key);
    await clock.advance(1000);
    await get(sim.urls.bigmodel, '/nowhere', `Bearer ${g.key}`);
    expect(sim.requests).toEqual([
      {
        host: 'bigmodel',
        method: 'GET',
        path: '/api/monitor/usage/model-usage',
        status: 200,
        at: Date.UTC(2026, 0, 1),
      },
      { host: 'bigmodel', method: 'GET', path: '/nowhere', status: 404, at: Date.UTC(2026, 0, 1) + 1000 },
    ]);
    expect(JSON.stringify(sim.requests)).not.toContain(g.key.split('.')[0]);
  });

  it('answers unknown paths in each gateway’s style', async () => {
    const g = await get(sim.urls.zai, '/api/unknown');
    expect([g.status, (g.json() as { error: string }).error]).toEqual([404, 'Not Found']);
    const m = await get(sim.urls.minimaxi, '/v1/unknown');
    expect([m.status, m.text]).toEqual([404, '404 page not found']);
    expect((await get(sim.urls.deepseek, '/unknown')).status).toBe(404);
  });
});

describe('accounts', () => {
  it('refuses duplicate keys, finds and removes accounts', async () => {
    const a = sim.addAccount({ provider: 'deepseek' });
    expect(() => sim.addAccount({ provider: 'deepseek', key: a.key })).toThrow(/exists/);
    expect(sim.account(a.key)).toBe(a);
    sim.removeAccount(a.key);
    expect(() => sim.account(a.key)).toThrow();
    expect((await get(sim.urls.deepseek, '/user/balance', `Bearer ${a.key}`)).status).toBe(401);
  });
});
