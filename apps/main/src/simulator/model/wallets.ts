// Money held with a provider. Spending drains granted money first, then paid money, and never goes
// below zero (the provider refuses calls instead). A log of cumulative spend lets DeepSeek report a
// balance that settles late.

export interface WalletState {
  currency: string;
  granted: number;
  paid: number;
  frozen: number;
  spent: number;
  /** Lifetime totals, as GLM reports them (rechargeAmount, giveAmount). */
  toppedUpTotal: number;
  grantedTotal: number;
  /** Cumulative spend per bucket over time, oldest first. */
  log: { t: number; granted: number; paid: number }[];
  grantedSpent: number;
  paidSpent: number;
}

/** A wallet holding `paid` and `granted` money in `currency`. */
export function createWallet(
  currency: string,
  paid: number,
  granted = 0,
  frozen = 0,
  spent = 0,
  grantedTotal = granted,
): WalletState {
  // Everything ever put in (top-ups and grants) is what is left, held or spent.
  return {
    currency,
    granted,
    paid,
    frozen,
    spent,
    toppedUpTotal: paid + granted + frozen + spent - grantedTotal,
    grantedTotal,
    log: [],
    grantedSpent: 0,
    paidSpent: 0,
  };
}

/** Spends up to `amount` from `w` at `perMs` money per ms starting at `t`, granted money first, and
 * logs each leg; returns what was spent and when the spending ended. */
export function spend(
  w: WalletState,
  amount: number,
  t: number,
  perMs: number,
): { spent: number; until: number } {
  const fromGranted = Math.min(w.granted, amount);
  const fromPaid = Math.min(w.paid, amount - fromGranted);
  if (fromGranted + fromPaid <= 0) return { spent: 0, until: t };
  markSpend(w, t);
  let at = t;
  if (fromGranted > 0) {
    w.granted -= fromGranted;
    w.grantedSpent += fromGranted;
    at += fromGranted / perMs;
    markSpend(w, at);
  }
  if (fromPaid > 0) {
    w.paid -= fromPaid;
    w.paidSpent += fromPaid;
    at += fromPaid / perMs;
    markSpend(w, at);
  }
  w.spent += fromGranted + fromPaid;
  return { spent: fromGranted + fromPaid, until: at };
}

/** Records the cumulative spend at `t` (a segment boundary; spend is linear between entries). */
export function markSpend(w: WalletState, t: number): void {
  const last = w.log.at(-1);
  if (last?.t === t) {
    last.granted = w.grantedSpent;
    last.paid = w.paidSpent;
  } else {
    w.log.push({ t, granted: w.grantedSpent, paid: w.paidSpent });
  }
}

/** Cumulative spend per bucket at time `t`, interpolated in the log. */
function spentAt(w: WalletState, t: number): { granted: number; paid: number } {
  const log = w.log;
  const first = log[0];
  if (!first || t >= (log.at(-1)?.t ?? -Infinity)) return { granted: w.grantedSpent, paid: w.paidSpent };
  if (t <= first.t) return { granted: first.granted, paid: first.paid };
  for (let i = 1; i < log.length; i++) {
    const b = log[i];
    const a = log[i - 1];
    if (!a || !b || t > b.t) continue;
    const f = b.t === a.t ? 1 : (t - a.t) / (b.t - a.t);
    return { granted: a.granted + f * (b.granted - a.granted), paid: a.paid + f * (b.paid - a.paid) };
  }
  return { granted: w.grantedSpent, paid: w.paidSpent };
}

/** The wallet as reported with spending settled only up to `now - delayMs` (top-ups show at once). */
export function settledView(w: WalletState, now: number, delayMs: number): { granted: number; paid: number } {
  const settled = spentAt(w, now - delayMs);
  return {
    granted: w.granted + (w.grantedSpent - settled.granted),
    paid: w.paid + (w.paidSpent - settled.paid),
  };
}

/** Drops log entries no longer needed to answer views at or after `horizon`. */
export function pruneLog(w: WalletState, horizon: number): void {
  let drop = 0;
  while (drop + 1 < w.log.length && (w.log[drop + 1]?.t ?? Infinity) <= horizon) drop++;
  if (drop > 0) w.log.splice(0, drop);
}
