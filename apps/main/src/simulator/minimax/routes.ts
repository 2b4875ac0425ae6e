// The MiniMax host family (minimaxi.com and minimax.io serve the same paths).
import type { SimAccount } from '../accounts';
import type { ErrorFault, HostFamily } from '../family';
import type { Reply, RequestContext } from '../reply';
import { json, moneyString } from '../reply';
import { isPaygMiniMaxKey } from '../keys';
import { authenticateMiniMax, presentedMiniMaxKey } from './auth';
import { SUCCESS, baseResp, notFound } from './messages';
import { legacyPlanBody, tokenPlanBody, tokenPlanRows } from './remains';

const TOKEN_PLAN = '/v1/token_plan/remains';
const LEGACY = '/v1/api/openplatform/coding_plan/remains';
const BALANCE = '/account/query_balance';
const PATHS = new Set([TOKEN_PLAN, LEGACY, BALANCE]);

function tokenPlan(a: SimAccount, now: number): Reply {
  const plan = a.plan;
  if (isPaygMiniMaxKey(a.key) || !plan || plan.kind === 'glm-coding') return baseResp(2062);
  if (plan.kind === 'minimax-token') return json(200, tokenPlanBody(a, plan, now));
  switch (plan.tokenPlanAnswer ?? 'http_404') {
    case 'http_404':
      return notFound(404);
    case 'http_405':
      return notFound(405);
    case 'code_2062':
      return baseResp(2062);
  }
}

function legacy(a: SimAccount, now: number): Reply {
  const plan = a.plan;
  if (isPaygMiniMaxKey(a.key) || !plan || plan.kind === 'glm-coding') return baseResp(2062);
  if (plan.kind === 'minimax-legacy') return json(200, legacyPlanBody(a, now));
  // A token-plan account on the old path: same pools, usage_count read the old (remaining) way.
  return json(200, { model_remains: tokenPlanRows(a, plan, now, true), base_resp: SUCCESS });
}

/** Pay-as-you-go balance; amounts are decimal strings, vouchers (granted) spent first. */
function balance(a: SimAccount): Reply {
  const w = a.reportedWallets()[0];
  const cash = w?.reportedPaid ?? 0;
  const voucher = w?.reportedGranted ?? 0;
  return json(200, {
    available_amount: moneyString(cash + voucher),
    cash_balance: moneyString(cash),
    voucher_balance: moneyString(voucher),
    credit_balance: '0.00',
    owed_amount: '0.00',
    balance_alert_switch: false,
    balance_alert_threshold: '5.00',
    base_resp: SUCCESS,
  });
}

export const miniMaxFamily: HostFamily = {
  presentedKey: (ctx) => presentedMiniMaxKey(ctx),

  handle(ctx, deps) {
    const path = ctx.path.length > 1 ? ctx.path.replace(/\/+$/, '') : ctx.path;
    if (!PATHS.has(path)) return Promise.resolve(notFound(404));
    if (ctx.method !== 'GET' && ctx.method !== 'POST') return Promise.resolve(notFound(405));
    const auth = authenticateMiniMax(ctx, deps.registry);
    if ('reply' in auth) return Promise.resolve(auth.reply);
    const now = auth.account.sync();
    if (path === TOKEN_PLAN) return Promise.resolve(tokenPlan(auth.account, now));
    if (path === LEGACY) return Promise.resolve(legacy(auth.account, now));
    return Promise.resolve(balance(auth.account));
  },

  faultReply(fault: ErrorFault, ctx: RequestContext) {
    switch (fault.kind) {
      case 'http_401':
        return baseResp(1004, 401);
      case 'auth_200':
        return baseResp(fault.code ?? 2049);
      case 'no_plan':
        return ctx.path.startsWith(BALANCE) ? null : baseResp(2062);
      case 'rate_limited':
        return baseResp(1002, 429, { 'retry-after': String(fault.retryAfterSec) });
      case 'http_500':
        return baseResp(1000, 500);
    }
  },
};
