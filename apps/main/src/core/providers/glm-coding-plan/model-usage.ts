// Fetches the per-model token series for a time range (the account detail view).
import { ProviderError } from '../shared/provider-error';
import type { ProviderSession } from '../shared/session';
import { getWithAuthFallback } from './auth';
import { MODEL_USAGE_PATH } from './descriptor';
import type { ModelUsageSeries } from './parse-model-usage';
import { parseModelUsage } from './parse-model-usage';

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** `yyyy-MM-dd HH:mm:ss` in Beijing time, the format the console sends. */
export function formatMonitorTime(epochMs: number): string {
  return new Date(epochMs + BEIJING_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** The model-usage series between `from` and `to` (epoch ms); throws ProviderError on failure. */
export async function fetchModelUsage(
  session: ProviderSession,
  range: { from: number; to: number },
): Promise<ModelUsageSeries> {
  const query = new URLSearchParams({
    startTime: formatMonitorTime(range.from),
    endTime: formatMonitorTime(range.to),
  });
  const { res } = await getWithAuthFallback(session, `${MODEL_USAGE_PATH}?${query.toString()}`);
  const parsed = parseModelUsage(res.body, session.context(res));
  if (!parsed.ok) throw new ProviderError(parsed.error);
  return parsed.series;
}
