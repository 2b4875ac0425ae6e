// Pure parser for DeepSeek's /user/balance: one wallet per currency (an account may hold CNY and
// USD at once; the seed kept only the first), amounts as decimal strings.
import type { AccountSnapshot, Wallet } from '@contract';
import { bool, isRecord, num, str } from '../shared/json';
import { parseResponse, shapeError } from '../shared/response';
import { emptySnapshot } from '../shared/snapshot';
import type { ParseContext } from '../types';

/** Parses the balance into one wallet per currency; `is_available` becomes `usable`. */
export function parseDeepSeekBalance(body: unknown, ctx: ParseContext): AccountSnapshot {
  return parseResponse(body, ctx, (json) => {
    if (!isRecord(json)) return shapeError(ctx, 'not a JSON object');
    const infos = json.balance_infos;
    if (!Array.isArray(infos)) return shapeError(ctx, 'balance_infos missing');
    const usable = bool(json.is_available);
    const wallets: Wallet[] = [];
    for (const info of infos) {
      if (!isRecord(info)) return shapeError(ctx, 'balance_infos entry is not an object');
      const currency = str(info.currency);
      const available = num(info.total_balance);
      if (currency === null || available === null)
        return shapeError(ctx, 'balance entry without currency or total_balance');
      wallets.push({
        currency: currency.toUpperCase(),
        available,
        granted: num(info.granted_balance),
        paid: num(info.topped_up_balance),
        frozen: null,
        spent: null,
        usable,
      });
    }
    return { ...emptySnapshot(ctx.provider, ctx.now), wallets };
  });
}
