// Errors the store raises on purpose, with a code the hosts can branch on and a message a user can read.

export type StoreErrorCode = 'newer_version' | 'migration_failed' | 'not_found';

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}
