// Pure parser for /api/monitor/usage/model-usage: per-model token series for the detail view.
// Not part of the snapshot; the UI asks for it when the user opens an account.
import type { SnapshotError } from '@contract';
import type { JsonRecord } from '../shared/json';
import { isRecord, num, str } from '../shared/json';
import { decodeJson, httpStatusFailure, snapshotError } from '../shared/response';
import { parseProviderTime } from '../shared/time';
import type { ParseContext } from '../types';
import { glmEnvelopeFailure } from '../glm/envelope';

export interface ModelUsageSeries {
  /** The provider's bucket size: 'hourly' for ranges up to ~7 days, 'daily' beyond; null if unsaid. */
  granularity: string | null;
  /** Bucket labels as sent ("2026-08-25" or "2026-08-25 22:00"). */
  labels: string[];
  /** Bucket starts in epoch ms, reading the labels as Beijing time (UTC+8); null when unreadable. */
  starts: (number | null)[];
  /** Model calls per bucket (null where the provider sent null). */
  calls: (number | null)[];
  /** Tokens per bucket, all models. */
  tokens: (number | null)[];
  /** One series per model, in the provider's sort order. */
  models: { model: string; tokens: (number | null)[]; totalTokens: number | null }[];
  totalCalls: number | null;
  totalTokens: number | null;
}

export type ModelUsageParse = { ok: true; series: ModelUsageSeries } | { ok: false; error: SnapshotError };

function numbers(value: unknown, length: number): (number | null)[] {
  const list = Array.isArray(value) ? value : [];
  return Array.from({ length }, (_, i) => num(list[i]));
}

function parseData(data: JsonRecord): ModelUsageSeries | null {
  if (!Array.isArray(data.x_time)) return null;
  const labels = data.x_time.map((x) => (typeof x === 'string' ? x : String(x)));
  const n = labels.length;
  const totals = isRecord(data.totalUsage) ? data.totalUsage : {};
  const models = (Array.isArray(data.modelDataList) ? data.modelDataList : [])
    .filter(isRecord)
    .map((m) => ({ row: m, order: num(m.sortOrder) ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.order - b.order)
    .map(({ row }) => ({
      model: str(row.modelName) ?? 'unknown',
      tokens: numbers(row.tokensUsage, n),
      totalTokens: num(row.totalTokens),
    }));
  return {
    granularity: str(data.granularity),
    labels,
    starts: labels.map((l) => parseProviderTime(l)),
    calls: numbers(data.modelCallCount, n),
    tokens: numbers(data.tokensUsage, n),
    models,
    totalCalls: num(totals.totalModelCallCount),
    totalTokens: num(totals.totalTokensUsage),
  };
}

/** Parses a model-usage answer into a series, or the classified failure. */
export function parseModelUsage(body: unknown, ctx: ParseContext): ModelUsageParse {
  const status = ctx.httpStatus ?? 200;
  const failure = httpStatusFailure(status, ctx.headers ?? {}, body, ctx.now);
  if (failure) return { ok: false, error: failure };
  const decoded = decodeJson(body, status);
  if (!decoded.ok) return decoded;
  const json = decoded.json;
  if (!isRecord(json))
    return { ok: false, error: snapshotError('parse_error', 'unexpected response shape: not a JSON object') };
  const envelope = glmEnvelopeFailure(json, ctx, { codingPlan: true });
  if (envelope) return { ok: false, error: envelope };
  const series = isRecord(json.data) ? parseData(json.data) : null;
  if (!series)
    return {
      ok: false,
      error: snapshotError('parse_error', 'unexpected response shape: data.x_time missing'),
    };
  return { ok: true, series };
}
