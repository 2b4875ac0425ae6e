// Raw snapshots: one row per (account, fetchedAt) holding a shape id and a compact number blob. The
// per-account state row keeps the latest and latest-ok times (O(1) reads) and is where a late row
// moves the rollup watermark back so its minute is rebuilt.
import type { AccountSnapshot } from '@contract';
import type { AccountKeys } from './account-keys';
import { ByteWriter } from './byte-codec';
import type { InternTable } from './intern-table';
import type { Db } from './migrations';
import { hasShape, joinSnapshot, shapeOf, writeNumbers, type SnapshotShape } from './snapshot-codec';
import type { SnapshotRow, SnapshotsRepo } from './types';

const MINUTE = 60_000;
const HOUR = 3_600_000;

interface RawRow {
  t: number;
  shape: number;
  nums: Buffer;
}

interface BatchState {
  last: number;
  ok: number | null;
  min: number;
}

export interface SnapshotsDeps {
  db: Db;
  keys: AccountKeys;
  shapes: InternTable<SnapshotShape>;
  /** Rows older than this (epoch ms) are past raw retention and are not rolled up any more. */
  rawCutoff: () => number;
}

/** Builds the snapshots repository. */
export function createSnapshotsRepo({ db, keys, shapes, rawCutoff }: SnapshotsDeps): SnapshotsRepo {
  const insertRow = db.prepare<[number, number, number, Buffer]>(
    'INSERT OR REPLACE INTO snapshots (acc, t, shape, nums) VALUES (?, ?, ?, ?)',
  );
  const updateState = db.prepare<{
    acc: number;
    last: number;
    ok: number | null;
    lowMinute: number | null;
    lowHour: number | null;
  }>(
    `UPDATE account_state SET
       last_t = CASE WHEN last_t IS NULL OR @last > last_t THEN @last ELSE last_t END,
       ok_t = CASE WHEN @ok IS NOT NULL AND (ok_t IS NULL OR @ok > ok_t) THEN @ok ELSE ok_t END,
       minute_wm = CASE WHEN @lowMinute IS NOT NULL AND @lowMinute < minute_wm THEN @lowMinute ELSE minute_wm END,
       hour_wm = CASE WHEN @lowMinute IS NOT NULL AND @lowMinute < minute_wm AND @lowHour < hour_wm
                 THEN @lowHour ELSE hour_wm END
     WHERE acc = @acc`,
  );
  const selectAt = db.prepare<[number, number], RawRow>(
    'SELECT t, shape, nums FROM snapshots WHERE acc = ? AND t = ?',
  );
  const selectState = db.prepare<[number], { last_t: number | null; ok_t: number | null }>(
    'SELECT last_t, ok_t FROM account_state WHERE acc = ?',
  );
  const selectRange = db.prepare<[number, number, number, number], RawRow>(
    'SELECT t, shape, nums FROM snapshots WHERE acc = ? AND t >= ? AND t <= ? ORDER BY t LIMIT ?',
  );
  const olderDesc = db.prepare<[number, number], RawRow>(
    'SELECT t, shape, nums FROM snapshots WHERE acc = ? AND t < ? ORDER BY t DESC',
  );
  const count = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM snapshots WHERE acc = ?');
  const writer = new ByteWriter();
  // Each account's last shape: consecutive polls almost always share it, so most inserts skip JSON.
  const lastShape = new Map<number, { shape: SnapshotShape; id: number; generation: number }>();
  const shapeIdOf = (acc: number, snapshot: AccountSnapshot): number => {
    const cached = lastShape.get(acc);
    if (cached?.generation === shapes.generation && hasShape(cached.shape, snapshot)) return cached.id;
    const shape = shapeOf(snapshot);
    const id = shapes.idOf(JSON.stringify(shape));
    lastShape.set(acc, { shape, id, generation: shapes.generation });
    return id;
  };

  const decode = (row: RawRow): AccountSnapshot => joinSnapshot(shapes.bodyOf(row.shape), row.t, row.nums);

  const write = db.transaction((rows: readonly SnapshotRow[]) => {
    const batch = new Map<number, BatchState>();
    for (const { accountId, snapshot } of rows) {
      const acc = keys.require(accountId);
      const shape = shapeIdOf(acc, snapshot);
      writeNumbers(snapshot, writer);
      const t = snapshot.fetchedAt;
      insertRow.run(acc, t, shape, writer.toBuffer());
      const ok = snapshot.status === 'ok' ? t : null;
      const state = batch.get(acc);
      if (!state) {
        batch.set(acc, { last: t, ok, min: t });
      } else {
        if (t > state.last) state.last = t;
        if (ok !== null && (state.ok === null || ok > state.ok)) state.ok = ok;
        if (t < state.min) state.min = t;
      }
    }
    const cutoff = rawCutoff();
    for (const [acc, s] of batch) {
      // Rows already past raw retention must not reopen a minute whose other raw rows are gone.
      const late = s.min >= cutoff;
      updateState.run({
        acc,
        last: s.last,
        ok: s.ok,
        lowMinute: late ? Math.floor(s.min / MINUTE) * MINUTE : null,
        lowHour: late ? Math.floor(s.min / HOUR) * HOUR : null,
      });
    }
  });

  const insertMany = (rows: readonly SnapshotRow[]): void => {
    try {
      write(rows);
    } catch (error) {
      // A rolled-back transaction may have taken shape ids with it.
      shapes.clear();
      throw error;
    }
  };

  const at = (accountId: string, pick: 'last_t' | 'ok_t'): AccountSnapshot | null => {
    const acc = keys.numOf(accountId);
    if (acc === null) return null;
    const t = selectState.get(acc)?.[pick];
    if (t === null || t === undefined) return null;
    const row = selectAt.get(acc, t);
    const snapshot = row ? decode(row) : null;
    if (pick === 'last_t' || snapshot?.status === 'ok') return snapshot;
    // The ok row was replaced by a failed one with the same fetchedAt: look further back.
    for (const older of olderDesc.iterate(acc, t)) {
      const candidate = decode(older);
      if (candidate.status === 'ok') return candidate;
    }
    return null;
  };

  return {
    insert: (accountId, snapshot) => {
      insertMany([{ accountId, snapshot }]);
    },
    insertMany,
    latest: (accountId) => at(accountId, 'last_t'),
    latestOk: (accountId) => at(accountId, 'ok_t'),
    range(accountId, fromMs, toMs, limit = 10_000) {
      const acc = keys.numOf(accountId);
      if (acc === null) return [];
      return selectRange.all(acc, fromMs, toMs, limit).map(decode);
    },
    countFor(accountId) {
      const acc = keys.numOf(accountId);
      return acc === null ? 0 : (count.get(acc)?.n ?? 0);
    },
  };
}
