// The steps every parser shares before it looks at a provider's own fields: HTTP status, HTML
// pages, empty or truncated JSON. What survives is a decoded JSON value the parser must understand.
import type { AccountSnapshot, FailureKind, SnapshotError } from '@contract';
import type { ParseContext } from '../types';
import { codeString, isRecord, str } from './json';
import { parseRetryAfter } from './retry-after';
import { failedSnapshot } from './snapshot';

const MAX_MESSAGE = 300;

/** Builds a SnapshotError, dropping the optional fields that are absent. */
export function snapshotError(
  kind: FailureKind,
  message: string,
  extra: { httpStatus?: number; providerCode?: string | null; retryAfterMs?: number } = {},
): SnapshotError {
  const error: SnapshotError = { kind, message: message.slice(0, MAX_MESSAGE) };
  if (extra.httpStatus !== undefined) error.httpStatus = extra.httpStatus;
  if (extra.providerCode !== undefined && extra.providerCode !== null)
    error.providerCode = extra.providerCode;
  if (extra.retryAfterMs !== undefined) error.retryAfterMs = extra.retryAfterMs;
  return error;
}

/** True when a body is an HTML page (a gateway error, a login wall, Cloudflare). */
export function looksLikeHtml(body: string): boolean {
  return /^\s*</.test(body);
}

/** The message and code a provider put in an error body, whatever its dialect. */
export function providerErrorInfo(json: unknown): { message: string | null; code: string | null } {
  if (!isRecord(json)) return { message: null, code: null };
  const err = json.error;
  if (isRecord(err)) return { message: str(err.message), code: codeString(err.code) };
  const base = json.base_resp;
  if (isRecord(base)) return { message: str(base.status_msg), code: codeString(base.status_code) };
  return {
    message: str(json.msg) ?? str(json.message) ?? str(err),
    code: codeString(json.code),
  };
}

function tryJson(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** The failure a non-2xx status means (auth, rate limit, provider trouble), or null for 2xx. */
export function httpStatusFailure(
  status: number,
  headers: Record<string, string>,
  body: unknown,
  now: number,
): SnapshotError | null {
  if (status >= 200 && status < 300) return null;
  const info = providerErrorInfo(tryJson(body));
  const html = typeof body === 'string' && looksLikeHtml(body);
  const detail = info.message ?? (html ? 'HTML page instead of JSON' : null);
  const message = detail ? `HTTP ${status}: ${detail}` : `HTTP ${status}`;
  const extra = { httpStatus: status, providerCode: info.code };
  // A 401/403 HTML page is a gateway or WAF (Cloudflare's challenge), not the provider judging the key.
  if ((status === 401 || status === 403) && !html) return snapshotError('auth_error', message, extra);
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(headers['retry-after'], now);
    return snapshotError(
      'rate_limited',
      message,
      retryAfterMs === undefined ? extra : { ...extra, retryAfterMs },
    );
  }
  return snapshotError('provider_error', message, extra);
}

export type Decoded = { ok: true; json: unknown } | { ok: false; error: SnapshotError };

/** Decodes a 2xx body: HTML is the provider's problem, anything else that is not JSON is ours. */
export function decodeJson(body: unknown, httpStatus: number): Decoded {
  if (typeof body !== 'string') return { ok: true, json: body };
  if (body.trim() === '')
    return { ok: false, error: snapshotError('parse_error', 'empty response body', { httpStatus }) };
  if (looksLikeHtml(body)) {
    return { ok: false, error: snapshotError('provider_error', 'HTML page instead of JSON', { httpStatus }) };
  }
  try {
    return { ok: true, json: JSON.parse(body) as unknown };
  } catch {
    return { ok: false, error: snapshotError('parse_error', 'invalid or truncated JSON', { httpStatus }) };
  }
}

/** A parse_error snapshot naming what was not understood. */
export function shapeError(ctx: ParseContext, what: string): AccountSnapshot {
  return failedSnapshot(
    ctx.provider,
    ctx.now,
    snapshotError('parse_error', `unexpected response shape: ${what}`, { httpStatus: ctx.httpStatus ?? 200 }),
  );
}

/** Runs the shared steps, then `parseJson` on the decoded value; a throw inside is a parse_error. */
export function parseResponse(
  body: unknown,
  ctx: ParseContext,
  parseJson: (json: unknown) => AccountSnapshot,
): AccountSnapshot {
  const status = ctx.httpStatus ?? 200;
  const failure = httpStatusFailure(status, ctx.headers ?? {}, body, ctx.now);
  if (failure) return failedSnapshot(ctx.provider, ctx.now, failure);
  const decoded = decodeJson(body, status);
  if (!decoded.ok) return failedSnapshot(ctx.provider, ctx.now, decoded.error);
  try {
    return parseJson(decoded.json);
  } catch (error) {
    return shapeError(ctx, error instanceof Error ? error.message : 'parser failure');
  }
}
