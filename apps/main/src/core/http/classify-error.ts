// Maps what undici and Node throw onto the three failure kinds the product knows. Anything that
// never produced an HTTP answer is the network's fault; timers of ours or undici's are timeouts.
import type { HttpErrorKind } from './errors';

const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
]);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  // Node wraps some socket failures (and AggregateError for dual-stack connects) in a cause.
  const cause = (error as { cause?: unknown }).cause;
  return cause === undefined || cause === error ? undefined : errorCode(cause);
}

/** The failure kind for a low-level error raised while connecting, sending or reading. */
export function classifyTransportError(error: unknown): HttpErrorKind {
  const code = errorCode(error);
  if (code && TIMEOUT_CODES.has(code)) return 'timeout';
  return 'network_error';
}

/** A short human reason for a low-level error: its code and message, without a stack. */
export function describeTransportError(error: unknown): string {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  if (!code || message.includes(code)) return message !== '' ? message : (code ?? 'unknown error');
  return `${code}: ${message}`;
}
