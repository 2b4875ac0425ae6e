// The plain model one account row renders, computed from the account, its status and thresholds.
import type {
  AccountDto,
  AccountState,
  AccountStatus,
  ProviderId,
  QuotaWindow,
  Region,
  Wallet,
} from '@contract';
import { windowKey } from '@contract';
import type { RateView, UsageLevel } from './headline';
import { displaySnapshot, headlineRate, pickHeadline, problemOf, usageLevel } from './headline';

export interface Thresholds {
  warnPercent: number;
  critPercent: number;
}

export interface RowModel {
  id: string;
  label: string;
  provider: ProviderId;
  region: Region | null;
  model: string | null;
  plan: string | null;
  createdAt: number;
  /** `loading` until the first status arrives. */
  state: AccountState | 'loading';
  stale: boolean;
  /** Why the numbers are stale or failing; a planless key is not a problem here (see noPlan). */
  reason: { kind: string; message: string } | null;
  noPlan: boolean;
  hasData: boolean;
  headline: QuotaWindow | null;
  headlineKey: string | null;
  level: UsageLevel;
  /** Another window that is fuller than the headline and past a threshold (e.g. weekly at 91 %). */
  alsoWindow: { window: QuotaWindow; level: UsageLevel } | null;
  wallets: Wallet[];
  rate: RateView | null;
  resetsAt: number | null;
  atRisk: boolean;
  lastSuccessAt: number | null;
}

/** The fullest non-headline window, when it is past the warn threshold and fuller than the headline. */
function fullerWindow(
  windows: readonly QuotaWindow[],
  headline: QuotaWindow | null,
  warn: number,
  crit: number,
): RowModel['alsoWindow'] {
  let best: QuotaWindow | null = null;
  for (const w of windows)
    if (
      w !== headline &&
      w.limit !== 0 &&
      w.usedPercent >= warn &&
      (!best || w.usedPercent > best.usedPercent)
    )
      best = w;
  if (!best || (headline && best.usedPercent <= headline.usedPercent)) return null;
  return { window: best, level: usageLevel(best.usedPercent, warn, crit) };
}

/** Builds the row model; per-account thresholds override the global ones. */
export function buildRowModel(
  account: AccountDto,
  status: AccountStatus | undefined,
  global: Thresholds,
): RowModel {
  const { snapshot, stale } = displaySnapshot(status);
  const headline = snapshot
    ? pickHeadline(snapshot.windows, status?.predictions.bindingWindowKey ?? null)
    : null;
  const warn = account.settings.warnPercent ?? global.warnPercent;
  const crit = account.settings.critPercent ?? global.critPercent;
  const noPlan = snapshot?.status === 'no_plan';
  const alsoWindow = fullerWindow(snapshot?.windows ?? [], headline, warn, crit);
  return {
    id: account.id,
    label: account.label,
    provider: account.provider,
    region: account.region,
    model: account.model,
    plan: snapshot?.planName ?? null,
    createdAt: account.createdAt,
    state: status ? status.state : 'loading',
    stale,
    reason: problemOf(status),
    noPlan,
    hasData: !!snapshot && (snapshot.status === 'ok' || snapshot.status === 'no_plan'),
    headline,
    headlineKey: headline ? windowKey(headline) : null,
    level: headline ? usageLevel(headline.usedPercent, warn, crit) : 'ok',
    alsoWindow,
    wallets: snapshot?.wallets ?? [],
    rate: status ? headlineRate(status, headline) : null,
    resetsAt: headline?.resetsAt ?? null,
    atRisk: status?.predictions.atRisk ?? false,
    lastSuccessAt: status?.lastSuccessAt ?? null,
  };
}
