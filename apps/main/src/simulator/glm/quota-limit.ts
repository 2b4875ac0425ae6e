// `/api/monitor/usage/quota/limit`: the windows of a GLM Coding Plan as the real API reports them.
// CREDIT_LIMIT carries usage (cap) / currentValue (used) / remaining, each floored from the exact
// fractional use, which reproduces the live captures' off-by-one (2000 / 814 / 1185). Legacy
// TOKENS_LIMIT carries only a percentage. An idle 5-hour window has no nextResetTime at all.
import type { SimAccount } from '../accounts';
import type { SimGlmPlan } from '../types';
import type { WindowState } from '../model/windows';

type Limit = Record<string, unknown>;

const UNIT = {
  five_hour: { unit: 3, number: 5 },
  weekly: { unit: 6, number: 1 },
} as const;

function quotaEntry(w: WindowState, type: 'CREDIT_LIMIT' | 'TOKENS_LIMIT'): Limit {
  const span = w.id === 'weekly' ? UNIT.weekly : UNIT.five_hour;
  const percentage = Math.floor((w.used / w.limit) * 100);
  const reset = w.start !== null && w.end !== null ? { nextResetTime: w.end } : {};
  if (type === 'TOKENS_LIMIT') return { type, ...span, percentage, ...reset };
  return {
    type,
    ...span,
    usage: w.limit,
    currentValue: Math.floor(w.used),
    remaining: Math.floor(w.limit - w.used),
    percentage,
    ...reset,
  };
}

/** MCP calls split over the three tools so the details add up to the counter. */
function usageDetails(calls: number): { modelCode: string; usage: number }[] {
  const search = Math.floor(calls * 0.6);
  const reader = Math.floor(calls * 0.3);
  return [
    { modelCode: 'search-prime', usage: search },
    { modelCode: 'web-reader', usage: reader },
    { modelCode: 'zread', usage: calls - search - reader },
  ];
}

function timeEntry(w: WindowState): Limit {
  const used = Math.floor(w.used);
  return {
    type: 'TIME_LIMIT',
    unit: 5,
    number: 1,
    usage: w.limit,
    currentValue: used,
    remaining: w.limit - used,
    percentage: Math.floor((used / w.limit) * 100),
    ...(w.end !== null ? { nextResetTime: w.end } : {}),
    usageDetails: usageDetails(used),
  };
}

/** The `data` object of quota/limit for `account` (already advanced to now). */
export function quotaLimitData(account: SimAccount, plan: SimGlmPlan): { limits: Limit[]; level: string } {
  const type = plan.limitType ?? 'CREDIT_LIMIT';
  const model = account.model;
  const quota = (['five_hour', 'weekly'] as const)
    .map((id) => model.window(id))
    .filter((w): w is WindowState => w !== undefined)
    .map((w) => quotaEntry(w, type));
  const mcp = model.window('mcp_monthly');
  const time = mcp ? [timeEntry(mcp)] : [];
  const limits = plan.order === 'time_first' ? [...time, ...quota] : [...quota, ...time];
  return { limits, level: plan.levelText ?? plan.level };
}
