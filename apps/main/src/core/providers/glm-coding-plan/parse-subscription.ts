// Pure parser for /api/biz/subscription/list: the name of the plan in its current period.
import type { AccountSnapshot } from '@contract';
import { isRecord, str } from '../shared/json';
import { parseResponse, shapeError } from '../shared/response';
import { emptySnapshot, failedSnapshot } from '../shared/snapshot';
import type { ParseContext } from '../types';
import { glmEnvelopeFailure } from '../glm/envelope';

/** Parses the subscription list into a snapshot carrying only planName (null when none is current). */
export function parseSubscriptionList(body: unknown, ctx: ParseContext): AccountSnapshot {
  return parseResponse(body, ctx, (json) => {
    if (!isRecord(json)) return shapeError(ctx, 'not a JSON object');
    const failure = glmEnvelopeFailure(json, ctx, { codingPlan: true });
    if (failure) return failedSnapshot(ctx.provider, ctx.now, failure);
    const data = json.data;
    if (!Array.isArray(data)) return shapeError(ctx, 'data is not an array');
    const entries = data.filter(isRecord);
    const current =
      entries.find((e) => e.inCurrentPeriod === true) ??
      entries.find((e) => e.inCurrentPeriod === undefined && str(e.status)?.toUpperCase() === 'VALID');
    return { ...emptySnapshot(ctx.provider, ctx.now), planName: current ? str(current.productName) : null };
  });
}
