/// <reference types="node" />
// The headless shim against a real WebSocket server on loopback, speaking the documented protocol.
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { createBridge, CpmsError } from '@contract';
import type { Envelope } from '@contract';
import { createWsTransport } from '../../../../apps/renderer/src/shared/ws-shim';
import type { SocketLike, WsTransport } from '../../../../apps/renderer/src/shared/ws-shim';
import { acct } from '../fixtures';

interface Frame {
  id: number;
  channel: string;
  request?: unknown;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** A server whose answer to each call the test decides; records every frame it received. */
async function server(answer: (f: Frame) => Envelope<unknown> | null = () => ({ ok: true, value: null })) {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((ok) => wss.once('listening', () => ok()));
  const frames: Frame[] = [];
  wss.on('connection', (ws) => {
    ws.on('message', (data: Buffer) => {
      const f = JSON.parse(data.toString('utf8')) as Frame;
      frames.push(f);
      const envelope = answer(f);
      if (envelope) ws.send(JSON.stringify({ id: f.id, envelope }));
    });
  });
  cleanups.push(() => wss.close());
  const { port } = wss.address() as AddressInfo;
  return { wss, frames, url: `ws://127.0.0.1:${port}/api?token=t` };
}

function shim(url: string): WsTransport {
  const t = createWsTransport({
    url,
    createSocket: (u) => new WebSocket(u) as unknown as SocketLike,
    random: () => 0,
  });
  cleanups.push(() => t.close());
  return t;
}

/** Resolves when the connection reaches `phase`. */
function phase(t: WsTransport, want: string): Promise<void> {
  return new Promise((ok) => {
    if (t.connection.get() === want) {
      ok();
      return;
    }
    const off = t.connection.subscribe(() => {
      if (t.connection.get() === want) {
        off();
        ok();
      }
    });
  });
}

describe('ws-shim', () => {
  it('carries calls as {id, channel, request} and resolves their envelopes', async () => {
    const s = await server((f) => ({
      ok: true,
      value: f.channel === 'accounts:list' ? [acct('a')] : { echo: f.request },
    }));
    const api = createBridge(shim(s.url));
    expect((await api.listAccounts()).map((a) => a.id)).toEqual(['a']);
    await api.refresh({ accountId: 'a' });
    expect(s.frames[0]).toEqual({ id: 1, channel: 'accounts:list' });
    expect(s.frames[1]).toEqual({ id: 2, channel: 'monitor:refresh', request: { accountId: 'a' } });
  });

  it('turns an error envelope into a typed CpmsError', async () => {
    const s = await server(() => ({ ok: false, error: { kind: 'not_found', message: 'No account x' } }));
    const api = createBridge(shim(s.url));
    const err = await api.removeAccount({ id: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CpmsError);
    expect((err as CpmsError).kind).toBe('not_found');
  });

  it('delivers pushed events to subscribers until they unsubscribe', async () => {
    const s = await server();
    const t = shim(s.url);
    const api = createBridge(t);
    await phase(t, 'open');
    const got: string[] = [];
    const off = api.on('accounts:changed', (list) => got.push(list.map((a) => a.id).join()));
    for (const c of s.wss.clients)
      c.send(JSON.stringify({ event: 'accounts:changed', payload: [acct('a'), acct('b')] }));
    await api.getOverview();
    expect(got).toEqual(['a,b']);
    off();
    for (const c of s.wss.clients) c.send(JSON.stringify({ event: 'accounts:changed', payload: [] }));
    await api.getOverview();
    expect(got).toEqual(['a,b']);
  });

  it('ignores frames it does not understand', async () => {
    const s = await server();
    const t = shim(s.url);
    const api = createBridge(t);
    await phase(t, 'open');
    for (const c of s.wss.clients) {
      c.send('not json');
      c.send(JSON.stringify({ id: 999, envelope: { ok: true, value: 1 } }));
    }
    await expect(api.getOverview()).resolves.toBeNull();
  });

  it('fails calls in flight when the socket drops, then reconnects by itself', async () => {
    const s = await server((f) => (f.channel === 'app:info' ? null : { ok: true, value: 'ok' }));
    const t = shim(s.url);
    const api = createBridge(t);
    await phase(t, 'open');
    const pending = api.getAppInfo().catch((e: unknown) => e);
    while (s.frames.length === 0) await new Promise((r) => setTimeout(r, 5));
    for (const c of s.wss.clients) c.terminate();
    const err = await pending;
    expect(err).toBeInstanceOf(CpmsError);
    expect((err as CpmsError).message).toBe('Connection lost');
    await phase(t, 'reconnecting');
    await phase(t, 'open');
    await expect(api.getSettings()).resolves.toBe('ok');
  });

  it('queues calls made before the socket opens', async () => {
    const s = await server(() => ({ ok: true, value: 42 }));
    const t = shim(s.url);
    expect(t.connection.get()).toBe('connecting');
    await expect(createBridge(t).getOverview()).resolves.toBe(42);
  });

  it('stops retrying when the server refuses the token (close 4401)', async () => {
    const s = await server();
    let connections = 0;
    s.wss.on('connection', (ws) => {
      connections++;
      ws.close(4401, 'bad token');
    });
    const t = shim(s.url);
    await phase(t, 'unauthorized');
    // Twice the first backoff delay: a retry would have connected again by now.
    await new Promise((r) => setTimeout(r, 800));
    expect(connections).toBe(1);
    expect(t.connection.get()).toBe('unauthorized');
  });
});
