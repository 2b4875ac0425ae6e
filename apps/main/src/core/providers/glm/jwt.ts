// Zhipu's legacy token scheme, done right: HS256 with the extra header field sign_type "SIGN", the
// key's id in `api_key`, and `exp` / `timestamp` in MILLISECONDS (the seed app used seconds and a
// hex-then-base64 signature, so every token it made was refused).
import { SignJWT } from 'jose';

/** How long a token stays valid; one is made per fetch, so a few minutes is plenty. */
export const ZHIPU_JWT_TTL_MS = 5 * 60_000;

/** Splits a Zhipu `id.secret` key, or returns null when the key has another shape. */
export function splitZhipuKey(key: string): { id: string; secret: string } | null {
  const parts = key.trim().split('.');
  if (parts.length !== 2) return null;
  const [id, secret] = parts as [string, string];
  return id && secret ? { id, secret } : null;
}

/** Signs a Zhipu JWT for `key` at `nowMs`; throws when the key is not `id.secret`. */
export async function createZhipuJwt(key: string, nowMs: number, ttlMs = ZHIPU_JWT_TTL_MS): Promise<string> {
  const parts = splitZhipuKey(key);
  if (!parts) throw new Error('JWT authentication needs a key of the form id.secret');
  return new SignJWT({ api_key: parts.id, exp: nowMs + ttlMs, timestamp: nowMs })
    .setProtectedHeader({ alg: 'HS256', sign_type: 'SIGN' })
    .sign(new TextEncoder().encode(parts.secret));
}
