// The vault header, kept as JSON in the store's meta table: how this install's data key is made.
import type { KeyProtection } from '@contract';
import { VaultError } from './errors';

export const HEADER_KEY = 'vault.header';
export const HEADER_VERSION = 1;

export interface VaultHeader {
  v: number;
  /** Base64 of the random per-install HKDF salt (32 bytes). */
  salt: string;
  protection: KeyProtection;
  /** Base64 of the random 32-byte secret as wrapped by the OS keystore (os-keystore only). */
  wrapped?: string;
  /** Base64 of HMAC(dataKey, label), to tell "another machine key" from "tampered" without the key. */
  check: string;
}

/** Parses and validates a stored header; throws VaultError 'bad_header' for anything else. */
export function parseHeader(text: string): VaultHeader {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new VaultError('bad_header', 'The vault header is not valid JSON.');
  }
  const h = value as Partial<VaultHeader> | null;
  if (h === null || typeof h !== 'object')
    throw new VaultError('bad_header', 'The vault header is not an object.');
  if (h.v !== HEADER_VERSION) {
    throw new VaultError(
      'bad_header',
      `The vault header has version ${String(h.v)}; this CPMS knows version ${HEADER_VERSION}.`,
    );
  }
  const okProtection = h.protection === 'os-keystore' || h.protection === 'machine-key';
  if (typeof h.salt !== 'string' || typeof h.check !== 'string' || !okProtection) {
    throw new VaultError('bad_header', 'The vault header is missing its salt, check or protection.');
  }
  if (h.protection === 'os-keystore' && typeof h.wrapped !== 'string') {
    throw new VaultError('bad_header', 'The vault header says os-keystore but holds no wrapped secret.');
  }
  return h as VaultHeader;
}
