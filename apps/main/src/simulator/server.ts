// One node:http server per simulated host, bound to 127.0.0.1 only. It counts connections and
// in-flight requests, keeps sockets alive for pooled clients, applies latency and faults, and
// writes every reply (including the broken ones) with correct framing.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../core/clock/clock';
import type { ErrorFault, FamilyDeps, HostFamily } from './family';
import type { FaultRegistry } from './faults';
import { htmlErrorReply, truncateReply } from './faults';
import type { Reply, RequestContext } from './reply';
import { json } from './reply';
import { HostStats } from './stats';
import type { SimFault, SimHost, SimRequestRecord } from './types';

/** Loopback only: nothing the simulator serves is reachable from another machine. */
export const LOOPBACK = '127.0.0.1';

const CONTENT_TYPE: Record<SimHost, string> = {
  bigmodel: 'application/json;charset=UTF-8',
  zai: 'application/json;charset=UTF-8',
  minimaxi: 'application/json; charset=utf-8',
  'minimax-io': 'application/json; charset=utf-8',
  deepseek: 'application/json',
};

export interface ServerRuntime {
  clock: Clock;
  deps: FamilyDeps;
  faults: FaultRegistry;
  latencyOf(host: SimHost): number;
  record(entry: SimRequestRecord): void;
  /** Pending answer delays, cleared on close. */
  timers: Set<NodeJS.Timeout>;
}

const isErrorFault = (f: SimFault): f is ErrorFault =>
  f.kind === 'http_401' ||
  f.kind === 'auth_200' ||
  f.kind === 'no_plan' ||
  f.kind === 'rate_limited' ||
  f.kind === 'http_500';

function write(host: SimHost, req: IncomingMessage, res: ServerResponse, reply: Reply): void {
  if (res.destroyed || req.socket.destroyed) return;
  switch (reply.kind) {
    case 'drop':
      req.socket.destroy();
      return;
    case 'hang':
      return;
    case 'json':
    case 'text':
    case 'truncated': {
      const text = reply.kind === 'json' ? JSON.stringify(reply.body) : reply.text;
      const type = reply.contentType ?? CONTENT_TYPE[host];
      const extra = reply.kind === 'truncated' ? {} : (reply.headers ?? {});
      res.writeHead(reply.status, {
        ...extra,
        'content-type': type,
        'content-length': Buffer.byteLength(text),
      });
      res.end(text);
    }
  }
}

/** Works out the reply for one request: an armed fault, or the family's real answer. */
async function answer(
  host: SimHost,
  family: HostFamily,
  ctx: RequestContext,
  rt: ServerRuntime,
): Promise<[Reply, number]> {
  const key = family.presentedKey(ctx, rt.deps.registry);
  const held: { reply: Reply | null } = { reply: null };
  const fault = rt.faults.take(host, key, (f) => {
    if (!isErrorFault(f)) return true;
    held.reply = family.faultReply(f, ctx);
    return held.reply !== null;
  });
  if (!fault) return [await family.handle(ctx, rt.deps), 0];
  switch (fault.kind) {
    case 'slow':
      return [await family.handle(ctx, rt.deps), fault.ms];
    case 'truncated_json':
      return [truncateReply(await family.handle(ctx, rt.deps)), 0];
    case 'html_error':
      return [htmlErrorReply(fault.status), 0];
    case 'drop_connection':
      return [{ kind: 'drop' }, 0];
    case 'hang':
      return [{ kind: 'hang' }, 0];
    default:
      return [held.reply ?? json(500, {}), 0];
  }
}

/** Creates the server of `host`; it is not listening yet. */
export function createHostServer(
  host: SimHost,
  family: HostFamily,
  rt: ServerRuntime,
): { server: Server; stats: HostStats } {
  const stats = new HostStats();
  const server = createServer({ keepAlive: true });
  server.keepAliveTimeout = 30_000;
  server.on('connection', (socket) => {
    stats.connected();
    socket.once('close', () => stats.disconnected());
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    stats.requestStarted();
    const at = rt.clock.now();
    const url = new URL(req.url ?? '/', 'http://simulator');
    res.once('close', () => {
      stats.requestEnded();
      rt.record({
        host,
        method: req.method ?? 'GET',
        path: url.pathname,
        status: res.headersSent ? res.statusCode : 0,
        at,
      });
    });
    req.resume(); // bodies are not read, but must be drained for keep-alive
    const ctx: RequestContext = {
      host,
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      now: at,
    };
    answer(host, family, ctx, rt)
      .catch((): [Reply, number] => [json(500, { error: 'simulator internal error' }), 0])
      .then(([reply, extra]) => {
        const delay = rt.latencyOf(host) + extra;
        if (delay <= 0) {
          write(host, req, res, reply);
          return;
        }
        const timer = setTimeout(() => {
          rt.timers.delete(timer);
          write(host, req, res, reply);
        }, delay);
        rt.timers.add(timer);
      })
      .catch(() => req.socket.destroy());
  });
  return { server, stats };
}

/** Listens on 127.0.0.1:`port` (0 = random); with `fallback`, a busy port falls back to a random one. */
export async function listenLoopback(server: Server, port: number, fallback: boolean): Promise<number> {
  try {
    return await new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port, host: LOOPBACK, exclusive: true }, () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  } catch (e) {
    if (!fallback || port === 0 || (e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    return listenLoopback(server, 0, false);
  }
}
