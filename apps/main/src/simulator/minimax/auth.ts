// MiniMax authentication: `Authorization: Bearer <key>` (the official CLI also sends `x-api-key`).
// A missing or malformed header is 1004, an unknown key 2049 — including a key of the other region,
// since minimaxi.com and minimax.io keep separate accounts. All arrive with HTTP 200.
import type { AccountRegistry, SimAccount } from '../accounts';
import type { Reply, RequestContext } from '../reply';
import { bearerToken, header } from '../reply';
import { baseResp } from './messages';

/** The key a request presents, or undefined. */
export function presentedMiniMaxKey(ctx: RequestContext): string | undefined {
  return bearerToken(ctx) ?? header(ctx, 'x-api-key');
}

/** Authenticates a MiniMax request; returns the account or the HTTP-200 error body. */
export function authenticateMiniMax(
  ctx: RequestContext,
  registry: AccountRegistry,
): { account: SimAccount } | { reply: Reply } {
  const key = presentedMiniMaxKey(ctx);
  if (!key) return { reply: baseResp(1004) };
  const account = registry.find(key);
  if (account?.host !== ctx.host) return { reply: baseResp(2049) };
  return { account };
}
