// Zhipu's PaaS JWT: header {alg:HS256, sign_type:SIGN}, payload {api_key, exp, timestamp} with both
// times in MILLISECONDS, signed with the secret half of `id.secret`. Checked with jose, so a token
// signed with the wrong secret, in seconds, or without sign_type is refused as the real API does.
import { compactVerify, decodeJwt, decodeProtectedHeader } from 'jose';
import type { GlmAuthCode } from './messages';

/** Looks like a compact JWS (three base64url parts, JSON header). */
export function looksLikeJwt(token: string): boolean {
  return /^eyJ[\w-]+\.[\w-]+\.[\w-]*$/.test(token);
}

/** The `api_key` claim (the key id) of a JWT, without verifying it; undefined when unreadable. */
export function jwtKeyId(token: string): string | undefined {
  try {
    const claims = decodeJwt(token);
    return typeof claims.api_key === 'string' ? claims.api_key : undefined;
  } catch {
    return undefined;
  }
}

/** Verifies `token` against the full key `id.secret` at `now`; returns null when valid, else the error code. */
export async function verifyZhipuJwt(token: string, key: string, now: number): Promise<GlmAuthCode | null> {
  const secret = key.slice(key.indexOf('.') + 1);
  let header: ReturnType<typeof decodeProtectedHeader>;
  let claims: ReturnType<typeof decodeJwt>;
  try {
    header = decodeProtectedHeader(token);
    claims = decodeJwt(token);
  } catch {
    return 1002;
  }
  if (header.alg !== 'HS256' || header.sign_type !== 'SIGN') return 1002;
  try {
    await compactVerify(token, new TextEncoder().encode(secret), { algorithms: ['HS256'] });
  } catch {
    return 1004;
  }
  const { exp, timestamp } = claims as { exp?: unknown; timestamp?: unknown };
  // Milliseconds are mandatory: a seconds value (~1.7e9) is the classic bug and is refused.
  if (typeof exp !== 'number' || typeof timestamp !== 'number') return 1002;
  if (exp < 1e12 || timestamp < 1e12) return 1004;
  if (exp <= now) return 1003;
  return null;
}
