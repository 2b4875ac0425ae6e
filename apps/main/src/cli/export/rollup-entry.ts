// The export's own, documented form of a rollup bucket, decoupled from the store's codec so that the
// export format stays stable if the storage encoding changes.
import type { QuotaUnit } from '@contract';
import type { SeriesBucket } from '../../core/store';

export interface ExportWindowSeries {
  kind: 'window';
  /** windowKey() of the contract, e.g. `five_hour:general`. */
  series: string;
  label: string;
  unit: QuotaUnit;
  /** Snapshots that fell in the bucket. */
  samples: number;
  lastPercent: number | null;
  minPercent: number | null;
  maxPercent: number | null;
  lastUsed: number | null;
  lastLimit: number | null;
  lastRemaining: number | null;
}

export interface ExportWalletSeries {
  kind: 'wallet';
  /** `wallet:<CUR>`. */
  series: string;
  currency: string;
  samples: number;
  lastAvailable: number | null;
}

/** One minute or hour of one account: the bucket's start (epoch ms) and its series. */
export interface ExportBucket {
  t: number;
  series: (ExportWindowSeries | ExportWalletSeries)[];
}

/** Maps a stored bucket to the export form. */
export function exportBucket(b: SeriesBucket): ExportBucket {
  return {
    t: b.t,
    series: b.series.map((s) =>
      s.kind === 'window'
        ? {
            kind: 'window',
            series: s.key,
            label: s.label,
            unit: s.unit,
            samples: s.count,
            lastPercent: s.lastPercent,
            minPercent: s.minPercent,
            maxPercent: s.maxPercent,
            lastUsed: s.lastUsed,
            lastLimit: s.lastLimit,
            lastRemaining: s.lastRemaining,
          }
        : {
            kind: 'wallet',
            series: s.key,
            currency: s.currency,
            samples: s.count,
            lastAvailable: s.lastAvailable,
          },
    ),
  };
}
