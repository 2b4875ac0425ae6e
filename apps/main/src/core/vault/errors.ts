// Errors the vault raises. Messages never carry plaintext, keys or key material.

export type VaultErrorCode =
  'tampered' | 'key_mismatch' | 'unknown_format' | 'keystore_unavailable' | 'bad_header';

export class VaultError extends Error {
  readonly code: VaultErrorCode;
  constructor(code: VaultErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'VaultError';
    this.code = code;
  }
}
