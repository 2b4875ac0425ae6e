// The export's paging over a real store: every snapshot once and in order across pages, and rollups
// found wherever they lie, including history imported from before the account was created.
import { describe, expect, it } from 'vitest';
import type { AccountDto } from '@contract';
import { historyOf, historySpan } from '../../../../../apps/main/src/cli/export/history-pages';
import type { SeriesBucket } from '../../../../../apps/main/src/core/store';
import { addAccount, planSnapshot, testStore } from '../../core/store/helpers';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 5, 1, 12);

function bucket(t: number, percent: number): SeriesBucket {
  return {
    t,
    series: [{ kind: 'wallet', key: 'wallet:CNY', currency: 'CNY', count: 1, lastAvailable: 100 - percent }],
  };
}

function dto(store: ReturnType<typeof testStore>, id: string): AccountDto {
  const { sortOrder: _order, ...row } = store.accounts.get(id)!;
  return { ...row, keyMask: 'sk-…abcd' };
}

const ALL = { from: 0, to: Number.MAX_SAFE_INTEGER };

describe('export history pages', () => {
  it('yields every snapshot once, oldest first, in pages of at most 1000', () => {
    const store = testStore({ now: () => NOW });
    const id = addAccount(store);
    const start = NOW - 2 * HOUR;
    store.snapshots.insertMany(
      Array.from({ length: 2_345 }, (_, i) => ({
        accountId: id,
        snapshot: planSnapshot(start + i * 3_000, i % 2000),
      })),
    );
    const pages = [...historyOf(store, ALL, NOW).snapshots(dto(store, id))];
    expect(pages.map((p) => p.length)).toEqual([1000, 1000, 345]);
    const times = pages.flat().map((s) => s.fetchedAt);
    expect(times).toEqual(Array.from({ length: 2_345 }, (_, i) => start + i * 3_000));
    const some = [
      ...historyOf(store, { from: start + 3_000, to: start + 9_000 }, NOW).snapshots(dto(store, id)),
    ];
    expect(some.flat().map((s) => s.fetchedAt)).toEqual([start + 3_000, start + 6_000, start + 9_000]);
  });

  it('finds rollups in slices across weeks, even from before the account existed', () => {
    const store = testStore({ now: () => NOW });
    const id = addAccount(store);
    const account = dto(store, id);
    // Imported history: 20 days of hours and 10 days of minutes (every 10 minutes), all before createdAt.
    const hours = Array.from({ length: 20 * 24 }, (_, i) => bucket(NOW - 30 * DAY + i * HOUR, i % 50));
    const minutes = Array.from({ length: 10 * 144 }, (_, i) => bucket(NOW - 30 * DAY + i * 10 * MIN, i % 50));
    store.rollups.importBuckets(id, '1h', hours);
    store.rollups.importBuckets(id, '1m', minutes);
    expect(account.createdAt).toBeGreaterThan(hours[0]!.t);

    const span = historySpan(store, account, ALL, NOW);
    expect(span.from).toBeLessThanOrEqual(hours[0]!.t);
    const history = historyOf(store, ALL, NOW);
    const minutePages = [...history.rollups(account, '1m')];
    expect(minutePages.length).toBeGreaterThan(1);
    expect(minutePages.flat().map((b) => b.t)).toEqual(minutes.map((b) => b.t));
    expect([...history.rollups(account, '1h')].flat().map((b) => b.t)).toEqual(hours.map((b) => b.t));
    expect(minutePages[0]![0]!.series[0]).toEqual({
      kind: 'wallet',
      series: 'wallet:CNY',
      currency: 'CNY',
      samples: 1,
      lastAvailable: 100,
    });

    const from = NOW - 25 * DAY;
    const late = [...historyOf(store, { from, to: NOW }, NOW).rollups(account, '1m')].flat();
    expect(late.map((b) => b.t)).toEqual(minutes.filter((b) => b.t >= from).map((b) => b.t));
  });

  it('has nothing for a folder without a database', () => {
    const none = historyOf(null, ALL, NOW);
    const account = { id: 'x' } as AccountDto;
    expect([...none.snapshots(account)]).toEqual([]);
    expect([...none.rollups(account, '1h')]).toEqual([]);
  });
});
