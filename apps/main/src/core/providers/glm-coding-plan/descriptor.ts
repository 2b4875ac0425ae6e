// Static facts about the GLM Coding Plan (Z.ai global, BigModel China).
import type { ProviderInfo } from '@contract';

export const CODING_PLAN_HOSTS = {
  global: 'https://api.z.ai',
  cn: 'https://open.bigmodel.cn',
} as const;

export const QUOTA_PATH = '/api/monitor/usage/quota/limit';
export const SUBSCRIPTION_PATH = '/api/biz/subscription/list';
export const MODEL_USAGE_PATH = '/api/monitor/usage/model-usage';

export const codingPlanInfo: ProviderInfo = {
  id: 'glm-coding-plan',
  name: 'GLM Coding Plan',
  regions: ['global', 'cn'],
  defaultRegion: 'global',
  defaultBaseUrl: { ...CODING_PLAN_HOSTS },
  models: [
    { id: 'glm-5.1', label: 'GLM-5.1' },
    { id: 'glm-5', label: 'GLM-5' },
    { id: 'glm-4.7', label: 'GLM-4.7' },
    { id: 'glm-4.6', label: 'GLM-4.6' },
    { id: 'glm-4.5', label: 'GLM-4.5' },
    { id: 'glm-4.5-air', label: 'GLM-4.5-Air' },
  ],
  keyFormatHint: 'id.secret',
  // The monitor endpoint is what the official plugin and the console poll; no limit is
  // published. 15 s catches the start of a burst within one detecting tick without hammering it.
  minSnapshotIntervalSec: 15,
  minTrackingIntervalSec: 60,
  hasModelsEndpoint: false,
};
