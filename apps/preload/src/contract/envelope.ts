// The envelope every invoke returns, whatever the transport (Electron IPC or the headless WebSocket).

export const API_ERROR_KINDS = [
  'invalid_input',
  'not_found',
  'forbidden',
  'conflict',
  'unsupported',
  'vault_error',
  'store_error',
  'internal',
] as const;
export type ApiErrorKind = (typeof API_ERROR_KINDS)[number];

export interface ApiErrorData {
  kind: ApiErrorKind;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

/** The typed error the bridge rebuilds from a failed envelope. */
export class CpmsError extends Error {
  readonly kind: ApiErrorKind;
  constructor(kind: ApiErrorKind, message: string) {
    super(message);
    this.name = 'CpmsError';
    this.kind = kind;
  }
}

/** Unwraps an envelope into its value, or throws the typed error it carries. */
export function unwrapEnvelope<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new CpmsError(envelope.error.kind, envelope.error.message);
}

// Electron's contextBridge keeps only an Error's message when it crosses into the page, so a
// preload throws errors with the kind encoded in the message and the page rebuilds the CpmsError.
const ENCODED = /^\[cpms:([a-z_]+)\] ([\s\S]*)$/;

/** `[cpms:<kind>] <message>`: a message that survives contextBridge with its kind. */
export function encodeErrorMessage(error: ApiErrorData): string {
  return `[cpms:${error.kind}] ${error.message}`;
}

/** Rebuilds the typed error from a CpmsError, an encoded message or anything else thrown. */
export function toCpmsError(error: unknown): CpmsError {
  if (error instanceof CpmsError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const m = ENCODED.exec(message);
  const kind = m?.[1] as ApiErrorKind | undefined;
  if (m && kind && (API_ERROR_KINDS as readonly string[]).includes(kind))
    return new CpmsError(kind, m[2] ?? '');
  return new CpmsError('internal', message);
}
