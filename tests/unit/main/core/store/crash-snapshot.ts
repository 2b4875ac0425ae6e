// The deterministic snapshots the kill test's child writes and the parent checks.
import type { AccountSnapshot } from '@contract';
import { planSnapshot, wallet } from './snapshot-factory';

/** The n-th snapshot the crash writer stores. */
export function crashSnapshot(n: number): AccountSnapshot {
  return planSnapshot(1_750_000_000_000 + n * 10_000, n % 2000, { wallets: [wallet(1000 - n / 100)] });
}
