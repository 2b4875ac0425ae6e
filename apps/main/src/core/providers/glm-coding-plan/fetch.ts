// Fetches a GLM Coding Plan account: quota windows decide the status; the plan's product name
// comes from the subscription list when it answers (else from data.level).
import type { AccountSnapshot } from '@contract';
import { isAbortError } from '../../http/errors';
import type { ProviderSession } from '../shared/session';
import { getWithAuthFallback, monitorHeaders } from './auth';
import { QUOTA_PATH, SUBSCRIPTION_PATH } from './descriptor';
import { parseQuotaLimit } from './parse-quota';
import { parseSubscriptionList } from './parse-subscription';
import { cachedPlanName, rememberPlanName } from './plan-name-cache';

async function subscriptionName(session: ProviderSession, authorization: string): Promise<string | null> {
  const cached = cachedPlanName(session.baseUrl, session.key, session.deps.now());
  if (cached !== undefined) return cached;
  try {
    const res = await session.get(SUBSCRIPTION_PATH, monitorHeaders(authorization));
    const parsed = parseSubscriptionList(res.body, session.context(res));
    const name = parsed.status === 'ok' ? parsed.planName : null;
    rememberPlanName(session.baseUrl, session.key, name, session.deps.now());
    return name;
  } catch (error) {
    if (isAbortError(error)) throw error;
    session.deps.logger?.debug('glm-coding-plan subscription unavailable', { error });
    return null;
  }
}

/** One snapshot of a GLM Coding Plan account. */
export async function fetchCodingPlan(session: ProviderSession): Promise<AccountSnapshot> {
  const { res, authorization } = await getWithAuthFallback(session, QUOTA_PATH);
  const snapshot = parseQuotaLimit(res.body, session.context(res));
  if (snapshot.status !== 'ok') return snapshot;
  const name = await subscriptionName(session, authorization);
  if (name !== null) snapshot.planName = name;
  return snapshot;
}
