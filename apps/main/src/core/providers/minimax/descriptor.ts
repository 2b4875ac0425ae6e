// Static facts about MiniMax: one adapter, two providers (China and Global are separate
// platforms with separate keys, hosts and currencies).
import type { ProviderInfo } from '@contract';

export type MiniMaxProviderId = 'minimax-cn' | 'minimax-global';

export const MINIMAX_HOSTS: Record<MiniMaxProviderId, string> = {
  'minimax-cn': 'https://api.minimaxi.com',
  'minimax-global': 'https://api.minimax.io',
};

/** No currency in the payloads: the platform decides it. */
export const MINIMAX_CURRENCY: Record<MiniMaxProviderId, string> = {
  'minimax-cn': 'CNY',
  'minimax-global': 'USD',
};

export const TOKEN_PLAN_PATH = '/v1/token_plan/remains';
export const LEGACY_REMAINS_PATH = '/v1/api/openplatform/coding_plan/remains';
export const BALANCE_PATH = '/account/query_balance';

const MODELS = [
  { id: 'MiniMax-M2.7', label: 'MiniMax-M2.7' },
  { id: 'MiniMax-M2.5', label: 'MiniMax-M2.5' },
  { id: 'MiniMax-M2.1', label: 'MiniMax-M2.1' },
  { id: 'MiniMax-M2-her', label: 'MiniMax-M2-her' },
  { id: 'Hailuo-2.3', label: 'Hailuo-2.3' },
];

function info(id: MiniMaxProviderId, name: string): ProviderInfo {
  return {
    id,
    name,
    regions: [],
    defaultRegion: null,
    defaultBaseUrl: { default: MINIMAX_HOSTS[id] },
    models: MODELS.map((m) => ({ ...m })),
    keyFormatHint: 'sk-cp-… (Token Plan) or sk-api-… (pay-as-you-go balance)',
    // remains is what the official CLI and the console poll; no limit is published. Same
    // cadence as the GLM Coding Plan.
    minSnapshotIntervalSec: 15,
    minTrackingIntervalSec: 60,
    hasModelsEndpoint: false,
  };
}

export const minimaxCnInfo = info('minimax-cn', 'MiniMax China (Token Plan)');
export const minimaxGlobalInfo = info('minimax-global', 'MiniMax Global (Token Plan)');
