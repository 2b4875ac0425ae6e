// Plan tiers and the windows each plan has. Caps marked "observed" come from real captures in the
// reference; the others are scaled from the providers' published tier ratios.
import type { GlmLevel, MiniMaxTier, SimPlan } from '../types';
import type { WindowState } from './windows';
import { createWindow, monthlyGrid, periodicGrid } from './windows';
import { DAY, HOUR, WEEK, addMonths, startOfDay, startOfWeek } from './time';

/** CREDIT_LIMIT caps per 5 hours (Lite 2000 observed; Pro/Max by the 1:5:20 prompt ratio). Weekly is 5×. */
export const GLM_CREDITS_5H: Record<GlmLevel, number> = { lite: 2000, pro: 10_000, max: 40_000 };
/** Legacy TOKENS_LIMIT caps per 5 hours (Lite 40M and Max 800M observed). */
export const GLM_TOKENS_5H: Record<GlmLevel, number> = { lite: 40e6, pro: 200e6, max: 800e6 };
/** MCP tool calls a month (all observed). */
export const GLM_MCP_MONTHLY: Record<GlmLevel, number> = { lite: 100, pro: 1000, max: 4000 };
/** MiniMax requests per 5 hours (third-party tier table); weekly is 10×. */
export const MINIMAX_5H: Record<MiniMaxTier, number> = { starter: 600, plus: 1500, max: 4500 };
export const MINIMAX_VIDEO_DAILY = 3;
export const MINIMAX_VIDEO_WEEKLY = 21;

export interface PlanContext {
  /** Creation time of the account (MiniMax grids start on that day). */
  now: number;
  /** Subscription start (GLM weekly/monthly anchors). */
  planStartedAt: number;
  /** Host time zone offset from UTC in ms. */
  zoneMs: number;
}

/** The windows of `plan` as they stand at `ctx.now`. */
export function windowsForPlan(plan: SimPlan, ctx: PlanContext): WindowState[] {
  const { now, zoneMs } = ctx;
  switch (plan.kind) {
    case 'glm-coding': {
      const tokens = plan.limitType === 'TOKENS_LIMIT';
      const cap = tokens ? GLM_TOKENS_5H[plan.level] : GLM_CREDITS_5H[plan.level];
      const out = [createWindow('five_hour', 'main', cap, { kind: 'first_use', lengthMs: 5 * HOUR }, now)];
      if (plan.weekly ?? true) {
        out.push(
          createWindow(
            'weekly',
            'main',
            cap * 5,
            { kind: 'grid', bounds: periodicGrid(ctx.planStartedAt, WEEK) },
            now,
          ),
        );
      }
      if (plan.mcp ?? true) {
        const months = (t: number, k: number): number => addMonths(t, k, zoneMs);
        out.push(
          createWindow(
            'mcp_monthly',
            'mcp',
            GLM_MCP_MONTHLY[plan.level],
            { kind: 'grid', bounds: monthlyGrid(ctx.planStartedAt, months) },
            now,
          ),
        );
      }
      return out;
    }
    case 'minimax-token': {
      // Live captures: 5-hour cells counted from the day's midnight, weeks from Monday midnight.
      const fiveHours = { kind: 'grid', bounds: periodicGrid(startOfDay(now, zoneMs), 5 * HOUR) } as const;
      const weeks = { kind: 'grid', bounds: periodicGrid(startOfWeek(now, zoneMs), WEEK) } as const;
      const out = [
        createWindow('five_hour', 'main', MINIMAX_5H[plan.tier], fiveHours, now),
        createWindow('weekly', 'main', MINIMAX_5H[plan.tier] * 10, weeks, now),
      ];
      if ((plan.video ?? true) === true) {
        const days = { kind: 'grid', bounds: periodicGrid(startOfDay(now, zoneMs), DAY) } as const;
        out.push(createWindow('video_daily', 'video', MINIMAX_VIDEO_DAILY, days, now));
        out.push(createWindow('video_weekly', 'video', MINIMAX_VIDEO_WEEKLY, weeks, now));
      }
      return out;
    }
    case 'minimax-legacy': {
      const fiveHours = { kind: 'grid', bounds: periodicGrid(startOfDay(now, zoneMs), 5 * HOUR) } as const;
      return [createWindow('interval', 'main', MINIMAX_5H[plan.tier], fiveHours, now)];
    }
  }
}
