// Alerts fire on crossings, not on levels: a window passing the warning or critical threshold, an
// account becoming at risk of running out before its reset, a wallet dropping under its low-balance
// mark, an account falling into error and recovering. The first evaluation after start only
// remembers the current situation, so a restart does not repeat old alerts.
//
// Message ids (the renderer translates them and formats the numbers in the user's language; the
// alert's `level` says warning or critical):
//   alert.threshold    {label} {window} {percent: number}
//   alert.runs_out     {label} {window} {inMs: ms until empty} {marginMs: ms before the reset}
//   alert.low_balance  {label} {currency} {available: number}
//   alert.error        {label} {kind: snapshot status} {message}
//   alert.recovered    {label}
import type { AccountStatus, AlertDto } from '@contract';
import { windowKey } from '@contract';
import { headlineWindow } from '../analysis';

export type NewAlert = Omit<AlertDto, 'id'>;

interface Memory {
  level: 0 | 1 | 2;
  atRisk: boolean;
  error: boolean;
  low: Set<string>;
}

export class AlertTracker {
  private readonly memory = new Map<string, Memory>();

  /** Alerts this status raises compared with the last one seen for the account. */
  evaluate(
    status: AccountStatus,
    thresholds: { warnPercent: number; critPercent: number },
    now: number,
  ): NewAlert[] {
    const id = status.account.id;
    const label = status.account.label;
    const good = status.lastGood;
    const w = good ? headlineWindow(good) : null;
    const crit = status.account.settings.critPercent ?? thresholds.critPercent;
    const warn = status.account.settings.warnPercent ?? thresholds.warnPercent;
    const level: 0 | 1 | 2 = !w ? 0 : w.usedPercent >= crit ? 2 : w.usedPercent >= warn ? 1 : 0;
    const error = status.state === 'error';
    const lowMark = status.account.settings.lowBalance;
    const low = new Set(
      (good?.wallets ?? [])
        .filter((x) => lowMark !== undefined && x.available !== null && x.available < lowMark)
        .map((x) => x.currency),
    );
    const next: Memory = { level, atRisk: status.predictions.atRisk, error, low };
    const prev = this.memory.get(id);
    this.memory.set(id, next);
    if (!prev) return [];

    const out: NewAlert[] = [];
    const base = { accountId: id, at: now };
    if (w && level > prev.level) {
      out.push({
        ...base,
        level: level === 2 ? 'critical' : 'warning',
        kind: 'threshold',
        messageId: 'alert.threshold',
        params: { label, window: w.label, percent: Math.round(w.usedPercent) },
      });
    }
    if (next.atRisk && !prev.atRisk) {
      const binding = status.predictions.windows.find(
        (p) => p.windowKey === status.predictions.bindingWindowKey,
      );
      const bw = good?.windows.find((x) => windowKey(x) === binding?.windowKey);
      if (binding?.exhaustsAt) {
        out.push({
          ...base,
          level: 'warning',
          kind: 'runs_out',
          messageId: 'alert.runs_out',
          params: {
            label,
            window: bw?.label ?? '',
            inMs: Math.max(0, binding.exhaustsAt - now),
            marginMs: binding.marginMs ?? 0,
          },
        });
      }
    }
    for (const currency of low) {
      if (prev.low.has(currency)) continue;
      const wallet = good?.wallets.find((x) => x.currency === currency);
      out.push({
        ...base,
        level: 'warning',
        kind: 'low_balance',
        messageId: 'alert.low_balance',
        params: { label, currency, available: wallet?.available ?? 0 },
      });
    }
    if (error && !prev.error) {
      out.push({
        ...base,
        level: 'critical',
        kind: 'error',
        messageId: 'alert.error',
        params: { label, kind: status.reason?.kind ?? 'error', message: status.reason?.message ?? '' },
      });
    } else if (!error && prev.error && status.snapshot?.status === 'ok') {
      out.push({
        ...base,
        level: 'info',
        kind: 'recovered',
        messageId: 'alert.recovered',
        params: { label },
      });
    }
    return out;
  }

  forget(accountId: string): void {
    this.memory.delete(accountId);
  }
}
