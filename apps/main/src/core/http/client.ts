// The HTTP client every provider adapter uses. It owns the rules that protect keys and the app:
// https only (plain http to loopback), bounded time, bounded body size, secrets out of messages.
import { request as undiciRequest } from 'undici';
import type { Logger } from '../log/logger';
import { USER_AGENT } from '../version';
import { classifyTransportError, describeTransportError } from './classify-error';
import { createDispatcher } from './dispatcher';
import { HttpError, authorizationSecrets, redactSecrets } from './errors';
import { BodyTooLargeError, readCappedBody } from './read-body';
import { UrlPolicyError, assertAllowedUrl } from './url-policy';

export interface HttpClientOptions {
  userAgent?: string;
  /** Explicit proxy from the settings; wins over HTTPS_PROXY / HTTP_PROXY. */
  proxyUrl?: string | null;
  connectTimeoutMs?: number;
  /** Budget for the whole exchange: connect, headers and body. */
  requestTimeoutMs?: number;
  maxBodyBytes?: number;
  connectionsPerOrigin?: number;
  logger?: Logger;
}

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /** Strings to remove from any error message (the Authorization value is always removed). */
  secrets?: string[];
}

export interface HttpResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: string;
}

export interface HttpClient {
  request(req: HttpRequest): Promise<HttpResponse>;
  /** Closes every pooled connection after in-flight requests finish. */
  close(): Promise<void>;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_CONNECTIONS_PER_ORIGIN = 4;

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function lowerCaseHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) out[name.toLowerCase()] = value;
  return out;
}

/** Creates a client with one keep-alive pool per origin; see HttpClientOptions for the limits. */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const userAgent = options.userAgent ?? USER_AGENT;
  const logger = options.logger;
  const dispatcher = createDispatcher({
    proxyUrl: options.proxyUrl ?? null,
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    requestTimeoutMs,
    connectionsPerOrigin: options.connectionsPerOrigin ?? DEFAULT_CONNECTIONS_PER_ORIGIN,
  });
  let closing: Promise<void> | undefined;

  async function request(req: HttpRequest): Promise<HttpResponse> {
    const method = req.method ?? 'GET';
    const headers: Record<string, string> = { 'user-agent': userAgent, ...lowerCaseHeaders(req.headers) };
    const secrets = [...(req.secrets ?? []), ...authorizationSecrets(headers.authorization)];
    const fail = (kind: HttpError['kind'], reason: string, extra?: { aborted?: boolean; cause?: unknown }) =>
      new HttpError(kind, redactSecrets(reason, secrets), extra);

    let url: URL;
    try {
      url = assertAllowedUrl(req.url);
    } catch (error) {
      const reason = error instanceof UrlPolicyError ? error.message : 'invalid URL';
      throw fail('network_error', `refused: ${reason}`);
    }
    const where = `${method} ${url.origin}${url.pathname}`;
    // A function, not a narrowed property: the signal changes while we await.
    const callerAborted = (): boolean => req.signal?.aborted === true;
    if (callerAborted()) throw fail('network_error', `${where}: aborted`, { aborted: true });

    // One budget for the whole exchange; undici's own timers only cover single phases.
    const controller = new AbortController();
    const deadline = { passed: false };
    const timer = setTimeout(() => {
      deadline.passed = true;
      controller.abort();
    }, requestTimeoutMs);
    const onCallerAbort = (): void => controller.abort();
    req.signal?.addEventListener('abort', onCallerAbort, { once: true });
    const started = performance.now();
    try {
      const res = await undiciRequest(url, {
        dispatcher,
        method,
        headers,
        ...(req.body === undefined ? {} : { body: req.body }),
        signal: controller.signal,
      });
      const responseHeaders = flattenHeaders(res.headers);
      const declared = Number(responseHeaders['content-length']);
      const body = await readCappedBody(
        res.body,
        maxBodyBytes,
        Number.isFinite(declared) && responseHeaders['content-length'] !== undefined ? declared : null,
      );
      // undici marks the socket free one tick after the body ends; yielding here lets an adapter's
      // next request to the same origin (account report, then packages) reuse it instead of
      // opening a second connection.
      await new Promise<void>((resolve) => setImmediate(resolve));
      logger?.debug('http', { where, status: res.statusCode, ms: Math.round(performance.now() - started) });
      return { status: res.statusCode, headers: responseHeaders, body };
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        throw fail('provider_error', `${where}: ${error.message}`);
      }
      if (deadline.passed)
        throw fail('timeout', `${where}: no complete answer within ${requestTimeoutMs} ms`);
      if (callerAborted()) throw fail('network_error', `${where}: aborted`, { aborted: true });
      const kind = classifyTransportError(error);
      throw fail(kind, `${where}: ${describeTransportError(error)}`);
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onCallerAbort);
    }
  }

  return {
    request,
    // Idempotent: hosts may stop twice (quit during a restart); undici throws on a second close.
    close: () => (closing ??= dispatcher.close()),
  };
}
