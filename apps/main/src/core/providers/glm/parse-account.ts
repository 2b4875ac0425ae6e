// Pure parser for Zhipu's cash account report (/api/biz/account/query-customer-account-report).
import type { AccountSnapshot, Wallet } from '@contract';
import { firstNum, isRecord, num } from '../shared/json';
import { parseResponse, shapeError } from '../shared/response';
import { emptySnapshot, failedSnapshot } from '../shared/snapshot';
import type { ParseContext } from '../types';
import { glmEnvelopeFailure } from './envelope';

/** The payload carries no currency: bigmodel.cn bills in CNY, api.z.ai in USD. */
export function glmCurrency(region: ParseContext['region']): string {
  return region === 'global' ? 'USD' : 'CNY';
}

/** Parses the account report into a one-wallet snapshot. */
export function parseAccountReport(body: unknown, ctx: ParseContext): AccountSnapshot {
  return parseResponse(body, ctx, (json) => {
    if (!isRecord(json)) return shapeError(ctx, 'not a JSON object');
    const failure = glmEnvelopeFailure(json, ctx, { codingPlan: false });
    if (failure) return failedSnapshot(ctx.provider, ctx.now, failure);
    const data = json.data;
    if (!isRecord(data)) return shapeError(ctx, 'no data object');
    // availableBalance is what can be spent; balance includes frozen money (CodexBar does the same).
    const available = firstNum(data, ['availableBalance', 'balance']);
    if (available === null) return shapeError(ctx, 'data has neither availableBalance nor balance');
    const wallet: Wallet = {
      currency: glmCurrency(ctx.region),
      available,
      granted: num(data.giveAmount),
      paid: num(data.rechargeAmount),
      frozen: num(data.frozenBalance),
      spent: num(data.totalSpendAmount),
      usable: null,
    };
    return { ...emptySnapshot(ctx.provider, ctx.now), wallets: [wallet] };
  });
}
