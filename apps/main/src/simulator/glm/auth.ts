// GLM authentication, endpoint by endpoint. Monitor endpoints take the raw key or `Bearer <key>`
// (an account can refuse one form, to exercise "raw refused with 401, Bearer accepted"); biz
// endpoints take either; pay-as-you-go endpoints can be set to require Zhipu's JWT. Keys are
// region-bound: a bigmodel key on z.ai is unknown there.
import type { AccountRegistry, SimAccount } from '../accounts';
import type { Reply, RequestContext } from '../reply';
import { bearerToken, header } from '../reply';
import { HOST_INFO } from '../hosts';
import type { GlmAuthCode } from './messages';
import { authFailure } from './messages';
import { jwtKeyId, looksLikeJwt, verifyZhipuJwt } from './jwt';

export type GlmEndpointKind = 'monitor' | 'biz' | 'payg';

export interface GlmAuthDeps {
  registry: AccountRegistry;
  /** Host-wide: answer auth failures as HTTP 200 + code 1000 instead of 401. */
  authErrorsAsHttp200: boolean;
}

/** The key a request presents (for a JWT, the key whose id it names), or undefined. */
export function presentedGlmKey(ctx: RequestContext, registry: AccountRegistry): string | undefined {
  const token = bearerToken(ctx) ?? header(ctx, 'authorization');
  if (!token) return undefined;
  if (!looksLikeJwt(token)) return token;
  const id = jwtKeyId(token);
  return id ? registry.findByGlmId(id)?.key : undefined;
}

/** Authenticates a GLM request; returns the account or the error reply to send. */
export async function authenticateGlm(
  ctx: RequestContext,
  kind: GlmEndpointKind,
  deps: GlmAuthDeps,
): Promise<{ account: SimAccount } | { reply: Reply }> {
  const lang = HOST_INFO[ctx.host].lang;
  let account: SimAccount | undefined;
  const fail = (code: GlmAuthCode): { reply: Reply } => ({
    reply: authFailure(lang, code, account?.spec.glmAuth?.errorsAsHttp200 ?? deps.authErrorsAsHttp200),
  });
  const raw = header(ctx, 'authorization');
  if (!raw) return fail(1001);
  const bearer = bearerToken(ctx);
  const token = bearer ?? raw;

  if (looksLikeJwt(token)) {
    const id = jwtKeyId(token);
    account = id ? deps.registry.findByGlmId(id) : undefined;
    if (account?.host !== ctx.host) return fail(1002);
    const payg = account.spec.glmAuth?.payg ?? 'key';
    if (kind !== 'payg' || payg === 'key') return fail(1000);
    const code = await verifyZhipuJwt(token, account.key, ctx.now);
    return code === null ? { account } : fail(code);
  }

  account = deps.registry.find(token);
  if (account?.host !== ctx.host) {
    // A key of the other region is unknown here: the host-wide failure form applies.
    account = undefined;
    return fail(1000);
  }
  const auth = account.spec.glmAuth ?? {};
  if (kind === 'monitor') {
    const mode = auth.monitor ?? 'raw_or_bearer';
    if ((mode === 'bearer_only' && !bearer) || (mode === 'raw_only' && bearer)) return fail(1000);
  }
  if (kind === 'payg' && auth.payg === 'jwt') return fail(1000);
  return { account };
}
