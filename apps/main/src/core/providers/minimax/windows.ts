// One model_remains row → its interval window (5-hour for text, 24-hour for video) and its weekly
// window. The percent fields say what is LEFT; counts mean different things per endpoint.
import type { QuotaWindow, WindowKind } from '@contract';
import type { JsonRecord } from '../shared/json';
import { num, str } from '../shared/json';
import { cleanPercent, percentFromCounts } from '../shared/snapshot';

/** Which endpoint answered: it decides whether usage_count is used or remaining. */
export type RemainsEndpoint = 'token_plan' | 'legacy';

interface Fields {
  start: string;
  end: string;
  /** A duration in ms until the reset, not a time. */
  remainsTime: string;
  total: string;
  usage: string;
  remainingPercent: string;
  status: string;
}

const INTERVAL: Fields = {
  start: 'start_time',
  end: 'end_time',
  remainsTime: 'remains_time',
  total: 'current_interval_total_count',
  usage: 'current_interval_usage_count',
  remainingPercent: 'current_interval_remaining_percent',
  status: 'current_interval_status',
};

const WEEKLY: Fields = {
  start: 'weekly_start_time',
  end: 'weekly_end_time',
  remainsTime: 'weekly_remains_time',
  total: 'current_weekly_total_count',
  usage: 'current_weekly_usage_count',
  remainingPercent: 'current_weekly_remaining_percent',
  status: 'current_weekly_status',
};

const KNOWN: [minutes: number, tolerance: number, kind: WindowKind, label: string][] = [
  [300, 5, 'five_hour', '5-hour'],
  [1440, 10, 'daily', 'daily'],
  [10_080, 60, 'weekly', 'weekly'],
];

function classify(minutes: number | null, weeklyFields: boolean): { kind: WindowKind; label: string } {
  if (minutes !== null) {
    const known = KNOWN.find(([m, tol]) => Math.abs(minutes - m) <= tol);
    if (known) return { kind: known[2], label: known[3] };
    const hours = Math.round(minutes / 60);
    return { kind: 'other', label: hours >= 1 ? `${hours}-hour` : `${minutes}-minute` };
  }
  return weeklyFields ? { kind: 'weekly', label: 'weekly' } : { kind: 'other', label: 'interval' };
}

export type RowWindow = QuotaWindow | 'not_included' | 'unusable' | null;

function windowFrom(
  row: JsonRecord,
  f: Fields,
  weekly: boolean,
  endpoint: RemainsEndpoint,
  now: number,
): RowWindow {
  const keys = [f.start, f.end, f.total, f.usage, f.remainingPercent];
  if (!keys.some((k) => row[k] !== undefined && row[k] !== null)) return null;
  const total = num(row[f.total]);
  // status 3 with no cap: unlimited, or a pool this plan does not include. Nothing to watch.
  if (num(row[f.status]) === 3 && (total === null || total === 0)) return 'not_included';
  const start = num(row[f.start]);
  const end = num(row[f.end]);
  const minutes = start !== null && end !== null && end > start ? Math.round((end - start) / 60_000) : null;
  const usage = num(row[f.usage]);
  let used: number | null = null;
  let limit: number | null = null;
  let remaining: number | null = null;
  if (total !== null && total > 0 && usage !== null) {
    limit = total;
    // token_plan counts what was USED (official CLI fix a4bbafc); legacy counts what REMAINS.
    used = endpoint === 'token_plan' ? usage : Math.max(0, total - usage);
    remaining = endpoint === 'token_plan' ? Math.max(0, total - usage) : usage;
  }
  const remainingPercent = num(row[f.remainingPercent]);
  const usedPercent =
    remainingPercent !== null
      ? cleanPercent(100 - remainingPercent)
      : used !== null && limit !== null
        ? percentFromCounts(used, limit)
        : null;
  if (usedPercent === null) return 'unusable';
  const remainsTime = num(row[f.remainsTime]);
  const { kind, label } = classify(minutes, weekly);
  return {
    kind,
    label,
    windowMinutes: minutes,
    usedPercent,
    used,
    limit,
    remaining,
    unit: 'requests',
    resetsAt: end ?? (remainsTime !== null ? now + remainsTime : null),
    scope: str(row.model_name),
  };
}

/** The interval and weekly windows of one row (null where the row has no such window). */
export function rowWindows(row: JsonRecord, endpoint: RemainsEndpoint, now: number): RowWindow[] {
  return [windowFrom(row, INTERVAL, false, endpoint, now), windowFrom(row, WEEKLY, true, endpoint, now)];
}
