// A real node:http server on 127.0.0.1 for the HTTP client tests, counting the TCP connections it
// accepts and the requests it sees at the same time.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface LoopbackServer {
  url: string;
  port: number;
  /** TCP connections accepted so far. */
  connections(): number;
  /** Most requests that were in progress at the same moment. */
  maxConcurrent(): number;
  requests(): number;
  close(): Promise<void>;
}

/** Starts a server on an ephemeral loopback port with the given handler. */
export async function startServer(handler: http.RequestListener): Promise<LoopbackServer> {
  let connections = 0;
  let inFlight = 0;
  let maxConcurrent = 0;
  let requests = 0;
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    requests++;
    inFlight++;
    maxConcurrent = Math.max(maxConcurrent, inFlight);
    res.on('close', () => inFlight--);
    handler(req, res);
  });
  server.on('connection', (socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    connections: () => connections,
    maxConcurrent: () => maxConcurrent,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
