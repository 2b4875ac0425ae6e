// Pure parser for MiniMax's quota endpoints: /v1/token_plan/remains (current) and the legacy
// /v1/api/openplatform/coding_plan/remains. Both top-level and data-wrapped payloads occur.
import type { AccountSnapshot, QuotaWindow } from '@contract';
import type { JsonRecord } from '../shared/json';
import { firstStr, isRecord } from '../shared/json';
import { parseResponse, shapeError, snapshotError } from '../shared/response';
import { emptySnapshot, failedSnapshot } from '../shared/snapshot';
import type { ParseContext } from '../types';
import { baseRespFailure } from './base-resp';
import { rowWindows } from './windows';
import type { RemainsEndpoint } from './windows';

export type { RemainsEndpoint } from './windows';

export interface RemainsContext extends ParseContext {
  /** Which endpoint answered: it decides whether usage_count is used or remaining. */
  endpoint: RemainsEndpoint;
}

const PLAN_KEYS = ['current_subscribe_title', 'plan_name', 'combo_title', 'current_plan_title'];

function noPlan(ctx: ParseContext, message: string): AccountSnapshot {
  return failedSnapshot(
    ctx.provider,
    ctx.now,
    snapshotError('no_plan', message, { httpStatus: ctx.httpStatus ?? 200 }),
  );
}

/** Parses a remains payload into one window per pool and window length. */
export function parseRemains(body: unknown, ctx: RemainsContext): AccountSnapshot {
  return parseResponse(body, ctx, (json) => {
    if (!isRecord(json)) return shapeError(ctx, 'not a JSON object');
    const failure = baseRespFailure(json, ctx);
    if (failure) return failedSnapshot(ctx.provider, ctx.now, failure);
    const root: JsonRecord = isRecord(json.data) && Array.isArray(json.data.model_remains) ? json.data : json;
    const rows = root.model_remains;
    if (!Array.isArray(rows)) return shapeError(ctx, 'model_remains missing');
    if (rows.length === 0) return noPlan(ctx, 'the plan lists no quota pools');
    const found = rows.filter(isRecord).flatMap((row) => rowWindows(row, ctx.endpoint, ctx.now));
    const windows = found.filter((w): w is QuotaWindow => typeof w === 'object' && w !== null);
    if (windows.length === 0) {
      if (found.length > 0 && found.every((w) => w === 'not_included' || w === null)) {
        return noPlan(ctx, 'no quota pool is included in this plan');
      }
      return shapeError(ctx, 'no model_remains row has a percent or a count');
    }
    return {
      ...emptySnapshot(ctx.provider, ctx.now),
      planName: firstStr(root, PLAN_KEYS) ?? firstStr(json, PLAN_KEYS),
      windows,
    };
  });
}
