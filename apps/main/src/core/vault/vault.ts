// The key vault: API keys are sealed with AES-256-GCM under a data key derived (HKDF-SHA256) from the
// machine id and a random per-install salt, plus, where an OS keystore is usable, a random secret that
// only the keystore can unwrap. Copying cpms.db to another machine (or another user account, with
// the keystore) therefore yields nothing readable.
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { KeyProtection } from '@contract';
import { seal, unseal } from './cipher';
import { VaultError } from './errors';
import { HEADER_KEY, HEADER_VERSION, parseHeader, type VaultHeader } from './header';
import type { KeyWrapper } from './key-wrapper';

export { VaultError, type VaultErrorCode } from './errors';

export interface VaultMeta {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export interface VaultOptions {
  meta: VaultMeta;
  machineId: () => Promise<string>;
  wrapper?: KeyWrapper;
}

export interface Vault {
  /** Which protection is in force, for the UI to show. */
  readonly protection: KeyProtection;
  /** False when the data key differs from the one the stored secrets were sealed with (machine id changed). */
  readonly keyMatches: boolean;
  encrypt(accountId: string, plaintext: string): Buffer;
  /** Throws VaultError ('tampered', 'key_mismatch', 'unknown_format'); the message never holds secrets. */
  decrypt(accountId: string, blob: Buffer): string;
}

const HKDF_INFO = 'cpms vault data key v1';
const CHECK_LABEL = 'cpms vault key check v1';

function deriveKey(machineId: string, salt: Buffer, secret: Buffer | null): Buffer {
  const ikm = secret
    ? Buffer.concat([Buffer.from(machineId, 'utf8'), secret])
    : Buffer.from(machineId, 'utf8');
  const key = Buffer.from(hkdfSync('sha256', ikm, salt, HKDF_INFO, 32));
  ikm.fill(0);
  return key;
}

function checkOf(key: Buffer): Buffer {
  return createHmac('sha256', key).update(CHECK_LABEL).digest().subarray(0, 16);
}

async function usable(wrapper: KeyWrapper | undefined): Promise<boolean> {
  return wrapper?.protection === 'os-keystore' && (await wrapper.isAvailable());
}

async function unwrapSecret(header: VaultHeader, wrapper: KeyWrapper | undefined): Promise<Buffer> {
  if (!wrapper || !(await usable(wrapper))) {
    throw new VaultError(
      'keystore_unavailable',
      'The stored API keys are protected by the OS keystore, which is not available now. ' +
        'Unlock the keystore (or start CPMS in the desktop session that created them) and try again.',
    );
  }
  try {
    return await wrapper.unwrap(Buffer.from(header.wrapped ?? '', 'base64'));
  } catch (error) {
    throw new VaultError('keystore_unavailable', 'The OS keystore refused to unwrap the vault secret.', {
      cause: error,
    });
  }
}

/** Opens this install's vault, creating its header on first use. */
export async function createVault(options: VaultOptions): Promise<Vault> {
  const machineId = await options.machineId();
  const stored = options.meta.get(HEADER_KEY);
  let header: VaultHeader;
  let key: Buffer;
  if (stored === null) {
    const salt = randomBytes(32);
    let secret: Buffer | null = null;
    let wrapped: string | undefined;
    if (options.wrapper && (await usable(options.wrapper))) {
      secret = randomBytes(32);
      wrapped = (await options.wrapper.wrap(secret)).toString('base64');
    }
    key = deriveKey(machineId, salt, secret);
    secret?.fill(0);
    header = {
      v: HEADER_VERSION,
      salt: salt.toString('base64'),
      protection: secret ? 'os-keystore' : 'machine-key',
      ...(wrapped ? { wrapped } : {}),
      check: checkOf(key).toString('base64'),
    };
    options.meta.set(HEADER_KEY, JSON.stringify(header));
  } else {
    header = parseHeader(stored);
    const secret = header.protection === 'os-keystore' ? await unwrapSecret(header, options.wrapper) : null;
    key = deriveKey(machineId, Buffer.from(header.salt, 'base64'), secret);
    secret?.fill(0);
  }
  const expected = Buffer.from(header.check, 'base64');
  const actual = checkOf(key);
  const keyMatches = expected.length === actual.length && timingSafeEqual(expected, actual);

  return {
    protection: header.protection,
    keyMatches,
    encrypt: (accountId, plaintext) => seal(key, accountId, plaintext),
    decrypt(accountId, blob) {
      const plaintext = unseal(key, accountId, blob);
      if (plaintext !== null) return plaintext;
      if (!keyMatches) {
        throw new VaultError(
          'key_mismatch',
          `The API key of account ${accountId} was stored under another machine key (the machine id changed ` +
            'or the database came from another computer). Enter the key again.',
        );
      }
      throw new VaultError(
        'tampered',
        `The API key of account ${accountId} could not be decrypted: the stored bytes were altered or belong to another account.`,
      );
    },
  };
}
