// Public types of the provider simulator: hosts, account specs, burn patterns and faults.
import type { ProviderId, Region } from '@contract';

/** The five real hosts the simulator stands in for, each on its own loopback port. */
export type SimHost = 'bigmodel' | 'zai' | 'minimaxi' | 'minimax-io' | 'deepseek';

export const SIM_HOSTS: readonly SimHost[] = ['bigmodel', 'zai', 'minimaxi', 'minimax-io', 'deepseek'];

/** When an account consumes: always, never, or in periodic bursts counted from its creation. */
export type SimPattern =
  | { kind: 'active' }
  | { kind: 'idle' }
  | { kind: 'bursts'; activeMinutes: number; idleMinutes: number; offsetMinutes?: number };

/** Consumption while active. `perMinute` is in the plan's own unit (GLM credits or tokens, MiniMax requests). */
export interface SimBurn {
  perMinute?: number;
  /** Wallet money per minute, drained from the first wallet that still holds money. */
  moneyPerMinute?: number;
  /** GLM MCP tool calls (web search, reader, zread) per hour. */
  mcpCallsPerHour?: number;
  /** MiniMax video pool generations per day. */
  videoPerDay?: number;
}

export type GlmLevel = 'lite' | 'pro' | 'max';

/** A GLM Coding Plan subscription. */
export interface SimGlmPlan {
  kind: 'glm-coding';
  level: GlmLevel;
  /** `CREDIT_LIMIT` (current: usage/currentValue/remaining) or legacy `TOKENS_LIMIT` (percentage only). */
  limitType?: 'CREDIT_LIMIT' | 'TOKENS_LIMIT';
  /** Weekly window present (newer plans). Default true. */
  weekly?: boolean;
  /** Monthly MCP `TIME_LIMIT` counter present. Default true. */
  mcp?: boolean;
  /** Order of the `limits` array; real captures have both. Default 'quota_first'. */
  order?: 'quota_first' | 'time_first';
  /** Overrides `data.level` as sent (some fixtures carry `PRO`). */
  levelText?: string;
}

export type MiniMaxTier = 'starter' | 'plus' | 'max';

/** A current MiniMax Token Plan: percent-driven general pool, optional counted video pool. */
export interface SimMiniMaxTokenPlan {
  kind: 'minimax-token';
  tier: MiniMaxTier;
  /** The `video` pool: counted (3 a day, 21 a week), absent, or a "not included" row (zero totals,
   * status 3). Default true. */
  video?: boolean | 'not_included';
  /** Wrap the payload in `data` with `current_subscribe_title` and `points_balance` (CodexBar fixture shape). */
  dataWrapped?: boolean;
  /** Adds `weekly_boost_permille` to the general row. */
  weeklyBoostPermille?: number;
}

/** An old MiniMax Coding Plan: counts only; legacy endpoint's usage_count is the REMAINING count. */
export interface SimMiniMaxLegacyPlan {
  kind: 'minimax-legacy';
  tier: MiniMaxTier;
  /** What `/v1/token_plan/remains` answers for this account. Default 'http_404'. */
  tokenPlanAnswer?: 'http_404' | 'http_405' | 'code_2062';
}

export type SimPlan = SimGlmPlan | SimMiniMaxTokenPlan | SimMiniMaxLegacyPlan;

/** Money. GLM and MiniMax wallets take the host's currency (CNY on CN hosts, USD on global ones). */
export interface SimWalletSpec {
  currency?: string;
  /** Paid (topped-up) money still available. */
  paid: number;
  /** Granted/bonus money still available (consumed first). */
  granted?: number;
  frozen?: number;
  /** Lifetime spend so far. */
  spent?: number;
  /** Lifetime granted money (GLM giveAmount); default `granted`. Lifetime top-ups follow from the rest. */
  grantedTotal?: number;
}

/** A GLM resource package (资源包). Status is derived from the clock unless `cancelled`. */
export interface SimPackageSpec {
  name: string;
  model: string;
  scene?: string;
  consumeType?: 'TOKENS' | 'TIMES';
  type?: 'pay' | 'give';
  total: number;
  remaining: number;
  purchasedAt?: number;
  effectiveAt?: number;
  expiresAt?: number;
  cancelled?: boolean;
}

/** How GLM endpoints authenticate this account. */
export interface SimGlmAuth {
  /** Monitor endpoints: default accepts raw key and `Bearer`. */
  monitor?: 'raw_or_bearer' | 'bearer_only' | 'raw_only';
  /** Pay-as-you-go biz endpoints: plain key (raw or Bearer), only a Zhipu JWT, or either. Default 'key'. */
  payg?: 'key' | 'jwt' | 'key_or_jwt';
  /** Send auth failures for this account as HTTP 200 with the code-1000 body. */
  errorsAsHttp200?: boolean;
}

/** Window ids of the usage model, for initial usage and ground truth. */
export type SimWindowId =
  'five_hour' | 'weekly' | 'mcp_monthly' | 'video_daily' | 'video_weekly' | 'interval';

export interface SimAccountSpec {
  provider: ProviderId;
  /** glm: default 'cn'; glm-coding-plan: default 'global'; ignored for the others. */
  region?: Region | null;
  /** Generated in the provider's real format when omitted. */
  key?: string;
  /** MiniMax key kind when the key is generated: `sk-cp-` (plan) or `sk-api-` (pay-as-you-go). Default 'cp'. */
  keyKind?: 'cp' | 'api';
  label?: string;
  /** Plan; default by provider (GLM Coding Lite, MiniMax Plus token plan for sk-cp keys); null = no plan. */
  plan?: SimPlan | null;
  wallets?: SimWalletSpec[];
  packages?: SimPackageSpec[];
  burn?: SimBurn;
  /** Default idle. */
  pattern?: SimPattern;
  /** Units already used in the current windows when the account is created. */
  initialUsed?: Partial<Record<SimWindowId, number>>;
  /** Subscription start (GLM weekly and MCP monthly windows are anchored here). Default: creation time. */
  planStartedAt?: number;
  glmAuth?: SimGlmAuth;
  /** DeepSeek: reported balance lags real spending by this much. Default 3 minutes. */
  settleDelayMs?: number;
}

/** An injected fault, answered instead of (or around) the real response. */
export type SimFault =
  | { kind: 'http_401' }
  | { kind: 'auth_200'; code?: 1004 | 2049 }
  | { kind: 'no_plan' }
  | { kind: 'rate_limited'; retryAfterSec: number }
  | { kind: 'http_500' }
  | { kind: 'html_error'; status?: number }
  | { kind: 'slow'; ms: number }
  | { kind: 'truncated_json' }
  | { kind: 'drop_connection' }
  | { kind: 'hang' };

export interface SimHostStats {
  connections: number;
  peakConnections: number;
  peakConcurrentRequests: number;
  requests: number;
}

export interface SimRequestRecord {
  host: SimHost;
  method: string;
  /** Path without the query string. */
  path: string;
  /** 0 when no response was sent (dropped or hanging). */
  status: number;
  at: number;
}
