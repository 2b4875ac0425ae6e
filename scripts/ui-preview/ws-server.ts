// PREVIEW FIXTURE (dev only): the fake core behind a WebSocket speaking the shim's protocol
// (apps/renderer/src/shared/ws-shim.ts), to see the headless path and its offline state.
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import type { PreviewConfig } from './fixture/fake-core';
import { createPreviewCore } from './fixture/fake-core';
import { EVENT_NAMES } from '@contract';

/** Attaches `/api?token=…` to an HTTP server; `setOnline(false)` drops every socket and refuses new ones. */
export function attachPreviewSocket(
  server: Server,
  token: string,
  config: PreviewConfig,
): { setOnline: (online: boolean) => void; stop: () => void } {
  const core = createPreviewCore(config);
  const wss = new WebSocketServer({ noServer: true });
  let online = true;
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!online) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\n\r\n');
      return;
    }
    if (url.pathname !== '/api' || url.searchParams.get('token') !== token) {
      socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const offs = EVENT_NAMES.map((event) =>
        core.bus.on(event, (payload) => ws.send(JSON.stringify({ event, payload }))),
      );
      ws.on('message', (data) => {
        const text = Array.isArray(data)
          ? Buffer.concat(data).toString()
          : Buffer.from(data as ArrayBuffer).toString();
        const msg = JSON.parse(text) as { id: number; channel: string; request?: unknown };
        void core
          .dispatch(msg.channel, msg.request)
          .then((envelope) => ws.send(JSON.stringify({ id: msg.id, envelope })));
      });
      ws.on('close', () => {
        for (const off of offs) off();
      });
    });
  });
  return {
    setOnline: (next) => {
      online = next;
      if (!next) for (const c of wss.clients) c.terminate();
    },
    stop: () => {
      core.stop();
      wss.close();
    },
  };
}
