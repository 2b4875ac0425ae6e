// Every recorded provider payload, the parser that reads it, and what it was sent with. Each case
// has its body in <dir>/<file> and its expected result in <dir>/<name>.expected.json.
// Sources are tagged as in ../../../shared/reference/providers.md: COPIED (live captures or docs),
// FIXTURE (a third-party test fixture), RECONSTRUCTED (shape from field names), ERROR (an error
// shape the reference describes, or a fault the simulator injects).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProviderId, Region } from '@contract';
import { parseDeepSeekBalance } from '../../apps/main/src/core/providers/deepseek/parse-balance';
import { parseDeepSeekModels } from '../../apps/main/src/core/providers/deepseek/parse-models';
import { parseAccountReport } from '../../apps/main/src/core/providers/glm/parse-account';
import { parsePackages } from '../../apps/main/src/core/providers/glm/parse-packages';
import { parseModelUsage } from '../../apps/main/src/core/providers/glm-coding-plan/parse-model-usage';
import { parseQuotaLimit } from '../../apps/main/src/core/providers/glm-coding-plan/parse-quota';
import { parseSubscriptionList } from '../../apps/main/src/core/providers/glm-coding-plan/parse-subscription';
import { parseQueryBalance } from '../../apps/main/src/core/providers/minimax/parse-balance';
import { parseRemains } from '../../apps/main/src/core/providers/minimax/parse-remains';
import type { ParseContext } from '../../apps/main/src/core/providers/types';

/** fetchedAt of every expected snapshot (the example in USAGE-MODEL.md). */
export const FIXED_NOW = 1789650000000;

export type ParserName =
  | 'glm.account'
  | 'glm.packages'
  | 'coding-plan.quota'
  | 'coding-plan.subscription'
  | 'coding-plan.model-usage'
  | 'minimax.token-plan'
  | 'minimax.legacy'
  | 'minimax.balance'
  | 'deepseek.balance'
  | 'deepseek.models';

export interface FixtureCase {
  dir: 'glm' | 'glm-coding-plan' | 'minimax' | 'deepseek';
  /** Body file name; the expected file is <stem>.expected.json. */
  file: string;
  parser: ParserName;
  provider: ProviderId;
  region?: Region | null;
  httpStatus?: number;
  headers?: Record<string, string>;
  source: string;
}

export const PARSERS: Record<ParserName, (body: unknown, ctx: ParseContext) => unknown> = {
  'glm.account': parseAccountReport,
  'glm.packages': parsePackages,
  'coding-plan.quota': parseQuotaLimit,
  'coding-plan.subscription': parseSubscriptionList,
  'coding-plan.model-usage': parseModelUsage,
  'minimax.token-plan': (body, ctx) => parseRemains(body, { ...ctx, endpoint: 'token_plan' }),
  'minimax.legacy': (body, ctx) => parseRemains(body, { ...ctx, endpoint: 'legacy' }),
  'minimax.balance': parseQueryBalance,
  'deepseek.balance': parseDeepSeekBalance,
  'deepseek.models': (body) => parseDeepSeekModels(body),
};

const glm = (
  file: string,
  parser: ParserName,
  source: string,
  extra: Partial<FixtureCase> = {},
): FixtureCase => ({
  dir: 'glm',
  file,
  parser,
  provider: 'glm',
  region: 'cn',
  source,
  ...extra,
});
const cp = (
  file: string,
  parser: ParserName,
  source: string,
  extra: Partial<FixtureCase> = {},
): FixtureCase => ({
  dir: 'glm-coding-plan',
  file,
  parser,
  provider: 'glm-coding-plan',
  region: 'global',
  source,
  ...extra,
});
const mm = (
  file: string,
  parser: ParserName,
  source: string,
  extra: Partial<FixtureCase> = {},
): FixtureCase => ({
  dir: 'minimax',
  file,
  parser,
  provider: 'minimax-global',
  region: null,
  source,
  ...extra,
});
const ds = (
  file: string,
  parser: ParserName,
  source: string,
  extra: Partial<FixtureCase> = {},
): FixtureCase => ({
  dir: 'deepseek',
  file,
  parser,
  provider: 'deepseek',
  region: null,
  source,
  ...extra,
});

