// Static facts about DeepSeek (one global platform, prepaid wallet, documented balance API).
import type { ModelOption, ProviderInfo } from '@contract';

export const DEEPSEEK_HOST = 'https://api.deepseek.com';
export const BALANCE_PATH = '/user/balance';
export const MODELS_PATH = '/models';

/** Labels for the API's model ids; /models returns bare ids. */
export const DEEPSEEK_MODEL_LABELS: Record<string, string> = {
  'deepseek-chat': 'DeepSeek-V3.2 (chat)',
  'deepseek-reasoner': 'DeepSeek-V3.2 (reasoner)',
};

// The seed also offered "DeepSeek-R1", `deepseek-coder` and `deepseek-v3.1`: none is an API model
// id today (deepseek-coder was merged into deepseek-chat; deepseek-v3.1 never was one), so binding
// an account to them would name a model the API rejects. They are left out on purpose.
const SEED_MODELS: ModelOption[] = Object.entries(DEEPSEEK_MODEL_LABELS).map(([id, label]) => ({
  id,
  label,
}));

export const deepseekInfo: ProviderInfo = {
  id: 'deepseek',
  name: 'DeepSeek',
  regions: [],
  defaultRegion: null,
  defaultBaseUrl: { default: DEEPSEEK_HOST },
  models: SEED_MODELS,
  keyFormatHint: 'sk-…',
  // The balance is settled in batches some time after the requests that spent it, so polling
  // faster than once a minute only shows the same figure again, then a late step. One a minute
  // is also what the docs' community deems safe (no published limit for /user/balance).
  minSnapshotIntervalSec: 60,
  minTrackingIntervalSec: 60,
  hasModelsEndpoint: true,
};
