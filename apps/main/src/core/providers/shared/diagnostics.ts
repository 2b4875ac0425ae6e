// "Copy diagnostics": what the provider actually answered, safe to paste into an issue. Keys,
// tokens and personal identifiers are replaced, long strings shortened, the whole thing capped.
import { redactSecrets } from '../../http/errors';
import { isRecord } from './json';

const SENSITIVE_FIELD =
  /(key|token|secret|password|passwd|authorization|cookie|session|email|phone|mobile|customer_?id|user_?id|group_?id|account_?id|org|project)/i;
const MAX_STRING = 200;
const MAX_PAYLOAD = 8 * 1024;

function scrub(value: unknown, depth: number): unknown {
  if (depth > 12) return '[…]';
  if (typeof value === 'string') {
    return value.length > MAX_STRING
      ? `${value.slice(0, MAX_STRING)}…(+${value.length - MAX_STRING} chars)`
      : value;
  }
  if (Array.isArray(value)) {
    const head = value.slice(0, 50).map((v) => scrub(v, depth + 1));
    return value.length > 50 ? [...head, `…(+${value.length - 50} items)`] : head;
  }
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // Counters such as tokenBalance or totalTokens are the point of a diagnostic; keep numbers.
      out[k] =
        SENSITIVE_FIELD.test(k) && typeof v !== 'number' && typeof v !== 'boolean' && v !== null
          ? '[redacted]'
          : scrub(v, depth + 1);
    }
    return out;
  }
  return value;
}

/** A redacted, size-capped copy of a response body (JSON re-serialised with sensitive fields replaced). */
export function redactPayload(body: unknown, secrets: readonly string[]): string {
  let text: string;
  if (typeof body === 'string') {
    try {
      text = JSON.stringify(scrub(JSON.parse(body) as unknown, 0));
    } catch {
      text = body;
    }
  } else {
    // JSON.stringify(undefined) is undefined, whatever its declared type says.
    text = body === undefined ? 'undefined' : JSON.stringify(scrub(body, 0));
  }
  const clean = redactSecrets(text, secrets);
  return clean.length > MAX_PAYLOAD
    ? `${clean.slice(0, MAX_PAYLOAD)}…(truncated, ${clean.length} chars)`
    : clean;
}

/** One exchange of a fetch, kept for diagnostics. */
export interface Exchange {
  method: string;
  /** Path only: hosts are part of the account, queries never carry keys here. */
  path: string;
  status: number | null;
  body: string | null;
  error: string | null;
}

/** The diagnostics text for a list of exchanges, every body and error redacted. */
export function formatDiagnostics(exchanges: readonly Exchange[], secrets: readonly string[]): string {
  return exchanges
    .map((x) => {
      const head = `${x.method} ${x.path} → ${x.status ?? 'no response'}`;
      const tail =
        x.error !== null
          ? redactSecrets(x.error, secrets)
          : x.body !== null
            ? redactPayload(x.body, secrets)
            : '';
      return tail ? `${head}\n${tail}` : head;
    })
    .join('\n\n');
}
