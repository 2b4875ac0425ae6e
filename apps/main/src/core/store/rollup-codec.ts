// One rollup row holds every series (quota window or wallet currency) of one account in one minute or
// hour. The series' names live in a deduplicated "series set"; the row keeps only a compact blob of
// statistics. Percents are kept to 0.001 point (plenty for charts and rates; raw rows stay exact).
import type { QuotaUnit } from '@contract';
import { ByteReader, type ByteWriter } from './byte-codec';

export interface WindowSeriesStats {
  kind: 'window';
  /** `windowKey()` of the contract. */
  key: string;
  label: string;
  unit: QuotaUnit;
  /** Samples in the bucket that carried this window. */
  count: number;
  lastPercent: number | null;
  minPercent: number | null;
  maxPercent: number | null;
  lastUsed: number | null;
  lastRemaining: number | null;
  lastLimit: number | null;
}

export interface WalletSeriesStats {
  kind: 'wallet';
  /** `wallet:<CUR>`. */
  key: string;
  currency: string;
  count: number;
  lastAvailable: number | null;
}

export type SeriesStats = WindowSeriesStats | WalletSeriesStats;

/** One rollup row: the bucket's start (epoch ms) and its series. */
export interface SeriesBucket {
  t: number;
  series: SeriesStats[];
}

/** How the series set table stores names: ['w', key, label, unit] or ['$', key, currency]. */
export type SeriesSetEntry = ['w', string, string, QuotaUnit] | ['$', string, string];

/** The series key of a wallet currency. */
export function walletKey(currency: string): string {
  return `wallet:${currency}`;
}

function toMilli(percent: number | null): number | null {
  return percent === null || !Number.isFinite(percent) ? null : Math.round(percent * 1000);
}

/** Writes the stats of `series` into `writer` and returns the canonical series-set JSON. */
export function encodeBucket(series: readonly SeriesStats[], writer: ByteWriter): string {
  writer.reset();
  const set: SeriesSetEntry[] = [];
  for (const s of series) {
    writer.varint(s.count);
    if (s.kind === 'wallet') {
      set.push(['$', s.key, s.currency]);
      writer.number(s.lastAvailable);
      continue;
    }
    set.push(['w', s.key, s.label, s.unit]);
    const last = toMilli(s.lastPercent);
    writer.number(last);
    // min and max as distances from last: one byte each while usage moves slowly.
    if (last !== null) {
      writer.number(last - (toMilli(s.minPercent) ?? last));
      writer.number((toMilli(s.maxPercent) ?? last) - last);
    }
    writer.number(s.lastUsed);
    writer.number(s.lastLimit);
    const derived = s.lastUsed !== null && s.lastLimit !== null ? s.lastLimit - s.lastUsed : null;
    writer.numberOr(s.lastRemaining, derived);
  }
  return JSON.stringify(set);
}

/** Reads a blob written by `encodeBucket` with its series set. */
export function decodeBucket(set: readonly SeriesSetEntry[], blob: Uint8Array): SeriesStats[] {
  const r = new ByteReader(blob);
  return set.map((entry): SeriesStats => {
    const count = r.varint();
    if (entry[0] === '$') {
      return { kind: 'wallet', key: entry[1], currency: entry[2], count, lastAvailable: r.number() };
    }
    const last = r.number();
    const min = last === null ? null : last - (r.number() ?? 0);
    const max = last === null ? null : last + (r.number() ?? 0);
    const lastUsed = r.number();
    const lastLimit = r.number();
    const lastRemaining = r.number(() =>
      lastUsed !== null && lastLimit !== null ? lastLimit - lastUsed : null,
    );
    return {
      kind: 'window',
      key: entry[1],
      label: entry[2],
      unit: entry[3],
      count,
      lastPercent: last === null ? null : last / 1000,
      minPercent: min === null ? null : min / 1000,
      maxPercent: max === null ? null : max / 1000,
      lastUsed,
      lastRemaining,
      lastLimit,
    };
  });
}
