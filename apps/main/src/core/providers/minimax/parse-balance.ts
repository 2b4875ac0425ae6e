// Pure parser for MiniMax's pay-as-you-go balance (/account/query_balance, sk-api- keys).
// Amounts are decimal strings; the currency is the platform's (CNY China, USD Global).
import type { AccountSnapshot, Wallet } from '@contract';
import type { JsonRecord } from '../shared/json';
import { isRecord, num } from '../shared/json';
import { parseResponse, shapeError } from '../shared/response';
import { emptySnapshot, failedSnapshot } from '../shared/snapshot';
import type { ParseContext } from '../types';
import { baseRespFailure } from './base-resp';
import { MINIMAX_CURRENCY } from './descriptor';
import type { MiniMaxProviderId } from './descriptor';

/** Parses query_balance into a one-wallet snapshot. */
export function parseQueryBalance(body: unknown, ctx: ParseContext): AccountSnapshot {
  return parseResponse(body, ctx, (json) => {
    if (!isRecord(json)) return shapeError(ctx, 'not a JSON object');
    const failure = baseRespFailure(json, ctx);
    if (failure) return failedSnapshot(ctx.provider, ctx.now, failure);
    const root: JsonRecord =
      isRecord(json.data) && json.data.available_amount !== undefined ? json.data : json;
    const available = num(root.available_amount);
    if (available === null) return shapeError(ctx, 'available_amount missing');
    const wallet: Wallet = {
      currency: MINIMAX_CURRENCY[ctx.provider as MiniMaxProviderId],
      available,
      // Vouchers are granted money; cash is what was paid in.
      granted: num(root.voucher_balance),
      paid: num(root.cash_balance),
      frozen: null,
      spent: null,
      usable: null,
    };
    return { ...emptySnapshot(ctx.provider, ctx.now), wallets: [wallet] };
  });
}
