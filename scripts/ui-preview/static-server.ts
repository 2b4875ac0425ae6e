// Dev-only: serves out/web on 127.0.0.1 with the preview fixture's WebSocket on /api.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { PreviewConfig } from './fixture/fake-core';
import { attachPreviewSocket } from './ws-server';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface PreviewServer {
  url: string;
  token: string;
  setOnline: (online: boolean) => void;
  close: () => Promise<void>;
}

/** Starts the server on a free loopback port. */
export async function startStaticServer(root: string, config: PreviewConfig): Promise<PreviewServer> {
  const token = randomBytes(12).toString('hex');
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = normalize(join(root, path === '/' ? 'dashboard.html' : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  const socket = attachPreviewSocket(server, token, config);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    setOnline: socket.setOnline,
    close: () =>
      new Promise((ok) => {
        socket.stop();
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
