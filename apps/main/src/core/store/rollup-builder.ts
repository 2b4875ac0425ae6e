// Incremental rollups. Every bucket before an account's watermark is final; a step rebuilds whole
// buckets from the finer level (raw -> 1 minute -> 1 hour), so running it twice changes nothing, and a
// late raw row only has to move the watermark back to its minute.
import { BucketBuilder } from './bucket-builder';
import { ByteWriter } from './byte-codec';
import type { InternTable } from './intern-table';
import type { Db } from './migrations';
import { decodeBucket, encodeBucket, type SeriesSetEntry, type SeriesStats } from './rollup-codec';
import { joinSnapshot, type SnapshotShape } from './snapshot-codec';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;

export interface AccountWatermarks {
  acc: number;
  minute_wm: number;
  hour_wm: number;
}

interface SourceRow {
  t: number;
  ref: number;
  data: Buffer;
}

/** Result of one level's pass over one account. */
export interface PassResult {
  /** Source rows read. */
  rows: number;
  /** False when the budget ran out before the account was caught up. */
  complete: boolean;
}

/** Builds the two rollup passes over a database. */
export function createRollupBuilder(
  db: Db,
  shapes: InternTable<SnapshotShape>,
  sets: InternTable<SeriesSetEntry[]>,
) {
  const rawRows = db.prepare<[number, number, number, number], SourceRow>(
    'SELECT t, shape AS ref, nums AS data FROM snapshots WHERE acc = ? AND t >= ? AND t < ? ORDER BY t LIMIT ?',
  );
  const minuteRows = db.prepare<[number, number, number, number], SourceRow>(
    'SELECT t, series AS ref, stats AS data FROM rollups_1m WHERE acc = ? AND t >= ? AND t < ? ORDER BY t LIMIT ?',
  );
  const upsert = {
    minute: db.prepare<[number, number, number, Buffer]>(
      'INSERT OR REPLACE INTO rollups_1m (acc, t, series, stats) VALUES (?, ?, ?, ?)',
    ),
    hour: db.prepare<[number, number, number, Buffer]>(
      'INSERT OR REPLACE INTO rollups_1h (acc, t, series, stats) VALUES (?, ?, ?, ?)',
    ),
  };
  const drop = {
    minute: db.prepare<[number, number]>('DELETE FROM rollups_1m WHERE acc = ? AND t = ?'),
    hour: db.prepare<[number, number]>('DELETE FROM rollups_1h WHERE acc = ? AND t = ?'),
  };
  const setMinute = db.prepare<[number, number]>('UPDATE account_state SET minute_wm = ? WHERE acc = ?');
  const setHour = db.prepare<[number, number]>('UPDATE account_state SET hour_wm = ? WHERE acc = ?');
  const writer = new ByteWriter();

  /** Writes one finished bucket (or removes it when it holds no series). */
  const writeBucket = (level: 'minute' | 'hour', acc: number, t: number, series: SeriesStats[]): void => {
    if (series.length === 0) {
      drop[level].run(acc, t);
      return;
    }
    const setId = sets.idOf(encodeBucket(series, writer));
    upsert[level].run(acc, t, setId, writer.toBuffer());
  };

  // Reads up to `budget` source rows in [from, until), keeps only whole buckets, folds each one.
  const pass = (
    level: 'minute' | 'hour',
    acc: number,
    from: number,
    until: number,
    budget: number,
  ): PassResult & { next: number } => {
    const size = level === 'minute' ? MINUTE : HOUR;
    const source = level === 'minute' ? rawRows : minuteRows;
    if (from >= until) return { rows: 0, complete: true, next: from };
    let rows = source.all(acc, from, until, Math.max(1, budget) + 1);
    const complete = rows.length <= budget;
    let next = until;
    const tail = rows.at(-1);
    if (!complete && tail) {
      const lastBucket = Math.floor(tail.t / size) * size;
      rows = rows.filter((r) => r.t < lastBucket);
      // A single bucket larger than the budget is still done whole, or the pass would never advance.
      if (rows.length === 0) rows = source.all(acc, lastBucket, lastBucket + size, Number.MAX_SAFE_INTEGER);
      next = Math.floor((rows.at(-1)?.t ?? lastBucket) / size) * size + size;
    }
    let bucket = Number.NaN;
    let builder = new BucketBuilder();
    const flush = (): void => {
      if (!Number.isNaN(bucket)) writeBucket(level, acc, bucket, builder.result());
    };
    for (const row of rows) {
      const b = Math.floor(row.t / size) * size;
      if (b !== bucket) {
        flush();
        bucket = b;
        builder = new BucketBuilder();
      }
      if (level === 'minute') builder.addSnapshot(joinSnapshot(shapes.bodyOf(row.ref), row.t, row.data));
      else builder.addStats(decodeBucket(sets.bodyOf(row.ref), row.data));
    }
    flush();
    return { rows: rows.length, complete, next };
  };

  return {
    writeBucket,
    /** Folds raw rows of finished minutes into 1-minute rollups. */
    minutes(w: AccountWatermarks, nowMs: number, budget: number): PassResult {
      const r = pass('minute', w.acc, w.minute_wm, Math.floor(nowMs / MINUTE) * MINUTE, budget);
      if (r.next !== w.minute_wm) setMinute.run(r.next, w.acc);
      w.minute_wm = r.next;
      return r;
    },
    /** Folds 1-minute rollups of finished hours into hourly rollups. */
    hours(w: AccountWatermarks, budget: number): PassResult {
      const r = pass('hour', w.acc, w.hour_wm, Math.floor(w.minute_wm / HOUR) * HOUR, budget);
      if (r.next !== w.hour_wm) setHour.run(r.next, w.acc);
      w.hour_wm = r.next;
      return r;
    },
  };
}

export type RollupBuilder = ReturnType<typeof createRollupBuilder>;
