// Read side of the rollups (chart series, stored buckets) plus direct import of finished buckets.
import type { AccountKeys } from './account-keys';
import type { InternTable } from './intern-table';
import type { Db } from './migrations';
import { decodeBucket, type SeriesBucket, type SeriesSetEntry } from './rollup-codec';
import { HOUR, MINUTE, type RollupBuilder } from './rollup-builder';
import type { RollupsRepo } from './types';

export interface RollupsDeps {
  db: Db;
  keys: AccountKeys;
  sets: InternTable<SeriesSetEntry[]>;
  builder: RollupBuilder;
  history: (
    acc: number,
    range: { from: number; to: number },
    maxPoints: number,
  ) => ReturnType<RollupsRepo['series']>;
}

/** Builds the rollups repository. */
export function createRollupsRepo({ db, keys, sets, builder, history }: RollupsDeps): RollupsRepo {
  const select = {
    '1m': db.prepare<[number, number, number], { t: number; series: number; stats: Buffer }>(
      'SELECT t, series, stats FROM rollups_1m WHERE acc = ? AND t >= ? AND t <= ? ORDER BY t',
    ),
    '1h': db.prepare<[number, number, number], { t: number; series: number; stats: Buffer }>(
      'SELECT t, series, stats FROM rollups_1h WHERE acc = ? AND t >= ? AND t <= ? ORDER BY t',
    ),
  };
  const advance = {
    '1m': db.prepare<[number, number]>(
      'UPDATE account_state SET minute_wm = max(minute_wm, ?) WHERE acc = ?',
    ),
    '1h': db.prepare<[number, number]>('UPDATE account_state SET hour_wm = max(hour_wm, ?) WHERE acc = ?'),
  };

  const importBuckets = db.transaction(
    (acc: number, resolution: '1m' | '1h', buckets: readonly SeriesBucket[]) => {
      const size = resolution === '1m' ? MINUTE : HOUR;
      let end = 0;
      for (const b of buckets) {
        const t = Math.floor(b.t / size) * size;
        builder.writeBucket(resolution === '1m' ? 'minute' : 'hour', acc, t, b.series);
        end = Math.max(end, t + size);
      }
      if (end > 0) advance[resolution].run(end, acc);
    },
  );

  return {
    series(accountId, range, maxPoints = 1000) {
      const acc = keys.numOf(accountId);
      return acc === null ? [] : history(acc, range, maxPoints);
    },
    importBuckets(accountId, resolution, buckets) {
      try {
        importBuckets(keys.require(accountId), resolution, buckets);
      } catch (error) {
        sets.clear();
        throw error;
      }
    },
    buckets(accountId, resolution, range) {
      const acc = keys.numOf(accountId);
      if (acc === null) return [];
      return select[resolution]
        .all(acc, range.from, range.to)
        .map((r) => ({ t: r.t, series: decodeBucket(sets.bodyOf(r.series), r.stats) }));
    },
  };
}
