// MiniMax quota rows. On /v1/token_plan/remains the general pool is percent-driven (its counts are
// 0) and `current_interval_usage_count` is the USED count; on the legacy coding_plan/remains the
// same field is the REMAINING count. `*_remaining_percent` is REMAINING. `remains_time` is a
// duration until `end_time`, not a time.
import type { SimAccount } from '../accounts';
import type { SimMiniMaxTokenPlan } from '../types';
import type { WindowState } from '../model/windows';
import { SUCCESS } from './messages';

type Row = Record<string, unknown>;

const remainingPercent = (w: WindowState, used: number): number =>
  Math.max(0, Math.floor(100 - (used / w.limit) * 100));

function intervalFields(w: WindowState, now: number): Row {
  const start = w.start ?? now;
  const end = w.end ?? now;
  return { start_time: start, end_time: end, remains_time: Math.max(0, end - now) };
}

/** One pool row; `counted` pools report counts, `legacy` flips usage_count to the remaining count. */
function poolRow(
  name: string,
  interval: WindowState,
  weekly: WindowState,
  now: number,
  counted: boolean,
  legacy: boolean,
): Row {
  const iUsed = counted ? Math.floor(interval.used) : interval.used;
  const wUsed = counted ? Math.floor(weekly.used) : weekly.used;
  const iTotal = counted ? interval.limit : 0;
  const wTotal = counted ? weekly.limit : 0;
  const usage = (total: number, used: number): number => (!counted ? 0 : legacy ? total - used : used);
  const wEnd = weekly.end ?? now;
  return {
    ...intervalFields(interval, now),
    current_interval_total_count: iTotal,
    current_interval_usage_count: usage(iTotal, iUsed),
    model_name: name,
    current_weekly_total_count: wTotal,
    current_weekly_usage_count: usage(wTotal, wUsed),
    weekly_start_time: weekly.start ?? now,
    weekly_end_time: wEnd,
    weekly_remains_time: Math.max(0, wEnd - now),
    current_interval_status: 1,
    current_interval_remaining_percent: remainingPercent(interval, iUsed),
    current_weekly_status: 1,
    current_weekly_remaining_percent: remainingPercent(weekly, wUsed),
  };
}

/** A pool the plan does not include: zero totals on both windows and status 3. */
function notIncludedRow(name: string, like: Row): Row {
  return {
    ...like,
    current_interval_total_count: 0,
    current_interval_usage_count: 0,
    model_name: name,
    current_weekly_total_count: 0,
    current_weekly_usage_count: 0,
    current_interval_status: 3,
    current_interval_remaining_percent: 100,
    current_weekly_status: 3,
    current_weekly_remaining_percent: 100,
  };
}

/** Rows of a token plan (general pool, then video), as token_plan/remains or the legacy path reports them. */
export function tokenPlanRows(
  account: SimAccount,
  plan: SimMiniMaxTokenPlan,
  now: number,
  legacy: boolean,
): Row[] {
  const m = account.model;
  const five = m.window('five_hour');
  const week = m.window('weekly');
  if (!five || !week) return [];
  const general = poolRow('general', five, week, now, false, legacy);
  if (plan.weeklyBoostPermille !== undefined) general.weekly_boost_permille = plan.weeklyBoostPermille;
  const rows = [general];
  const vDay = m.window('video_daily');
  const vWeek = m.window('video_weekly');
  if (vDay && vWeek) rows.push(poolRow('video', vDay, vWeek, now, true, legacy));
  else if (plan.video === 'not_included') rows.push(notIncludedRow('video', general));
  return rows;
}

/** The token_plan/remains body: top level, or `data`-wrapped with the plan title and points. */
export function tokenPlanBody(account: SimAccount, plan: SimMiniMaxTokenPlan, now: number): unknown {
  const model_remains = tokenPlanRows(account, plan, now, false);
  if (!plan.dataWrapped) return { model_remains, base_resp: SUCCESS };
  const title = `Token Plan ${plan.tier[0]?.toUpperCase() ?? ''}${plan.tier.slice(1)}`;
  return {
    data: { model_remains, current_subscribe_title: title, points_balance: '14000' },
    base_resp: SUCCESS,
  };
}

/** The legacy coding_plan/remains body of an old Coding Plan: counts only, usage_count REMAINING. */
export function legacyPlanBody(account: SimAccount, now: number): unknown {
  const w = account.model.window('interval');
  if (!w) return { model_remains: [], base_resp: SUCCESS };
  const used = Math.floor(w.used);
  const row = {
    model_name: 'MiniMax-M2',
    ...intervalFields(w, now),
    current_interval_total_count: w.limit,
    current_interval_usage_count: w.limit - used,
  };
  return { model_remains: [row], base_resp: SUCCESS };
}
