// Which adapter serves which provider id, and where each account's requests go.
import type { ProviderId, ProviderInfo, Region } from '@contract';
import { assertAllowedUrl } from '../http/url-policy';
import { deepseekInfo } from './deepseek/descriptor';
import { fetchDeepSeek, fetchDeepSeekModels } from './deepseek/fetch';
import { glmInfo } from './glm/descriptor';
import { fetchGlm } from './glm/fetch';
import { codingPlanInfo } from './glm-coding-plan/descriptor';
import { fetchCodingPlan } from './glm-coding-plan/fetch';
import { minimaxCnInfo, minimaxGlobalInfo } from './minimax/descriptor';
import { fetchMiniMax } from './minimax/fetch';
import type { ProviderAdapter } from './shared/adapter';
import type { ProbeTarget } from './types';

const ADAPTERS: Record<ProviderId, ProviderAdapter> = {
  glm: { info: glmInfo, fetch: fetchGlm },
  'glm-coding-plan': { info: codingPlanInfo, fetch: fetchCodingPlan },
  'minimax-cn': { info: minimaxCnInfo, fetch: fetchMiniMax },
  'minimax-global': { info: minimaxGlobalInfo, fetch: fetchMiniMax },
  deepseek: { info: deepseekInfo, fetch: fetchDeepSeek, listModels: fetchDeepSeekModels },
};

/** The adapter for a provider id; throws for an id outside the contract. */
export function adapterFor(provider: ProviderId): ProviderAdapter {
  const adapter = (ADAPTERS as Partial<Record<string, ProviderAdapter>>)[provider];
  if (!adapter) throw new Error(`unknown provider: ${provider}`);
  return adapter;
}

/** The provider's static facts (a copy: callers may not change the registry). */
export function infoFor(provider: ProviderId): ProviderInfo {
  return structuredClone(adapterFor(provider).info);
}

/** The region an account uses: its own when the provider has it, else the provider's default. */
export function effectiveRegion(provider: ProviderId, region: Region | null): Region | null {
  const info = adapterFor(provider).info;
  return region !== null && info.regions.includes(region) ? region : info.defaultRegion;
}

/** The override (validated by assertAllowedUrl, no trailing slash) or the region's default host. */
export function baseUrlFor(target: Pick<ProbeTarget, 'provider' | 'region' | 'baseUrl'>): string {
  const override = target.baseUrl?.trim();
  if (override) {
    const url = assertAllowedUrl(override);
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  }
  const info = adapterFor(target.provider).info;
  const region = effectiveRegion(target.provider, target.region);
  const host = info.defaultBaseUrl[region ?? 'default'];
  if (!host) throw new Error(`no default host for ${target.provider} (${region ?? 'default'})`);
  return host;
}
