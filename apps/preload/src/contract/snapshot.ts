// The normalized usage model (../shared/design/USAGE-MODEL.md). Field names are the JSON names that
// `cpms probe --json` prints and scripts read: keep them stable.

/** Provider ids, the seed's names. */
export const PROVIDER_IDS = ['glm', 'glm-coding-plan', 'minimax-cn', 'minimax-global', 'deepseek'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export const REGIONS = ['cn', 'global'] as const;
export type Region = (typeof REGIONS)[number];

export const SNAPSHOT_STATUSES = [
  'ok',
  'auth_error',
  'no_plan',
  'rate_limited',
  'network_error',
  'timeout',
  'provider_error',
  'parse_error',
] as const;
export type SnapshotStatus = (typeof SNAPSHOT_STATUSES)[number];
/** Every status except `ok`: the kinds a fetch can fail with. */
export type FailureKind = Exclude<SnapshotStatus, 'ok'>;

export type WindowKind = 'five_hour' | 'daily' | 'weekly' | 'monthly' | 'other';
export type QuotaUnit = 'credits' | 'tokens' | 'requests' | 'calls' | 'percent';

/** One quota window (a 5-hour credit window, a weekly request cap, a monthly tool-call allowance). */
export interface QuotaWindow {
  kind: WindowKind;
  /** The provider's own sense, short ("5-hour", "weekly", "MCP monthly"). */
  label: string;
  windowMinutes: number | null;
  /** Always *used*, 0..100. */
  usedPercent: number;
  used: number | null;
  limit: number | null;
  remaining: number | null;
  unit: QuotaUnit;
  /** Epoch ms of the next reset, or null when the provider gives none. */
  resetsAt: number | null;
  /** Pool or tool the window covers (MiniMax model_name, GLM MCP tools), or null. */
  scope: string | null;
}

/** Money held with a provider, one entry per currency. */
export interface Wallet {
  currency: string;
  available: number | null;
  granted: number | null;
  paid: number | null;
  frozen: number | null;
  spent: number | null;
  /** DeepSeek's `is_available`; null when the provider does not say. */
  usable: boolean | null;
}

/** A prepaid token or resource package. */
export interface ResourcePackage {
  name: string;
  model: string | null;
  unit: QuotaUnit;
  total: number | null;
  remaining: number | null;
  expiresAt: number | null;
}

export interface SnapshotError {
  kind: FailureKind;
  message: string;
  httpStatus?: number;
  providerCode?: string;
  retryAfterMs?: number;
}

/** What one fetch of one account found. */
export interface AccountSnapshot {
  provider: ProviderId;
  fetchedAt: number;
  status: SnapshotStatus;
  planName: string | null;
  windows: QuotaWindow[];
  wallets: Wallet[];
  packages: ResourcePackage[];
  error: SnapshotError | null;
}

/** A stable key for a window across snapshots: kind plus scope (e.g. `five_hour:general`). */
export function windowKey(w: Pick<QuotaWindow, 'kind' | 'scope' | 'label'>): string {
  return w.kind === 'other' ? `other:${w.scope ?? ''}:${w.label}` : `${w.kind}:${w.scope ?? ''}`;
}
