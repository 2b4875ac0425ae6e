// Fetches a DeepSeek account's balance, and its model list for the add dialog.
import type { AccountSnapshot, ModelOption } from '@contract';
import type { ProviderSession } from '../shared/session';
import { BALANCE_PATH, MODELS_PATH } from './descriptor';
import { parseDeepSeekBalance } from './parse-balance';
import { parseDeepSeekModels } from './parse-models';

function headers(session: ProviderSession): Record<string, string> {
  return { authorization: `Bearer ${session.key}` };
}

/** One snapshot of a DeepSeek account. */
export async function fetchDeepSeek(session: ProviderSession): Promise<AccountSnapshot> {
  const res = await session.get(BALANCE_PATH, headers(session));
  return parseDeepSeekBalance(res.body, session.context(res));
}

/** The models this key can use, or null when /models did not answer with a list. */
export async function fetchDeepSeekModels(session: ProviderSession): Promise<ModelOption[] | null> {
  const res = await session.get(MODELS_PATH, headers(session));
  return res.status === 200 ? parseDeepSeekModels(res.body) : null;
}
