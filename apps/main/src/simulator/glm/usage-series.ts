// `/api/monitor/usage/model-usage` and `/tool-usage`: hourly series for ranges up to 7 days, daily
// beyond, labelled in Beijing time; buckets in the future are null, as the real series pads them.
import type { SimAccount } from '../accounts';
import type { SimGlmPlan } from '../types';
import type { Lang } from './messages';
import type { Pool } from '../model/history';
import { DAY, HOUR, WEEK, formatLocal, parseLocal, startOfDay } from '../model/time';

interface Buckets {
  labels: string[];
  starts: number[];
  length: number;
  granularity: 'hourly' | 'daily';
}

/** Buckets for the `startTime`/`endTime` query (`yyyy-MM-dd HH:mm:ss`, zone `zoneMs`); default the last 24 h. */
export function bucketsFor(query: URLSearchParams, now: number, zoneMs: number): Buckets {
  let from = parseLocal(query.get('startTime') ?? '', zoneMs) ?? now - DAY;
  let to = parseLocal(query.get('endTime') ?? '', zoneMs) ?? now;
  if (to < from) [from, to] = [to, from];
  from = Math.max(from, to - 92 * DAY); // the console never asks for more than a quarter
  const hourly = to - from <= WEEK;
  const length = hourly ? HOUR : DAY;
  const starts: number[] = [];
  for (let b = hourly ? Math.floor(from / HOUR) * HOUR : startOfDay(from, zoneMs); b <= to; b += length)
    starts.push(b);
  const labels = starts.map((b) => formatLocal(b, zoneMs, hourly ? 'hour' : 'date'));
  return { labels, starts, length, granularity: hourly ? 'hourly' : 'daily' };
}

function series(account: SimAccount, b: Buckets, pool: Pool, now: number): (number | null)[] {
  return b.starts.map((s) => (s > now ? null : account.model.history.sum(s, s + b.length, pool)));
}

const sumOf = (xs: (number | null)[]): number => xs.reduce<number>((a, x) => a + (x ?? 0), 0);

/** Tokens per plan unit: credits stand for model tokens at a fixed rate; legacy plans count tokens. */
const tokensPerUnit = (plan: SimGlmPlan): number => (plan.limitType === 'TOKENS_LIMIT' ? 1 : 25_000);

/** The `data` of model-usage: per-model token series (a 75/25 split over the plan's two models). */
export function modelUsageData(account: SimAccount, plan: SimGlmPlan, b: Buckets, now: number): unknown {
  const tokens = series(account, b, 'main', now).map((u) =>
    u === null ? null : Math.round(u * tokensPerUnit(plan)),
  );
  const first = tokens.map((t) => (t === null ? null : Math.round(t * 0.75)));
  const second = tokens.map((t, i) => (t === null ? null : t - (first[i] ?? 0)));
  const calls = tokens.map((t) => (t === null ? null : Math.round(t / 150_000)));
  const models = [
    { modelName: 'GLM-5.1', sortOrder: 1, tokensUsage: first, totalTokens: sumOf(first) },
    { modelName: 'GLM-4.7', sortOrder: 2, tokensUsage: second, totalTokens: sumOf(second) },
  ];
  return {
    x_time: b.labels,
    modelCallCount: calls,
    tokensUsage: tokens,
    totalUsage: {
      totalModelCallCount: sumOf(calls),
      totalTokensUsage: sumOf(tokens),
      modelSummaryList: models.map(({ modelName, totalTokens, sortOrder }) => ({
        modelName,
        totalTokens,
        sortOrder,
      })),
    },
    modelDataList: models,
    granularity: b.granularity,
  };
}

const TOOLS = [
  { code: 'search-prime', zh: '联网搜索 MCP', en: 'Web Search MCP' },
  { code: 'web-reader', zh: '网页读取 MCP', en: 'Web Reader MCP' },
  { code: 'zread', zh: '开源仓库 MCP', en: 'Zread MCP' },
] as const;

/** Whole numbers per bucket that add up like the fractional series does (floors of running sums). */
function wholeSeries(raw: (number | null)[], share: number): (number | null)[] {
  let cum = 0;
  return raw.map((x) => {
    if (x === null) return null;
    const before = Math.floor(cum * share);
    cum += x;
    return Math.floor(cum * share) - before;
  });
}

/** The `data` of tool-usage: MCP calls per tool and bucket; only tools with calls are listed. */
export function toolUsageData(account: SimAccount, b: Buckets, now: number, lang: Lang): unknown {
  const raw = series(account, b, 'mcp', now);
  const perTool = [wholeSeries(raw, 0.6), wholeSeries(raw, 0.3), wholeSeries(raw, 0.1)];
  const [search = [], reader = [], zread = []] = perTool;
  const totals = perTool.map(sumOf);
  return {
    x_time: b.labels,
    networkSearchCount: search,
    webReadMcpCount: reader,
    zreadMcpCount: zread,
    totalUsage: {
      totalNetworkSearchCount: totals[0] ?? 0,
      totalWebReadMcpCount: totals[1] ?? 0,
      totalZreadMcpCount: totals[2] ?? 0,
      totalSearchMcpCount: totals.reduce((a, x) => a + x, 0),
    },
    toolDataList: TOOLS.map((tool, i) => ({
      toolCode: tool.code,
      toolName: tool[lang],
      totalUsageCount: totals[i] ?? 0,
      sortOrder: i + 1,
    })).filter((t) => t.totalUsageCount > 0),
    granularity: b.granularity,
  };
}
