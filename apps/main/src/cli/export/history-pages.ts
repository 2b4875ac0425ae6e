// Reads an account's history for export a page at a time, so a large export streams instead of
// building one huge array: raw snapshots by count, rollup buckets by slices of time.
import type { AccountDto, AccountSnapshot } from '@contract';
import type { Store } from '../../core/store';
import { exportBucket } from './rollup-entry';
import type { ExportBucket } from './rollup-entry';

const PAGE = 1000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Slices of at most ~10,000 minute buckets or ~1,440 hour buckets. */
const SLICE = { '1m': 7 * DAY, '1h': 60 * DAY } as const;

export interface TimeRange {
  from: number;
  to: number;
}

/** Raw snapshots of one account in the range, oldest first. */
export function* snapshotPages(
  store: Store,
  accountId: string,
  range: TimeRange,
): Generator<AccountSnapshot[]> {
  let from = range.from;
  for (;;) {
    const page = store.snapshots.range(accountId, from, range.to, PAGE);
    if (page.length) yield page;
    const last = page.at(-1);
    if (page.length < PAGE || !last) return;
    from = last.fetchedAt + 1;
  }
}

function* slices(from: number, to: number, size: number): Generator<TimeRange> {
  for (let t = from; t <= to; t += size) yield { from: t, to: Math.min(to, t + size - 1) };
}

/**
 * Where an account's rollups can lie within `range`: from the earliest of its creation, its first
 * kept snapshot and its first hour bucket (hours are kept longest), to a day past its latest snapshot.
 */
export function historySpan(store: Store, account: AccountDto, range: TimeRange, now: number): TimeRange {
  let firstHour = Infinity;
  for (const slice of slices(Math.max(0, range.from), Math.min(range.to, now + DAY), SLICE['1h'])) {
    const first = store.rollups.buckets(account.id, '1h', slice)[0];
    if (first) {
      firstHour = first.t;
      break;
    }
  }
  const firstRaw = store.snapshots.range(account.id, range.from, range.to, 1)[0]?.fetchedAt ?? Infinity;
  const latest = store.snapshots.latest(account.id)?.fetchedAt ?? 0;
  // Buckets start on the minute or hour before the first sample in them.
  const first = Math.floor(Math.min(account.createdAt, firstRaw, firstHour) / HOUR) * HOUR;
  return {
    from: Math.max(range.from, first),
    to: Math.min(range.to, Math.max(now, latest) + DAY),
  };
}

/** Rollup buckets of one account at `resolution` within `span` (see historySpan), oldest first. */
export function* rollupPages(
  store: Store,
  accountId: string,
  resolution: '1m' | '1h',
  span: TimeRange,
): Generator<ExportBucket[]> {
  for (const slice of slices(span.from, span.to, SLICE[resolution])) {
    const page = store.rollups.buckets(accountId, resolution, slice);
    if (page.length) yield page.map(exportBucket);
  }
}

/** What an export reads, per account: snapshot pages and rollup pages. */
export interface HistorySource {
  snapshots(account: AccountDto): Iterable<AccountSnapshot[]>;
  rollups(account: AccountDto, resolution: '1m' | '1h'): Iterable<ExportBucket[]>;
}

/** The history of `store` within `range`; null store (no database yet) has none. */
export function historyOf(store: Store | null, range: TimeRange, now: number): HistorySource {
  if (!store) return { snapshots: () => [], rollups: () => [] };
  const spans = new Map<string, TimeRange>();
  return {
    snapshots: (account) => snapshotPages(store, account.id, range),
    rollups(account, resolution) {
      let span = spans.get(account.id);
      if (!span) spans.set(account.id, (span = historySpan(store, account, range, now)));
      return rollupPages(store, account.id, resolution, span);
    },
  };
}
