// A real loopback HTTP server that plays a provider for the adapter tests: routes answer with
// fixture bodies, chosen statuses and headers, and every request is recorded.
import { readFileSync } from 'node:fs';
import type http from 'node:http';
import { afterEach } from 'vitest';
import { createHttpClient } from '../../../../../apps/main/src/core/http/client';
import type { HttpClient } from '../../../../../apps/main/src/core/http/client';
import type { FetchDeps } from '../../../../../apps/main/src/core/providers/types';
import { startServer } from '../http/loopback-server';
import type { LoopbackServer } from '../http/loopback-server';

export const NOW = 1789650000000;

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Never answer (the client's timeout must fire). */
  hang?: boolean;
}

export type Route = Reply | ((req: SeenRequest) => Reply);

export interface SeenRequest {
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  headers: http.IncomingHttpHeaders;
}

export interface ProviderServer extends LoopbackServer {
  seen: SeenRequest[];
  /** Paths requested, in order. */
  paths(): string[];
}

/** A fixture body from tests/providers/<dir>/<file>. */
export function fixture(dir: string, file: string): string {
  return readFileSync(new URL(`../../../../providers/${dir}/${file}`, import.meta.url), 'utf8');
}

/** JSON reply with status 200 unless told. */
export function json(body: string, status = 200, headers: Record<string, string> = {}): Reply {
  return { status, body, headers: { 'content-type': 'application/json', ...headers } };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** Starts a provider server; routes are keyed by path without the query string. */
export async function providerServer(routes: Record<string, Route | Route[]>): Promise<ProviderServer> {
  const seen: SeenRequest[] = [];
  const counters = new Map<string, number>();
  const server = await startServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const request: SeenRequest = {
      path: url.pathname,
      query: url.searchParams,
      authorization: req.headers.authorization,
      headers: req.headers,
    };
    seen.push(request);
    const entry = routes[url.pathname];
    // A list of routes answers in turn, repeating the last one.
    const n = counters.get(url.pathname) ?? 0;
    counters.set(url.pathname, n + 1);
    const route = Array.isArray(entry) ? entry[Math.min(n, entry.length - 1)] : entry;
    const reply: Reply =
      route === undefined
        ? { status: 404, body: 'not found' }
        : typeof route === 'function'
          ? route(request)
          : route;
    if (reply.hang) return;
    res.writeHead(reply.status ?? 200, reply.headers ?? {});
    res.end(reply.body ?? '');
  });
  cleanups.push(() => server.close());
  return { ...server, seen, paths: () => seen.map((s) => s.path) };
}

/** FetchDeps with a fresh client (closed after the test) and a fixed clock. */
export function deps(
  options: { requestTimeoutMs?: number; signal?: AbortSignal } = {},
): FetchDeps & { http: HttpClient } {
  const http = createHttpClient({ requestTimeoutMs: options.requestTimeoutMs ?? 5_000 });
  cleanups.push(() => http.close());
  return { http, now: () => NOW, ...(options.signal ? { signal: options.signal } : {}) };
}