export const CASES: FixtureCase[] = [
  // Zhipu GLM pay-as-you-go (§1.2)
  glm('account-report.bigmodel.json', 'glm.account', 'FIXTURE §1.2a (CodexBar ZaiPluginBalanceTests)'),
  glm('account-report.zai.json', 'glm.account', 'FIXTURE §1.2a Z.ai variant, USD', { region: 'global' }),
  glm(
    'account-report.balance-only.json',
    'glm.account',
    'RECONSTRUCTED: availableBalance null → balance, strings',
  ),
  glm('account-report.auth-1000.json', 'glm.account', 'ERROR §1.2a HTTP 200 code 1000'),
  glm('account-report.http-401.json', 'glm.account', 'ERROR §1.4 HTTP 401 code 1001', { httpStatus: 401 }),
  glm('account-report.rate-1302.json', 'glm.account', 'ERROR §1.4 HTTP 429 code 1302 with Retry-After', {
    httpStatus: 429,
    headers: { 'retry-after': '30' },
  }),
  glm('account-report.unknown-shape.json', 'glm.account', 'ERROR: success with a data object we do not know'),
  glm('account-report.html-502.html', 'glm.account', 'ERROR: gateway HTML page', { httpStatus: 502 }),
  glm('account-report.truncated.txt', 'glm.account', 'ERROR: truncated JSON'),
  glm('packages.json', 'glm.packages', 'RECONSTRUCTED §1.2b (only EFFECTIVE rows count)'),
  glm('packages.auth-401.json', 'glm.packages', 'ERROR §1.2b 401 身份验证失败', { httpStatus: 401 }),

  // GLM Coding Plan (§2.4-2.7)
  cp('quota.zai-pro-2026-06-29.json', 'coding-plan.quota', 'COPIED §2.4 Z.ai Pro, TOKENS_LIMIT + TIME_LIMIT'),
  cp(
    'quota.zai-lite-2026-08-13.json',
    'coding-plan.quota',
    'COPIED §2.4 Z.ai Lite, CREDIT_LIMIT, no nextResetTime',
  ),
  cp('quota.bigmodel-lite-2026-09-17.json', 'coding-plan.quota', 'COPIED §2.4 BigModel CN Lite', {
    region: 'cn',
  }),
  cp(
    'quota.bigmodel-lite-legacy-2026-02-14.json',
    'coding-plan.quota',
    'COPIED §2.4 CN legacy, percent-only tokens',
    {
      region: 'cn',
    },
  ),
  cp(
    'quota.weekly-first-out-of-range.json',
    'coding-plan.quota',
    'RECONSTRUCTED: order, clamping, unknown type, cap without count',
  ),
  cp('quota.no-plan.json', 'coding-plan.quota', 'COPIED §2.4 HTTP 200 success:false no plan'),
  cp('quota.auth-1001.json', 'coding-plan.quota', 'ERROR §2.4 HTTP 200 code 1001'),
  cp('quota.http-401.json', 'coding-plan.quota', 'ERROR §2.4 HTTP 401', { httpStatus: 401 }),
  cp('quota.empty-data.json', 'coding-plan.quota', 'ERROR §2.4 success with data {} (team scope)'),
  cp('quota.unknown-shape.json', 'coding-plan.quota', 'ERROR: only unknown limit types'),
  cp('quota.rate-1302.json', 'coding-plan.quota', 'ERROR §1.4 HTTP 200 code 1302'),
  cp('quota.truncated.txt', 'coding-plan.quota', 'ERROR: truncated JSON'),
  cp('quota.html-503.html', 'coding-plan.quota', 'ERROR: HTML 503 page', { httpStatus: 503 }),
  cp('subscription.zai-pro.json', 'coding-plan.subscription', 'COPIED §2.7 (inCurrentPeriod)'),
  cp(
    'subscription.bigmodel-max.json',
    'coding-plan.subscription',
    'RECONSTRUCTED §2.7 richer CN fixture (VALID)',
    {
      region: 'cn',
    },
  ),
  cp('model-usage.max-2026-08-27.json', 'coding-plan.model-usage', 'COPIED §2.5 daily'),
  cp(
    'model-usage.hourly-nulls.json',
    'coding-plan.model-usage',
    'RECONSTRUCTED §2.5 hourly labels, null entries',
  ),

  // MiniMax (§3.3-3.7)
  mm('token-plan.global-live.json', 'minimax.token-plan', 'COPIED §3.3 live token_plan/remains (global)'),
  mm(
    'token-plan.data-wrapped.json',
    'minimax.token-plan',
    'FIXTURE §3.3 data-wrapped with title (CodexBar), boost',
    {
      provider: 'minimax-cn',
    },
  ),
  mm(
    'token-plan.counts-only.json',
    'minimax.token-plan',
    'RECONSTRUCTED: counts without percent (usage = used)',
  ),
  mm('legacy.coding-plan.json', 'minimax.legacy', 'RECONSTRUCTED §3.3 legacy (usage = remaining)'),
  mm('token-plan.all-not-included.json', 'minimax.token-plan', 'RECONSTRUCTED §3.4 status 3, totals 0'),
  mm('base-resp.1004.json', 'minimax.token-plan', 'COPIED §3.5 1004'),
  mm('base-resp.2049.json', 'minimax.token-plan', 'COPIED §3.5 2049 (wrong region)', {
    provider: 'minimax-cn',
  }),
  mm('base-resp.2062.json', 'minimax.legacy', 'ERROR §3.5 2062 (PAYG key on the plan endpoint)'),
  mm('base-resp.1002.json', 'minimax.token-plan', 'ERROR: 1002 rate limit in base_resp'),
  mm('token-plan.unknown-shape.json', 'minimax.token-plan', 'ERROR: success without model_remains'),
  mm('token-plan.truncated.txt', 'minimax.token-plan', 'ERROR: truncated JSON'),
  mm('token-plan.cloudflare.html', 'minimax.token-plan', 'ERROR §3.1 Cloudflare HTML on www.minimax.io', {
    httpStatus: 403,
  }),
  mm('query-balance.json', 'minimax.balance', 'FIXTURE §3.7 PAYG balance (CNY platform)', {
    provider: 'minimax-cn',
  }),

  // DeepSeek (§4)
  ds('balance.docs.json', 'deepseek.balance', 'COPIED §4.2 official docs'),
  ds('balance.two-currencies.json', 'deepseek.balance', 'RECONSTRUCTED §4.2 CNY + USD, is_available false'),
  ds('models.json', 'deepseek.models', 'COPIED §4.3 official docs'),
  ds('auth.invalid-key.json', 'deepseek.balance', 'COPIED §4.5 401 invalid key', { httpStatus: 401 }),
  ds('auth.no-such-user.json', 'deepseek.balance', 'COPIED §4.5 401 no such user', { httpStatus: 401 }),
  ds('auth.header-format.json', 'deepseek.balance', 'COPIED §4.5 401 header format', { httpStatus: 401 }),
  ds('insufficient-balance.json', 'deepseek.balance', 'ERROR §4.5 402', { httpStatus: 402 }),
  ds('rate-limit.json', 'deepseek.balance', 'ERROR §4.5 429 with an HTTP-date Retry-After', {
    httpStatus: 429,
    headers: { 'retry-after': 'Thu, 17 Sep 2026 13:01:30 GMT' },
  }),
  ds('server-overloaded.html', 'deepseek.balance', 'ERROR §4.5 503 HTML', { httpStatus: 503 }),
  ds('balance.unknown-shape.json', 'deepseek.balance', 'ERROR: no balance_infos'),
  ds('balance.bad-amount.json', 'deepseek.balance', 'ERROR: amount that is not a number'),
  ds('balance.truncated.txt', 'deepseek.balance', 'ERROR: truncated JSON'),
];

const ROOT = fileURLToPath(new URL('./', import.meta.url));

/** Absolute path of a file in a fixture folder. */
export function fixturePath(dir: string, file: string): string {
  return `${ROOT}${dir}/${file}`;
}

/** The stem of a body file: its name without the last extension. */
export function stem(file: string): string {
  return file.replace(/\.[^.]+$/, '');
}

/** Reads a case's body as the HTTP client would hand it over. */
export function readBody(c: FixtureCase): string {
  return readFileSync(fixturePath(c.dir, c.file), 'utf8');
}

/** The parse context of a case. */
export function contextOf(c: FixtureCase): ParseContext {
  return {
    provider: c.provider,
    now: FIXED_NOW,
    region: c.region ?? null,
    httpStatus: c.httpStatus ?? 200,
    headers: c.headers ?? {},
  };
}

/** Runs a case's parser on its body. */
export function runCase(c: FixtureCase): unknown {
  return PARSERS[c.parser](readBody(c), contextOf(c));
}
