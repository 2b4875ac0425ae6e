// Turns one entry of quota/limit's `limits[]` into a QuotaWindow. Windows are classified by their
// length (unit × number), never by their position: the weekly window exists only on newer plans.
import type { QuotaUnit, QuotaWindow, WindowKind } from '@contract';
import type { JsonRecord } from '../shared/json';
import { isRecord, num, str } from '../shared/json';
import { cleanPercent, percentFromCounts } from '../shared/snapshot';

// Confirmed by captures: 3 = hours (3/5 = 5-hour), 6 = weeks (6/1 = weekly), 5 = months (TIME_LIMIT
// 5/1 = the monthly MCP allowance). 4 = days per OpenUsage. Other units are ambiguous → unknown.
const UNIT_MINUTES: Partial<Record<number, number>> = { 3: 60, 4: 1440, 5: 43_200, 6: 10_080 };
const UNIT_WORD: Partial<Record<number, string>> = { 3: 'hour', 4: 'day', 5: 'month', 6: 'week' };

const KINDS: [number, WindowKind, string][] = [
  [300, 'five_hour', '5-hour'],
  [1440, 'daily', 'daily'],
  [10_080, 'weekly', 'weekly'],
  [43_200, 'monthly', 'monthly'],
];

export const LIMIT_TYPES = ['TOKENS_LIMIT', 'CREDIT_LIMIT', 'TIME_LIMIT'] as const;

function classify(
  unit: number | null,
  count: number | null,
): { minutes: number | null; kind: WindowKind; label: string } {
  const per = unit === null ? undefined : UNIT_MINUTES[unit];
  if (per === undefined || count === null || count <= 0)
    return { minutes: null, kind: 'other', label: 'window' };
  const minutes = per * count;
  const known = KINDS.find(([m]) => m === minutes);
  if (known) return { minutes, kind: known[1], label: known[2] };
  return { minutes, kind: 'other', label: `${count}-${UNIT_WORD[unit ?? 0] ?? 'unit'}` };
}

function mcpScope(entry: JsonRecord): string {
  const details = Array.isArray(entry.usageDetails) ? entry.usageDetails : [];
  const tools = details
    .filter(isRecord)
    .map((d) => str(d.modelCode))
    .filter((c): c is string => c !== null)
    .sort();
  return tools.length > 0 ? tools.join(',') : 'mcp';
}

/** The window an entry describes, or null when its type is unknown or it has no usable figure. */
export function limitToWindow(entry: JsonRecord): QuotaWindow | null {
  const type = str(entry.type)?.toUpperCase();
  if (type !== 'TOKENS_LIMIT' && type !== 'CREDIT_LIMIT' && type !== 'TIME_LIMIT') return null;
  const { minutes, kind, label } = classify(num(entry.unit), num(entry.number));
  // `usage` is the cap, `currentValue` what was used, `remaining` what is left (may be off by one).
  const limit = num(entry.usage);
  const usedRaw = num(entry.currentValue);
  const remainingRaw = num(entry.remaining);
  let used: number | null = null;
  let remaining: number | null = null;
  let usedPercent: number | null = null;
  if (limit !== null && limit > 0 && (usedRaw !== null || remainingRaw !== null)) {
    used = usedRaw ?? limit - (remainingRaw ?? 0);
    remaining = remainingRaw ?? Math.max(0, limit - used);
    usedPercent = percentFromCounts(used, limit);
  }
  if (usedPercent === null) {
    const pct = num(entry.percentage);
    if (pct === null) return null;
    usedPercent = cleanPercent(pct);
  }
  let unit: QuotaUnit;
  if (type === 'TIME_LIMIT') unit = 'calls';
  else if (type === 'CREDIT_LIMIT') unit = 'credits';
  else unit = limit !== null ? 'tokens' : 'percent';
  return {
    kind,
    label: type === 'TIME_LIMIT' ? `MCP ${label}` : label,
    windowMinutes: minutes,
    usedPercent,
    used,
    limit,
    remaining,
    unit,
    resetsAt: num(entry.nextResetTime),
    scope: type === 'TIME_LIMIT' ? mcpScope(entry) : null,
  };
}

/** Shortest window first (the headline), unknown lengths last; equal lengths keep their order. */
export function byLength(a: QuotaWindow, b: QuotaWindow): number {
  if (a.windowMinutes === b.windowMinutes) return 0;
  if (a.windowMinutes === null) return 1;
  if (b.windowMinutes === null) return -1;
  return a.windowMinutes - b.windowMinutes;
}
