// The access token of `cpms serve`: random, compared in constant time, accepted from the URL
// (first visit, like a notebook server) or from the HttpOnly cookie set on that visit.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'cpms_token';

/** A fresh URL-safe token with 256 bits of randomness. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time comparison that does not leak the token's length through early exit. */
export function tokenMatches(expected: string, candidate: string | null | undefined): boolean {
  if (!candidate) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(candidate);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(req: IncomingMessage): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** The token a request presents: a non-empty `?token=` first, then the cookie. */
export function presentedToken(req: IncomingMessage, url: URL): string | null {
  const fromUrl = url.searchParams.get('token');
  return fromUrl === null || fromUrl === '' ? cookieToken(req) : fromUrl;
}
