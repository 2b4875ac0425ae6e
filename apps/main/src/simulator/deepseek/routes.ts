// The DeepSeek host: `/user/balance` (every currency, amounts as strings, settled late) and
// `/models`, also under `/v1` for OpenAI-style base URLs. Bearer only; errors are OpenAI-style.
import type { SimAccount } from '../accounts';
import type { ErrorFault, HostFamily } from '../family';
import type { Reply, RequestContext } from '../reply';
import { bearerToken, json, moneyString } from '../reply';

function error(
  status: number,
  message: string,
  type: string,
  code: string,
  headers?: Record<string, string>,
): Reply {
  return json(status, { error: { message, type, param: null, code } }, headers);
}

/** The 401 body; it echoes the last four characters of the refused key, as the real one does. */
function authError(status: number, key: string | undefined): Reply {
  const message = key
    ? `Authentication Fails, Your api key: ****${key.slice(-4)} is invalid`
    : 'Authentication Fails (auth header format should be Bearer sk-...)';
  return error(status, message, 'authentication_error', 'invalid_request_error');
}

const MODELS = {
  object: 'list',
  data: [
    { id: 'deepseek-chat', object: 'model', owned_by: 'deepseek' },
    { id: 'deepseek-reasoner', object: 'model', owned_by: 'deepseek' },
  ],
};

function balance(a: SimAccount): Reply {
  const wallets = a.reportedWallets();
  const infos = wallets.map((w) => ({
    currency: w.currency,
    total_balance: moneyString(w.reportedGranted + w.reportedPaid),
    granted_balance: moneyString(w.reportedGranted),
    topped_up_balance: moneyString(w.reportedPaid),
  }));
  const available = wallets.some((w) => w.reportedGranted + w.reportedPaid >= 0.005);
  const empty = [
    { currency: 'CNY', total_balance: '0.00', granted_balance: '0.00', topped_up_balance: '0.00' },
  ];
  return json(200, { is_available: available, balance_infos: infos.length ? infos : empty });
}

const route = (path: string): 'balance' | 'models' | undefined => {
  const p = path.replace(/^\/v1(?=\/)/, '').replace(/\/+$/, '');
  return p === '/user/balance' ? 'balance' : p === '/models' ? 'models' : undefined;
};

export const deepSeekFamily: HostFamily = {
  presentedKey: (ctx) => bearerToken(ctx),

  handle(ctx, deps) {
    const which = route(ctx.path);
    if (!which) return Promise.resolve(error(404, 'Not Found', 'invalid_request_error', 'not_found'));
    if (ctx.method !== 'GET')
      return Promise.resolve(error(405, 'Method Not Allowed', 'invalid_request_error', 'method_not_allowed'));
    const key = bearerToken(ctx);
    if (!key) return Promise.resolve(authError(401, undefined));
    const account = deps.registry.find(key);
    if (account?.host !== 'deepseek') return Promise.resolve(authError(401, key));
    account.sync();
    return Promise.resolve(which === 'models' ? json(200, MODELS) : balance(account));
  },

  faultReply(fault: ErrorFault, ctx: RequestContext) {
    const key = bearerToken(ctx);
    switch (fault.kind) {
      case 'http_401':
        return authError(401, key);
      case 'auth_200':
        return authError(200, key);
      case 'no_plan':
        // No plan exists on DeepSeek; the nearest state is an account with nothing to spend.
        return route(ctx.path) === 'balance' ? json(200, { is_available: false, balance_infos: [] }) : null;
      case 'rate_limited':
        return error(429, 'Rate Limit Reached', 'rate_limit_error', 'rate_limit_exceeded', {
          'retry-after': String(fault.retryAfterSec),
        });
      case 'http_500':
        return error(500, 'Server Error', 'server_error', 'internal_error');
    }
  },
};
