// `cpms serve`: the dashboard on a loopback-only page, protected by a random token, with the
// contract carried over a WebSocket to the same core the desktop app runs.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import type { Core } from '../core/core-types';
import type { Logger } from '../core/log/logger';
import { isLoopbackHost } from '../core/http';
import { refuseReason } from './origin-guard';
import { SECURITY_HEADERS, serveStatic } from './static-files';
import { TOKEN_COOKIE, createToken, presentedToken, tokenMatches } from './token';
import { attachSocket } from './ws-transport';

export interface HeadlessServerOptions {
  core: Core;
  /** Folder of the built renderer (out/web). */
  webRoot: string;
  port?: number;
  host?: string;
  /** Fixed token (tests); random by default. */
  token?: string;
  logger: Logger;
}

export interface HeadlessServer {
  /** The URL to open, token included. */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(message);
}

/** Starts the server; rejects a non-loopback host. */
export async function startHeadlessServer(options: HeadlessServerOptions): Promise<HeadlessServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) throw new Error(`cpms serve only listens on loopback addresses, not ${host}`);
  const token = options.token ?? createToken();
  const { core, logger } = options;
  let port = 0;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const why = refuseReason(req, port);
    if (why) {
      refuse(res, 403, `Forbidden: ${why}`);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      refuse(res, 405, 'Method not allowed');
      return;
    }
    if (!tokenMatches(token, presentedToken(req, url))) {
      refuse(res, 401, 'CPMS: this page needs the access token. Open the URL that `cpms serve` printed.');
      return;
    }
    if (url.searchParams.has('token')) {
      // First visit: keep the token in an HttpOnly cookie and drop it from the address bar.
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        'Set-Cookie': `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname,
        'Cache-Control': 'no-store',
      });
      return res.end();
    }
    void serveStatic(options.webRoot, url.pathname, res);
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const why = refuseReason(req, port) ?? (url.pathname !== '/api' ? 'unknown endpoint' : null);
    if (why || !tokenMatches(token, presentedToken(req, url))) {
      logger.warn('refused websocket', { reason: why ?? 'missing or wrong token' });
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const scope = url.searchParams.get('scope') === 'widget' ? 'widget' : 'dashboard';
    wss.handleUpgrade(req, socket, head, (ws) => attachSocket(ws, core, scope, logger));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${shownHost}:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
