// Which window (or wallet) stands for the account in the list, the widget and the activity periods.
import type { AccountSnapshot, QuotaWindow, Wallet } from '@contract';
import { headlineOf } from '@contract';

/** The headline window of a snapshot (the ordering lives in the contract, shared with the renderer). */
export function headlineWindow(snapshot: AccountSnapshot): QuotaWindow | null {
  return headlineOf(snapshot.windows);
}

/** The headline wallet: the first one with a known balance, in the provider's order. */
export function headlineWallet(snapshot: AccountSnapshot): Wallet | null {
  return snapshot.wallets.find((w) => w.available !== null) ?? null;
}
