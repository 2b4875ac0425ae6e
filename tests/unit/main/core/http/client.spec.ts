import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../../../apps/main/src/core/http/client';
import type { HttpClient } from '../../../../../apps/main/src/core/http/client';
import { HttpError } from '../../../../../apps/main/src/core/http/errors';
import { USER_AGENT } from '../../../../../apps/main/src/core/version';
import { startServer } from './loopback-server';
import type { LoopbackServer } from './loopback-server';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function server(handler: http.RequestListener): Promise<LoopbackServer> {
  const s = await startServer(handler);
  cleanups.push(() => s.close());
  return s;
}

function client(options: Parameters<typeof createHttpClient>[0] = {}): HttpClient {
  const c = createHttpClient(options);
  cleanups.push(() => c.close());
  return c;
}

async function failure(promise: Promise<unknown>): Promise<HttpError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(HttpError);
    return error as HttpError;
  }
  throw new Error('expected the request to fail');
}

describe('createHttpClient', () => {
  it('returns status, lower-case headers and body, and sends the CPMS User-Agent', async () => {
    let seenUa: string | undefined;
    const s = await server((req, res) => {
      seenUa = req.headers['user-agent'];
      res.writeHead(201, { 'Content-Type': 'application/json', 'X-Thing': 'a' });
      res.end('{"ok":true}');
    });
    const res = await client().request({ url: `${s.url}/x` });
    expect(res).toEqual({
      status: 201,
      headers: expect.objectContaining({ 'content-type': 'application/json', 'x-thing': 'a' }) as unknown,
      body: '{"ok":true}',
    });
    expect(seenUa).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^CPMS\/\d+\.\d+\.\d+/);
  });

  it('sends POST bodies and caller headers', async () => {
    let got = '';
    let auth: string | undefined;
    const s = await server((req, res) => {
      auth = req.headers.authorization;
      req.setEncoding('utf8');
      req.on('data', (d: string) => (got += d));
      req.on('end', () => res.end('done'));
    });
    await client().request({
      url: s.url,
      method: 'POST',
      body: '{"a":1}',
      headers: { Authorization: 'Bearer k' },
    });
    expect(got).toBe('{"a":1}');
    expect(auth).toBe('Bearer k');
  });

  it('reuses one keep-alive connection for sequential requests to an origin', async () => {
    const s = await server((_req, res) => res.end('ok'));
    const c = client();
    for (let i = 0; i < 6; i++) await c.request({ url: `${s.url}/n${i}` });
    expect(s.requests()).toBe(6);
    expect(s.connections()).toBe(1);
  });

  it('opens at most connectionsPerOrigin sockets and queues the rest', async () => {
    const s = await server((_req, res) => setTimeout(() => res.end('ok'), 40));
    const c = client({ connectionsPerOrigin: 3 });
    const all = await Promise.all(Array.from({ length: 12 }, (_, i) => c.request({ url: `${s.url}/${i}` })));
    expect(all.every((r) => r.status === 200)).toBe(true);
    expect(s.requests()).toBe(12);
    expect(s.connections()).toBeLessThanOrEqual(3);
    expect(s.maxConcurrent()).toBeLessThanOrEqual(3);
    expect(s.maxConcurrent()).toBeGreaterThan(1);
  });

  it('times out when headers never come', async () => {
    const s = await server(() => undefined);
    const err = await failure(client({ requestTimeoutMs: 150 }).request({ url: `${s.url}/slow` }));
    expect(err.kind).toBe('timeout');
    expect(err.message).toContain('/slow');
  });

  it('times out when the body stalls after the headers', async () => {
    const s = await server((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"partial":');
    });
    const err = await failure(client({ requestTimeoutMs: 150 }).request({ url: s.url }));
    expect(err.kind).toBe('timeout');
  });

  it('caps the body at 1 MiB by default (chunked, no Content-Length)', async () => {
    const s = await server((_req, res) => {
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      for (let i = 0; i < 24; i++) res.write(chunk);
      res.end();
    });
    const err = await failure(client().request({ url: s.url }));
    expect(err.kind).toBe('provider_error');
    expect(err.message).toContain('1048576');
  });

  it('accepts a body exactly at the cap and refuses a declared Content-Length above it', async () => {
    const s = await server((req, res) => {
      const size = req.url === '/big' ? 2048 : 1024;
      res.writeHead(200, { 'Content-Length': size });
      res.end(Buffer.alloc(size, 0x62));
    });
    const c = client({ maxBodyBytes: 1024 });
    expect((await c.request({ url: `${s.url}/fits` })).body).toHaveLength(1024);
    expect((await failure(c.request({ url: `${s.url}/big` }))).kind).toBe('provider_error');
  });

  it('reports a dropped connection as network_error', async () => {
    const s = await server((req) => req.socket.destroy());
    const err = await failure(client().request({ url: s.url }));
    expect(err.kind).toBe('network_error');
  });

  it('reports a refused connection as network_error', async () => {
    const s = await server((_req, res) => res.end());
    const url = s.url;
    await s.close();
    expect((await failure(client().request({ url }))).kind).toBe('network_error');
  });

  it('refuses http:// to a non-loopback host without connecting', async () => {
    const err = await failure(client().request({ url: 'http://example.com/api' }));
    expect(err.kind).toBe('network_error');
    expect(err.message).toMatch(/loopback/);
  });

  it('stops when the caller aborts, marking the error as aborted', async () => {
    const s = await server(() => undefined);
    const controller = new AbortController();
    const pending = client().request({ url: s.url, signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const err = await failure(pending);
    expect(err.aborted).toBe(true);
    const already = await failure(client().request({ url: s.url, signal: AbortSignal.abort() }));
    expect(already.aborted).toBe(true);
  });

  it('redacts secrets and the Authorization value from error messages', async () => {
    const s = await server((req) => req.socket.destroy());
    const secret = 'plain-secret-value-123';
    const err = await failure(client().request({ url: `${s.url}/v1/${secret}/x`, secrets: [secret] }));
    expect(err.message).not.toContain(secret);
    expect(err.message).toContain('/v1/');

    const auth = 'another-credential-456';
    const err2 = await failure(
      client().request({ url: `${s.url}/echo/${auth}`, headers: { Authorization: `Bearer ${auth}` } }),
    );
    expect(err2.message).not.toContain(auth);
  });

  it('routes through an explicit proxy (CONNECT tunnel), which wins over HTTP_PROXY', async () => {
    const target = await server((_req, res) => res.end('via-proxy'));
    const proxy = await startConnectProxy();
    cleanups.push(() => proxy.close());
    const saved = process.env.HTTP_PROXY;
    process.env.HTTP_PROXY = 'http://127.0.0.1:9'; // discard port: would fail if used
    cleanups.push(() => restoreEnv('HTTP_PROXY', saved));
    const c = client({ proxyUrl: proxy.url });
    const res = await c.request({ url: `${target.url}/p` });
    expect(res.body).toBe('via-proxy');
    expect(proxy.tunnels()).toEqual([`127.0.0.1:${target.port}`]);
  });

  it('honours HTTP_PROXY from the environment and NO_PROXY', async () => {
    const target = await server((_req, res) => res.end('hello'));
    const proxy = await startConnectProxy();
    cleanups.push(() => proxy.close());
    const saved = { h: process.env.HTTP_PROXY, n: process.env.NO_PROXY };
    cleanups.push(async () => {
      await restoreEnv('HTTP_PROXY', saved.h);
      await restoreEnv('NO_PROXY', saved.n);
    });
    process.env.HTTP_PROXY = proxy.url;
    delete process.env.NO_PROXY;
    expect((await client().request({ url: target.url })).body).toBe('hello');
    expect(proxy.tunnels()).toHaveLength(1);

    process.env.NO_PROXY = '127.0.0.1';
    expect((await client().request({ url: target.url })).body).toBe('hello');
    expect(proxy.tunnels()).toHaveLength(1);
  });
});

function restoreEnv(name: string, value: string | undefined): Promise<void> {
  if (value === undefined) Reflect.deleteProperty(process.env, name);
  else process.env[name] = value;
  return Promise.resolve();
}

/** A tiny forward proxy that only speaks CONNECT, recording each tunnel's target. */
async function startConnectProxy(): Promise<{ url: string; tunnels(): string[]; close(): Promise<void> }> {
  const tunnels: string[] = [];
  const sockets = new Set<net.Socket>();
  const proxy = http.createServer((_req, res) => {
    res.writeHead(405);
    res.end();
  });
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket) => {
    const target = req.url ?? '';
    tunnels.push(target);
    const [host, port] = target.split(':');
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream).add(client);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels: () => [...tunnels],
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        proxy.close(() => resolve());
      }),
  };
}
