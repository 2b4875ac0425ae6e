// The monitor endpoints take the raw key (official plugin); some deployments want "Bearer <key>".
// Raw first, Bearer once when the raw key is refused.
import type { HttpResponse } from '../../http/client';
import { isGlmAuthRefusal } from '../glm/envelope';
import type { ProviderSession } from '../shared/session';

/** Headers the official plugin sends besides Authorization. */
export function monitorHeaders(authorization: string): Record<string, string> {
  return { authorization, 'accept-language': 'en-US,en' };
}

/** GETs `path` with the raw key, retrying once with Bearer on an auth refusal; returns the header used. */
export async function getWithAuthFallback(
  session: ProviderSession,
  path: string,
): Promise<{ res: HttpResponse; authorization: string }> {
  let authorization = session.key;
  let res = await session.get(path, monitorHeaders(authorization));
  if (isGlmAuthRefusal(res)) {
    authorization = `Bearer ${session.key}`;
    res = await session.get(path, monitorHeaders(authorization));
  }
  return { res, authorization };
}
