// The short human form of an AccountSnapshot that `cpms probe` prints without --json.
import type { AccountSnapshot, QuotaWindow, Wallet } from '@contract';
import { formatDuration } from './duration';

function num(n: number | null): string {
  return n === null
    ? '—'
    : Number.isInteger(n)
      ? n.toLocaleString('en-US')
      : n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function when(ms: number | null, now: number): string {
  if (ms === null) return 'no reset time';
  return `resets in ${formatDuration(ms - now)} (${new Date(ms).toISOString()})`;
}

function windowLine(w: QuotaWindow, now: number): string {
  const counts = w.used !== null || w.limit !== null ? `  ${num(w.used)} / ${num(w.limit)} ${w.unit}` : '';
  const scope = w.scope ? ` [${w.scope}]` : '';
  return `  ${w.label}${scope}: ${w.usedPercent.toFixed(1)}% used${counts}  ${when(w.resetsAt, now)}`;
}

function walletLine(w: Wallet): string {
  const usable = w.usable === false ? '  (not usable for API calls)' : '';
  return `  ${w.currency} available ${num(w.available)}  granted ${num(w.granted)}  paid ${num(w.paid)}${usable}`;
}

/** Renders a snapshot as a few readable lines. */
export function formatSnapshot(s: AccountSnapshot, now: number): string {
  const lines = [`${s.provider}: ${s.status}${s.planName ? ` — ${s.planName}` : ''}`];
  if (s.error)
    lines.push(`  error: ${s.error.message}${s.error.httpStatus ? ` (HTTP ${s.error.httpStatus})` : ''}`);
  if (s.windows.length) lines.push('windows:', ...s.windows.map((w) => windowLine(w, now)));
  if (s.wallets.length) lines.push('wallets:', ...s.wallets.map(walletLine));
  if (s.packages.length) {
    lines.push(
      'packages:',
      ...s.packages.map((p) => `  ${p.name}: ${num(p.remaining)} / ${num(p.total)} ${p.unit}`),
    );
  }
  return lines.join('\n');
}
