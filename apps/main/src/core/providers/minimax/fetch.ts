// Fetches a MiniMax account. Token Plan keys: /v1/token_plan/remains, falling back to the legacy
// coding_plan/remains when the new endpoint is missing (404/405) or refuses the key (2062).
// Pay-as-you-go sk-api- keys have no plan (2062 everywhere), so they go straight to the balance.
import type { AccountSnapshot } from '@contract';
import type { ProviderSession } from '../shared/session';
import { BALANCE_PATH, LEGACY_REMAINS_PATH, TOKEN_PLAN_PATH } from './descriptor';
import { parseQueryBalance } from './parse-balance';
import { parseRemains } from './parse-remains';

/** True for MiniMax pay-as-you-go keys. */
export function isPayAsYouGoKey(key: string): boolean {
  return key.trim().startsWith('sk-api-');
}

/** One snapshot of a MiniMax account (windows for plan keys, a wallet for sk-api- keys). */
export async function fetchMiniMax(session: ProviderSession): Promise<AccountSnapshot> {
  const headers = { authorization: `Bearer ${session.key}`, 'content-type': 'application/json' };
  if (isPayAsYouGoKey(session.key)) {
    const res = await session.get(BALANCE_PATH, headers);
    return parseQueryBalance(res.body, session.context(res));
  }
  const res = await session.get(TOKEN_PLAN_PATH, headers);
  if (res.status !== 404 && res.status !== 405) {
    const snapshot = parseRemains(res.body, { ...session.context(res), endpoint: 'token_plan' });
    if (snapshot.error?.providerCode !== '2062') return snapshot;
  }
  const legacy = await session.get(LEGACY_REMAINS_PATH, headers);
  return parseRemains(legacy.body, { ...session.context(legacy), endpoint: 'legacy' });
}
