// GLM console ("biz") endpoints: the cash account report, resource packages and subscriptions.
// z.ai's account report omits giveAmount and frozenBalance (as its captured fixture does); amounts
// are plain numbers; the currency is the host's and never in the payload.
import { createHash } from 'node:crypto';
import type { SimAccount } from '../accounts';
import type { SimGlmPlan, SimPackageSpec } from '../types';
import { money } from '../reply';
import { HOST_INFO } from '../hosts';
import { BEIJING, addMonths, formatLocal } from '../model/time';
import { monthlyGrid } from '../model/windows';

/** The `data` of query-customer-account-report (first wallet; zeros when the account has none). */
export function accountReportData(account: SimAccount): Record<string, number> {
  const w = account.usage().wallets[0];
  const available = w ? w.granted + w.paid : 0;
  const frozen = w?.frozen ?? 0;
  const wallet = account.model.wallets[0];
  const base = {
    balance: money(available + frozen),
    availableBalance: money(available),
    rechargeAmount: money(wallet?.toppedUpTotal ?? 0),
  };
  if (account.host === 'zai') return { ...base, totalSpendAmount: money(w?.spent ?? 0) };
  return {
    ...base,
    giveAmount: money(wallet?.grantedTotal ?? 0),
    totalSpendAmount: money(w?.spent ?? 0),
    frozenBalance: money(frozen),
  };
}

type PackageStatus = 'EFFECTIVE' | 'NOTUSED' | 'EXPIRED' | 'CANCELLED';

function packageStatus(p: SimPackageSpec, now: number): PackageStatus {
  if (p.cancelled) return 'CANCELLED';
  if (p.expiresAt !== undefined && p.expiresAt <= now) return 'EXPIRED';
  if (p.effectiveAt !== undefined && p.effectiveAt > now) return 'NOTUSED';
  return 'EFFECTIVE';
}

const localTime = (t: number): string => formatLocal(t, BEIJING, 'second', 'T');

/** One row of tokenAccounts/list/my; an expired or cancelled package has nothing available. */
function packageRow(p: SimPackageSpec, now: number): Record<string, unknown> {
  const status = packageStatus(p, now);
  const row: Record<string, unknown> = {
    resourcePackageName: p.name,
    suitableModel: p.model,
    suitableScene: p.scene ?? '通用',
    consumeType: p.consumeType ?? 'TOKENS',
    type: p.type ?? 'pay',
    status,
    tokensMagnitude: p.total,
    tokenBalance: p.remaining,
    availableBalance: status === 'EXPIRED' || status === 'CANCELLED' ? 0 : p.remaining,
  };
  const times = {
    purchaseTime: p.purchasedAt,
    effectiveTime: p.effectiveAt,
    packageExpirationTime: p.expiresAt,
  };
  for (const [k, v] of Object.entries(times)) if (v !== undefined) row[k] = localTime(v);
  return row;
}

/** The paged body of tokenAccounts/list/my (no `data` wrapper: `rows` and `total` at top level). */
export function packagesBody(account: SimAccount, query: URLSearchParams, now: number, msg: string): unknown {
  const onlyEnabled = query.get('filterEnabled') === 'true';
  const all = account.packages.filter((p) => !onlyEnabled || packageStatus(p, now) === 'EFFECTIVE');
  const pageSize = Math.max(1, Number(query.get('pageSize')) || 10);
  const pageNum = Math.max(1, Number(query.get('pageNum')) || 1);
  const rows = all.slice((pageNum - 1) * pageSize, pageNum * pageSize).map((p) => packageRow(p, now));
  return { code: 200, msg, total: all.length, rows };
}

const PRODUCT = { lite: 'GLM Coding Lite', pro: 'GLM Coding Pro', max: 'GLM Coding Max' } as const;
const PRICE = { lite: 20, pro: 100, max: 200 } as const;

/** The `data` of subscription/list: one current subscription (z.ai short form, bigmodel rich form). */
export function subscriptionData(account: SimAccount, plan: SimGlmPlan, now: number): unknown[] {
  const anchor = account.spec.planStartedAt ?? account.createdAt;
  const zone = HOST_INFO[account.host].zoneMs;
  const [start, end] = monthlyGrid(anchor, (t, k) => addMonths(t, k, zone))(now);
  const short = {
    productName: PRODUCT[plan.level],
    status: 'VALID',
    nextRenewTime: formatLocal(end, zone, 'date'),
    billingCycle: 'monthly',
    inCurrentPeriod: true,
  };
  if (account.host === 'zai') return [short];
  const periods = Math.round((start - anchor) / (30.44 * 86_400_000)) + 1;
  return [
    {
      id: 1000 + periods,
      customerId: parseInt(createHash('sha256').update(account.key).digest('hex').slice(0, 8), 16),
      ...short,
      description: `${PRODUCT[plan.level]} 月度套餐`,
      purchaseTime: formatLocal(anchor, zone),
      valid: `${formatLocal(start, zone)}-${formatLocal(end, zone)}`,
      autoRenew: 1,
      initialPrice: PRICE[plan.level],
      actualPrice: PRICE[plan.level],
      currentPeriod: periods,
    },
  ];
}
