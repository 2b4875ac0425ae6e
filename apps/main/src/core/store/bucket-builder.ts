// Folds samples (raw snapshots, or finer rollup buckets) into one bucket's per-series statistics.
// Samples must arrive oldest first: "last" means the latest sample that carried the series.
import { windowKey, type AccountSnapshot } from '@contract';
import { walletKey, type SeriesStats, type WalletSeriesStats, type WindowSeriesStats } from './rollup-codec';

function minOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}
function maxOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

export class BucketBuilder {
  private readonly series = new Map<string, SeriesStats>();

  get empty(): boolean {
    return this.series.size === 0;
  }

  /** Adds one raw snapshot's windows and wallets. */
  addSnapshot(snapshot: AccountSnapshot): void {
    for (const w of snapshot.windows) {
      const percent = Number.isFinite(w.usedPercent) ? w.usedPercent : null;
      this.addWindow({
        kind: 'window',
        key: windowKey(w),
        label: w.label,
        unit: w.unit,
        count: 1,
        lastPercent: percent,
        minPercent: percent,
        maxPercent: percent,
        lastUsed: w.used,
        lastRemaining: w.remaining,
        lastLimit: w.limit,
      });
    }
    for (const m of snapshot.wallets) {
      this.addWallet({
        kind: 'wallet',
        key: walletKey(m.currency),
        currency: m.currency,
        count: 1,
        lastAvailable: m.available,
      });
    }
  }

  /** Adds a finer bucket's statistics (1-minute rows folded into an hour). */
  addStats(stats: readonly SeriesStats[]): void {
    for (const s of stats) {
      if (s.kind === 'window') this.addWindow(s);
      else this.addWallet(s);
    }
  }

  /** The bucket's series, in order of first appearance. */
  result(): SeriesStats[] {
    return [...this.series.values()];
  }

  private addWindow(next: WindowSeriesStats): void {
    const prev = this.series.get(next.key);
    if (prev?.kind !== 'window') {
      this.series.set(next.key, { ...next });
      return;
    }
    prev.count += next.count;
    prev.label = next.label;
    prev.unit = next.unit;
    if (next.lastPercent !== null) prev.lastPercent = next.lastPercent;
    prev.minPercent = minOf(prev.minPercent, next.minPercent);
    prev.maxPercent = maxOf(prev.maxPercent, next.maxPercent);
    prev.lastUsed = next.lastUsed;
    prev.lastRemaining = next.lastRemaining;
    prev.lastLimit = next.lastLimit;
  }

  private addWallet(next: WalletSeriesStats): void {
    const prev = this.series.get(next.key);
    if (prev?.kind !== 'wallet') {
      this.series.set(next.key, { ...next });
      return;
    }
    prev.count += next.count;
    prev.lastAvailable = next.lastAvailable;
  }
}
