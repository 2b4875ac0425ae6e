// The GLM host family (bigmodel and z.ai serve the same paths): routing, auth class per endpoint,
// plan checks and fault bodies.
import type { SimAccount } from '../accounts';
import type { ErrorFault, HostFamily } from '../family';
import type { Reply, RequestContext } from '../reply';
import { json } from '../reply';
import { HOST_INFO } from '../hosts';
import type { SimGlmPlan } from '../types';
import type { GlmEndpointKind } from './auth';
import { authenticateGlm, presentedGlmKey } from './auth';
import { authFailure, noPlan, notFound, ok, okMsg, rateLimited, serverError } from './messages';
import { quotaLimitData } from './quota-limit';
import { bucketsFor, modelUsageData, toolUsageData } from './usage-series';
import { accountReportData, packagesBody, subscriptionData } from './biz';

interface Route {
  kind: GlmEndpointKind;
  answer(account: SimAccount, ctx: RequestContext): Reply;
}

const planOf = (a: SimAccount): SimGlmPlan | null => (a.plan?.kind === 'glm-coding' ? a.plan : null);
const lang = (ctx: RequestContext): 'zh' | 'en' => HOST_INFO[ctx.host].lang;

/** A monitor endpoint: answers the no-plan body when the account has no coding plan. */
const withPlan =
  (answer: (a: SimAccount, plan: SimGlmPlan, ctx: RequestContext) => unknown) =>
  (a: SimAccount, ctx: RequestContext): Reply => {
    const plan = planOf(a);
    return plan ? ok(lang(ctx), answer(a, plan, ctx)) : noPlan();
  };

const ROUTES: Record<string, Route> = {
  '/api/monitor/usage/quota/limit': {
    kind: 'monitor',
    answer: withPlan((a, plan) => quotaLimitData(a, plan)),
  },
  '/api/monitor/usage/model-usage': {
    kind: 'monitor',
    answer: withPlan((a, plan, ctx) =>
      modelUsageData(a, plan, bucketsFor(ctx.query, ctx.now, HOST_INFO[ctx.host].zoneMs), ctx.now),
    ),
  },
  '/api/monitor/usage/tool-usage': {
    kind: 'monitor',
    answer: withPlan((a, _plan, ctx) =>
      toolUsageData(a, bucketsFor(ctx.query, ctx.now, HOST_INFO[ctx.host].zoneMs), ctx.now, lang(ctx)),
    ),
  },
  '/api/biz/subscription/list': {
    kind: 'biz',
    answer: (a, ctx) => {
      const plan = planOf(a);
      return ok(lang(ctx), plan ? subscriptionData(a, plan, ctx.now) : []);
    },
  },
  '/api/biz/account/query-customer-account-report': {
    kind: 'payg',
    answer: (a, ctx) => {
      const l = lang(ctx);
      const data = accountReportData(a);
      // Field order as captured: bigmodel puts success before data, z.ai after.
      return l === 'zh'
        ? json(200, { code: 200, msg: okMsg(l), success: true, data })
        : json(200, { code: 200, msg: okMsg(l), data, success: true });
    },
  },
  '/api/biz/tokenAccounts/list/my': {
    kind: 'payg',
    answer: (a, ctx) => json(200, packagesBody(a, ctx.query, ctx.now, okMsg(lang(ctx)))),
  },
};

const normalize = (path: string): string => (path.length > 1 ? path.replace(/\/+$/, '') : path);

export const glmFamily: HostFamily = {
  presentedKey: presentedGlmKey,

  async handle(ctx, deps) {
    const route = ROUTES[normalize(ctx.path)];
    if (!route) return notFound(ctx.path, ctx.now);
    if (ctx.method !== 'GET') return notFound(ctx.path, ctx.now, 405);
    const auth = await authenticateGlm(ctx, route.kind, {
      registry: deps.registry,
      authErrorsAsHttp200: deps.glmAuthErrorsAsHttp200,
    });
    if ('reply' in auth) return auth.reply;
    auth.account.sync();
    return route.answer(auth.account, ctx);
  },

  faultReply(fault: ErrorFault, ctx) {
    switch (fault.kind) {
      case 'http_401':
        return authFailure(lang(ctx), 1000, false);
      case 'auth_200':
        return authFailure(lang(ctx), 1000, true);
      case 'no_plan': {
        const route = ROUTES[normalize(ctx.path)];
        if (route?.kind === 'monitor') return noPlan();
        if (route?.kind === 'biz') return ok(lang(ctx), []);
        return null;
      }
      case 'rate_limited':
        return rateLimited(lang(ctx), fault.retryAfterSec);
      case 'http_500':
        return serverError(lang(ctx));
    }
  },
};
