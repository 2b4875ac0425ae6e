// What a handler answers, written to the socket by server.ts. Faults that break the wire (truncated
// bodies, dropped connections, hangs) are replies too, so every path goes through one writer.
import type { IncomingHttpHeaders } from 'node:http';
import type { SimHost } from './types';

export type Reply =
  | { kind: 'json'; status: number; body: unknown; contentType?: string; headers?: Record<string, string> }
  | { kind: 'text'; status: number; text: string; contentType: string; headers?: Record<string, string> }
  /** A JSON body cut mid-way, framed with the Content-Length of the bytes actually sent. */
  | { kind: 'truncated'; status: number; text: string; contentType?: string }
  | { kind: 'drop' }
  | { kind: 'hang' };

/** One parsed request, as handlers see it. */
export interface RequestContext {
  host: SimHost;
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Clock time at arrival. */
  now: number;
}

/** A JSON reply. */
export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return headers ? { kind: 'json', status, body, headers } : { kind: 'json', status, body };
}

/** The single value of header `name` (first one if repeated), trimmed, or undefined. */
export function header(ctx: RequestContext, name: string): string | undefined {
  const v = ctx.headers[name.toLowerCase()];
  const s = Array.isArray(v) ? v[0] : v;
  const t = s?.trim();
  return t === '' ? undefined : t;
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(ctx: RequestContext): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header(ctx, 'authorization') ?? '');
  return m?.[1];
}

/** Rounds money for the wire: GLM sends plain numbers, so float noise is trimmed. */
export function money(n: number, decimals = 9): number {
  return Number(Math.max(0, n).toFixed(decimals));
}

/** Money as a decimal string with two places (MiniMax and DeepSeek send strings). */
export function moneyString(n: number): string {
  return Math.max(0, n).toFixed(2);
}
