// Pure parser for /api/monitor/usage/quota/limit: 5-hour and weekly credit (or legacy token)
// windows plus the monthly MCP tool-call allowance.
import type { AccountSnapshot } from '@contract';
import type { JsonRecord } from '../shared/json';
import { firstStr, isRecord } from '../shared/json';
import { parseResponse, shapeError, snapshotError } from '../shared/response';
import { emptySnapshot, failedSnapshot } from '../shared/snapshot';
import type { ParseContext } from '../types';
import { glmEnvelopeFailure } from '../glm/envelope';
import { byLength, limitToWindow } from './windows';

/** "GLM Coding Lite/Pro/Max" from data.level (any case), or the provider's own plan string. */
export function planNameFromLevel(data: JsonRecord): string | null {
  const level = firstStr(data, ['level', 'planName', 'plan', 'plan_type', 'packageName']);
  if (level === null) return null;
  if (/^(lite|pro|max)$/i.test(level))
    return `GLM Coding ${level.charAt(0).toUpperCase()}${level.slice(1).toLowerCase()}`;
  return /glm/i.test(level) ? level : `GLM Coding ${level}`;
}

/** Parses quota/limit into a windows snapshot (planName from data.level). */
export function parseQuotaLimit(body: unknown, ctx: ParseContext): AccountSnapshot {
  return parseResponse(body, ctx, (json) => {
    if (!isRecord(json)) return shapeError(ctx, 'not a JSON object');
    const failure = glmEnvelopeFailure(json, ctx, { codingPlan: true });
    if (failure) return failedSnapshot(ctx.provider, ctx.now, failure);
    const data = json.data;
    if (!isRecord(data)) return shapeError(ctx, 'no data object');
    const limits = data.limits;
    // Success with nothing to report: seen for team scopes without a plan. Not a zero quota.
    if (limits === undefined && Object.keys(data).length === 0) return noWindows(ctx);
    if (!Array.isArray(limits)) return shapeError(ctx, 'data.limits is not an array');
    if (limits.length === 0) return noWindows(ctx);
    const windows = limits
      .filter(isRecord)
      .map(limitToWindow)
      .filter((w) => w !== null)
      .sort(byLength);
    if (windows.length === 0) return shapeError(ctx, 'no recognisable entry in data.limits');
    return { ...emptySnapshot(ctx.provider, ctx.now), planName: planNameFromLevel(data), windows };
  });
}

function noWindows(ctx: ParseContext): AccountSnapshot {
  return failedSnapshot(
    ctx.provider,
    ctx.now,
    snapshotError('no_plan', 'the provider reported no quota windows for this key', {
      httpStatus: ctx.httpStatus ?? 200,
    }),
  );
}
