// The human form of `cpms status`: one line per account with its headline window (or wallet), the
// burn rate, the prediction in words and the age of the last update, then the reasons for any
// stale or failing account.
import { windowKey } from '@contract';
import type { AccountSnapshot, AccountStatus, QuotaWindow, Wallet, WindowPrediction } from '@contract';
import { headlineWallet, headlineWindow } from '../../core/analysis';
import { formatAge, formatDuration } from './duration';
import { compactNumber, money } from './number';
import { renderTable } from './table';

const HEADERS = ['LABEL', 'PROVIDER', 'STATE', 'USAGE', 'RATE', 'PREDICTION', 'UPDATED'];

/** A window prediction in words: `runs out in 3h 5m, 1h 40m before reset`, `lasts until reset`, … */
export function predictionWords(p: WindowPrediction, now: number): string {
  switch (p.outcome) {
    case 'runs_out': {
      if (p.exhaustsAt === null) return 'runs out before reset';
      const when = `runs out in ${formatDuration(p.exhaustsAt - now)}`;
      return p.marginMs === null ? when : `${when}, ${formatDuration(p.marginMs)} before reset`;
    }
    case 'lasts':
      return 'lasts until reset';
    case 'exhausted':
      return p.resetsAt === null ? 'exhausted' : `exhausted, resets in ${formatDuration(p.resetsAt - now)}`;
    case 'unknown':
      return '—';
  }
}

function windowUsage(w: QuotaWindow, now: number): string {
  const used = `${w.usedPercent.toFixed(1)}% of ${w.label}`;
  return w.resetsAt === null ? used : `${used}, resets in ${formatDuration(w.resetsAt - now)}`;
}

function windowRate(s: AccountStatus, w: QuotaWindow): string {
  const rate = s.rates.windows.find((r) => r.windowKey === windowKey(w));
  if (rate?.perMinute != null && w.unit !== 'percent')
    return `${compactNumber(rate.perMinute)} ${w.unit}/min`;
  if (rate?.percentPerHour != null) return `${compactNumber(rate.percentPerHour)} %/h`;
  return '—';
}

function windowPrediction(s: AccountStatus, snap: AccountSnapshot, w: QuotaWindow, now: number): string {
  const key = s.predictions.bindingWindowKey ?? windowKey(w);
  const p = s.predictions.windows.find((x) => x.windowKey === key);
  if (!p) return '—';
  const words = predictionWords(p, now);
  // The window that blocks first may not be the headline one: name it.
  if (key === windowKey(w) || words === '—') return words;
  const binding = snap.windows.find((x) => windowKey(x) === key);
  return `${binding?.label ?? key}: ${words}`;
}

function walletCells(s: AccountStatus, wallet: Wallet): [string, string, string] {
  const usage = `${money(wallet.available ?? 0)} ${wallet.currency}`;
  const rate = s.rates.wallets.find((r) => r.currency === wallet.currency);
  const rateText =
    rate?.perMinute != null
      ? `${compactNumber(rate.perMinute)} ${wallet.currency}/min`
      : rate?.perDay24h != null
        ? `${compactNumber(rate.perDay24h)} ${wallet.currency}/day`
        : '—';
  const runway = s.predictions.wallets.find((r) => r.currency === wallet.currency);
  const ms = runway?.runwayMs24h ?? runway?.runwayMs7d ?? null;
  return [usage, rateText, ms === null ? '—' : `lasts about ${formatDuration(ms)} at this rate`];
}

/** The table cells of one account. */
export function statusCells(s: AccountStatus, now: number): string[] {
  const region = s.account.region ? `/${s.account.region}` : '';
  const head = [s.account.label, `${s.account.provider}${region}`, s.state];
  const updated = formatAge(s.snapshot?.fetchedAt ?? null, now);
  // The last good numbers stay on screen while polls fail; the state column says they are stale.
  const snap = s.lastGood ?? s.snapshot;
  const window = snap ? headlineWindow(snap) : null;
  if (snap && window) {
    return [
      ...head,
      windowUsage(window, now),
      windowRate(s, window),
      windowPrediction(s, snap, window, now),
      updated,
    ];
  }
  const wallet = snap ? headlineWallet(snap) : null;
  if (wallet) return [...head, ...walletCells(s, wallet), updated];
  return [...head, snap?.status === 'no_plan' ? 'no active plan' : '—', '—', '—', updated];
}

/** The whole `cpms status` table, plus one line per account that has a reason to explain. */
export function formatStatusTable(statuses: readonly AccountStatus[], now: number): string {
  const table = renderTable(
    HEADERS,
    statuses.map((s) => statusCells(s, now)),
  );
  const reasons = statuses
    .filter((s) => s.reason !== null)
    .map((s) => `  ${s.account.label}: ${s.reason?.kind ?? ''} — ${s.reason?.message ?? ''}`);
  return reasons.length ? `${table}\n\n${reasons.join('\n')}` : table;
}
