// AES-256-GCM sealing of one secret, bound to its account by additional authenticated data.
//
// Ciphertext format, version 1 (all lengths in bytes):
//   [0]       format version, 0x01
//   [1..12]   IV, 12 random bytes, fresh for every encryption
//   [13..28]  GCM authentication tag, 16 bytes
//   [29..]    ciphertext of the UTF-8 plaintext (same length)
// AAD is the UTF-8 account id, so a blob copied to another account fails authentication.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { VaultError } from './errors';

export const FORMAT_V1 = 0x01;
const IV_LENGTH = 12;
const TAG_LENGTH = 16;
const HEADER_LENGTH = 1 + IV_LENGTH + TAG_LENGTH;

/** Encrypts `plaintext` for `accountId` with a 32-byte key. */
export function seal(key: Buffer, accountId: string, plaintext: string): Buffer {
  const iv = randomBytes(IV_LENGTH);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH });
  cipher.setAAD(Buffer.from(accountId, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.of(FORMAT_V1), iv, cipher.getAuthTag(), body]);
}

/** Decrypts a blob made by `seal`; returns null when authentication fails (wrong key, AAD or bytes). */
export function unseal(key: Buffer, accountId: string, blob: Buffer): string | null {
  if (blob.length < 1) throw new VaultError('unknown_format', 'The stored secret is empty.');
  if (blob[0] !== FORMAT_V1) {
    throw new VaultError('unknown_format', `The stored secret uses an unknown format version (${blob[0]}).`);
  }
  if (blob.length < HEADER_LENGTH) return null;
  const iv = blob.subarray(1, 1 + IV_LENGTH);
  const tag = blob.subarray(1 + IV_LENGTH, HEADER_LENGTH);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH });
  decipher.setAAD(Buffer.from(accountId, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(blob.subarray(HEADER_LENGTH)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
