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
