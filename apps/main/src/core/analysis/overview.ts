// Totals across accounts for the overview strip.
import type { AccountStatus, Overview } from '@contract';
import { headlineWindow } from './headline';
import { windowKey } from '@contract';

/**
 * Overview of all accounts. Balances: sum of `available` of each account's last good wallets, per
 * currency. Average percent per hour: mean over active accounts of their headline window's rate (or
 * their fastest window when the headline has none), counting only rates above zero. Spend per day:
 * sum of the wallets' 24 h averages, per currency. Currencies are listed in code order.
 */
export function computeOverview(statuses: readonly AccountStatus[]): Overview {
  const balances = new Map<string, number>();
  const spend = new Map<string, number>();
  const burning: number[] = [];
  for (const s of statuses) {
    for (const w of s.lastGood?.wallets ?? []) {
      if (w.available !== null) balances.set(w.currency, (balances.get(w.currency) ?? 0) + w.available);
    }
    for (const r of s.rates.wallets) {
      if (r.perDay24h !== null) spend.set(r.currency, (spend.get(r.currency) ?? 0) + r.perDay24h);
    }
    const pph = s.state === 'active' ? burningRate(s) : null;
    if (pph !== null) burning.push(pph);
  }
  return {
    accountCount: statuses.length,
    activeCount: statuses.filter((s) => s.state === 'active').length,
    errorCount: statuses.filter((s) => s.state === 'error').length,
    atRiskCount: statuses.filter((s) => s.predictions.atRisk).length,
    balances: sorted(balances).map(([currency, total]) => ({ currency, total })),
    avgPercentPerHour: burning.length ? burning.reduce((a, b) => a + b, 0) / burning.length : null,
    spendPerDay: sorted(spend).map(([currency, amount]) => ({ currency, amount })),
  };
}

/** The account's headline window rate if it burns, else its fastest burning window, else null. */
function burningRate(s: AccountStatus): number | null {
  const head = s.lastGood ? headlineWindow(s.lastGood) : null;
  const key = head ? windowKey(head) : null;
  const headRate = s.rates.windows.find((r) => r.windowKey === key)?.percentPerHour ?? null;
  if (headRate !== null && headRate > 0) return headRate;
  const rates = s.rates.windows.map((r) => r.percentPerHour ?? 0).filter((r) => r > 0);
  return rates.length ? Math.max(...rates) : null;
}

function sorted(m: Map<string, number>): [string, number][] {
  return [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
}
