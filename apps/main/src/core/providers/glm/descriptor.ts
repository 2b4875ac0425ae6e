// Static facts about Zhipu GLM pay-as-you-go.
import type { ProviderInfo } from '@contract';

export const GLM_HOSTS = {
  // The console ("biz") host answers API-key calls for the account report (CodexBar, 2026-08).
  cn: 'https://www.bigmodel.cn',
  global: 'https://api.z.ai',
} as const;

export const GLM_ACCOUNT_PATH = '/api/biz/account/query-customer-account-report';
export const GLM_PACKAGES_PATH = '/api/biz/tokenAccounts/list/my?pageNum=1&pageSize=50&filterEnabled=false';

export const glmInfo: ProviderInfo = {
  id: 'glm',
  name: 'Zhipu GLM (pay-as-you-go)',
  regions: ['cn', 'global'],
  defaultRegion: 'cn',
  defaultBaseUrl: { ...GLM_HOSTS },
  models: [
    { id: 'glm-5.1', label: 'GLM-5.1' },
    { id: 'glm-5', label: 'GLM-5' },
    { id: 'glm-4-plus', label: 'GLM-4-Plus' },
    { id: 'glm-4-air', label: 'GLM-4-Air' },
    { id: 'glm-4-flash', label: 'GLM-4-Flash' },
    { id: 'glm-4-long', label: 'GLM-4-Long' },
    { id: 'glm-4v-plus', label: 'GLM-4V-Plus' },
  ],
  keyFormatHint: 'id.secret',
  // Undocumented console endpoints with no published limit; the reference says about once a
  // minute. 30 s still sees activity; tracking stays at one call a minute.
  minSnapshotIntervalSec: 30,
  minTrackingIntervalSec: 60,
  hasModelsEndpoint: false,
};
