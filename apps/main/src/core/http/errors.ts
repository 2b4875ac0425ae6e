// The one error the HTTP client throws. Its kind maps straight onto a snapshot status, and its
// message has already had every secret removed, so callers may log or show it as is.
import { maskKey, redact } from '../log/redact';

export type HttpErrorKind = 'timeout' | 'network_error' | 'provider_error';

export class HttpError extends Error {
  readonly kind: HttpErrorKind;
  /** True when the caller's own AbortSignal stopped the request (not a failure of the provider). */
  readonly aborted: boolean;
  constructor(kind: HttpErrorKind, message: string, options?: { aborted?: boolean; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HttpError';
    this.kind = kind;
    this.aborted = options?.aborted ?? false;
  }
}

/** True for an HttpError raised because the caller aborted. */
export function isAbortError(error: unknown): boolean {
  return error instanceof HttpError && error.aborted;
}

/** Removes each given secret (and anything key-shaped, via core/log redact) from `text`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  // Longest first, so a secret that contains another is masked whole.
  const sorted = [...new Set(secrets.map((s) => s.trim()).filter((s) => s.length >= 4))].sort(
    (a, b) => b.length - a.length,
  );
  for (const s of sorted) {
    if (out.includes(s)) out = out.split(s).join(maskKey(s));
  }
  return redact(out);
}

/** The secrets hidden in an Authorization header value: the whole value and its credential part. */
export function authorizationSecrets(value: string | undefined): string[] {
  if (!value) return [];
  const credential = value.replace(/^\s*(bearer|basic|token)\s+/i, '');
  return credential === value ? [value] : [value, credential];
}
