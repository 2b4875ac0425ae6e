// Which simulated host serves which provider and region, and what each host implies: currency,
// time zone and message language (bigmodel answers "操作成功", z.ai "Operation successful").
import type { ProviderId, Region } from '@contract';
import type { SimHost } from './types';
import { BEIJING } from './model/time';

export interface HostInfo {
  /** Currency of wallets on this host (GLM and MiniMax payloads carry none). */
  currency: string;
  /** Offset of the host's time zone from UTC, in ms. */
  zoneMs: number;
  lang: 'zh' | 'en';
}

export const HOST_INFO: Record<SimHost, HostInfo> = {
  bigmodel: { currency: 'CNY', zoneMs: BEIJING, lang: 'zh' },
  // Zhipu runs both GLM hosts; their usage series read times in Beijing time.
  zai: { currency: 'USD', zoneMs: BEIJING, lang: 'en' },
  minimaxi: { currency: 'CNY', zoneMs: BEIJING, lang: 'zh' },
  'minimax-io': { currency: 'USD', zoneMs: 0, lang: 'en' },
  deepseek: { currency: 'CNY', zoneMs: BEIJING, lang: 'en' },
};

/** The region a provider uses when none is given (glm: cn, glm-coding-plan: global, others: none). */
export function defaultRegion(provider: ProviderId): Region | null {
  if (provider === 'glm') return 'cn';
  if (provider === 'glm-coding-plan') return 'global';
  return null;
}

/** The host that serves `provider` in `region` (null = the provider's default). */
export function hostFor(provider: ProviderId, region: Region | null | undefined): SimHost {
  switch (provider) {
    case 'glm':
    case 'glm-coding-plan':
      return (region ?? defaultRegion(provider)) === 'cn' ? 'bigmodel' : 'zai';
    case 'minimax-cn':
      return 'minimaxi';
    case 'minimax-global':
      return 'minimax-io';
    case 'deepseek':
      return 'deepseek';
  }
}

/** Whether `host` is one of the two GLM hosts. */
export const isGlmHost = (host: SimHost): boolean => host === 'bigmodel' || host === 'zai';
/** Whether `host` is one of the two MiniMax hosts. */
export const isMiniMaxHost = (host: SimHost): boolean => host === 'minimaxi' || host === 'minimax-io';
