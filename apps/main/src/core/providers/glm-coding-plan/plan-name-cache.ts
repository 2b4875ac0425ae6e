// The subscription list changes about once a month; asking for it on every 15-second poll would
// double the calls an account makes. Names are kept per (host, key) for an hour, keyed by a hash
// so no key sits in memory twice.
import { createHash } from 'node:crypto';

const TTL_MS = 60 * 60_000;
const MAX_ENTRIES = 500;
const cache = new Map<string, { name: string | null; at: number }>();

function cacheKey(baseUrl: string, key: string): string {
  return createHash('sha256').update(`${baseUrl}\n${key}`).digest('base64url');
}

/** The cached plan name (null = the list had none) or undefined when unknown or expired. */
export function cachedPlanName(baseUrl: string, key: string, now: number): string | null | undefined {
  const hit = cache.get(cacheKey(baseUrl, key));
  if (!hit || now - hit.at > TTL_MS || now < hit.at) return undefined;
  return hit.name;
}

/** Remembers the plan name found at `now`. */
export function rememberPlanName(baseUrl: string, key: string, name: string | null, now: number): void {
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(cacheKey(baseUrl, key), { name, at: now });
}
