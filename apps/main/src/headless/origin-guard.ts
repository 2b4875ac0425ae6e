// Loopback-only guards for `cpms serve`: the Host header must name this loopback server (no DNS
// rebinding) and a browser Origin, when sent, must be the page's own origin.
import type { IncomingMessage } from 'node:http';
import { isLoopbackHost } from '../core/http';

function hostHeaderOk(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  if (!host) return false;
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host);
  if (!m) return false;
  const name = m[1] ?? '';
  return isLoopbackHost(name) && Number(m[2] ?? 80) === port;
}

function originOk(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true; // Non-browser clients (the CLI, tests) send none.
  try {
    const u = new URL(origin);
    return u.protocol === 'http:' && isLoopbackHost(u.hostname) && Number(u.port || 80) === port;
  } catch {
    return false;
  }
}

/** Why a request must be refused, or null when it may proceed. */
export function refuseReason(req: IncomingMessage, port: number): string | null {
  if (!hostHeaderOk(req, port)) return 'Host header is not this loopback server';
  if (!originOk(req, port)) return 'foreign Origin';
  return null;
}
