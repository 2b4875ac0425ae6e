// Everything the engine holds in memory for one account between polls: its row, its decrypted key
// (main process only, never serialized), recent samples and the last conclusions of the analysis.
import type { AccountDto, AccountSnapshot, AccountStatus, Predictions, Rates } from '@contract';
import type { ActivityResult, WalletHistory } from '../analysis';
import type { AccountRow } from '../store';
import { SampleBuffer } from './sample-buffer';

export const EMPTY_RATES: Rates = { windows: [], wallets: [] };
export const EMPTY_PREDICTIONS: Predictions = {
  windows: [],
  bindingWindowKey: null,
  wallets: [],
  atRisk: false,
};
const NO_ACTIVITY: ActivityResult = {
  state: 'detecting',
  lastActiveAt: null,
  activeSince: null,
  steadyUntil: -Infinity,
};

export class AccountRuntime {
  row: AccountRow;
  keyMask: string;
  /** The decrypted key, or null when the vault could not decrypt it (keyError says why). */
  key: string | null;
  keyError: string | null;
  readonly samples: SampleBuffer;
  latest: AccountSnapshot | null = null;
  lastGood: AccountSnapshot | null = null;
  lastSuccessAt: number | null = null;
  /** Redacted payload of the latest failure, for "copy diagnostics". */
  diagnostics: string | null = null;
  activity: ActivityResult = NO_ACTIVITY;
  rates: Rates = EMPTY_RATES;
  predictions: Predictions = EMPTY_PREDICTIONS;
  /** When rates were last computed (the tracking tier's clock). */
  ratesAt = -Infinity;
  walletHistory: WalletHistory = {};
  walletHistoryAt = -Infinity;
  /** Serialized last emitted status, to skip identical pushes. */
  lastEmitted = '';
  /** The last status pushed, so the overview is summed without rebuilding every account's status. */
  lastStatus: AccountStatus | null = null;

  constructor(
    row: AccountRow,
    key: { value: string | null; mask: string; error: string | null },
    keepMs: number,
  ) {
    this.row = row;
    this.key = key.value;
    this.keyMask = key.mask;
    this.keyError = key.error;
    this.samples = new SampleBuffer(keepMs);
  }

  get id(): string {
    return this.row.id;
  }

  /** The account as windows see it: no key, only its mask. */
  dto(): AccountDto {
    const { sortOrder: _sortOrder, ...rest } = this.row;
    return { ...rest, keyMask: this.keyMask };
  }

  /** True when the last recorded sample repeated the one before it (no number moved). */
  unchanged = false;

  /** Records a fetch result in memory (the caller has already persisted it). */
  record(snapshot: AccountSnapshot, diagnostics: string | null): void {
    this.latest = snapshot;
    this.unchanged =
      snapshot.status === 'ok' && this.lastGood !== null && sameReadings(this.lastGood, snapshot);
    if (snapshot.status === 'ok') {
      this.lastGood = snapshot;
      this.samples.push(snapshot);
    }
    if (snapshot.status === 'ok' || snapshot.status === 'no_plan') {
      this.lastSuccessAt = snapshot.fetchedAt;
      this.diagnostics = null;
    } else {
      this.diagnostics = diagnostics;
    }
  }
}

/** Converts hourly rollup wallet points into the analysis' long-horizon history. */
export function walletHistoryFrom(
  buckets: readonly {
    t: number;
    series: readonly { kind: string; currency?: string; lastAvailable?: number | null }[];
  }[],
): WalletHistory {
  const out: Record<string, { t: number; available: number }[]> = {};
  for (const b of buckets) {
    for (const s of b.series) {
      if (s.kind !== 'wallet' || !s.currency || s.lastAvailable === null || s.lastAvailable === undefined)
        continue;
      (out[s.currency] ??= []).push({ t: b.t, available: s.lastAvailable });
    }
  }
  return out;
}

/** Whether two successful snapshots carry the same numbers (windows and wallets), ignoring time. */
export function sameReadings(a: AccountSnapshot, b: AccountSnapshot): boolean {
  if (a.windows.length !== b.windows.length || a.wallets.length !== b.wallets.length) return false;
  for (let i = 0; i < a.windows.length; i++) {
    const x = a.windows[i];
    const y = b.windows[i];
    if (!x || !y) return false;
    if (
      x.usedPercent !== y.usedPercent ||
      x.used !== y.used ||
      x.remaining !== y.remaining ||
      x.limit !== y.limit
    )
      return false;
    if (x.resetsAt !== y.resetsAt || x.kind !== y.kind || x.scope !== y.scope) return false;
  }
  for (let i = 0; i < a.wallets.length; i++) {
    const x = a.wallets[i];
    const y = b.wallets[i];
    if (x?.currency !== y?.currency || x?.available !== y?.available) return false;
  }
  return true;
}
