// Retention in bounded chunks: raw rows after rawDays, 1-minute rollups after minuteDays, hourly kept.
// Nothing is deleted before it was rolled up, and an account's latest and latest-ok snapshots stay.
import type { Db } from './migrations';
import { HOUR, MINUTE } from './rollup-builder';

const DAY = 86_400_000;

export interface RetentionState {
  acc: number;
  last_t: number | null;
  ok_t: number | null;
  minute_wm: number;
  hour_wm: number;
}

/** Builds the pruning functions; each deletes at most `limit` rows and returns how many it deleted. */
export function createRetention(db: Db) {
  const raw = db.prepare<[number, number, number, number, number, number]>(
    `DELETE FROM snapshots WHERE acc = ? AND t IN (
       SELECT t FROM snapshots WHERE acc = ? AND t < ? AND t NOT IN (?, ?) ORDER BY t LIMIT ?)`,
  );
  const minute = db.prepare<[number, number, number, number]>(
    `DELETE FROM rollups_1m WHERE acc = ? AND t IN (
       SELECT t FROM rollups_1m WHERE acc = ? AND t < ? ORDER BY t LIMIT ?)`,
  );
  return {
    /** Raw rows older than rawDays (whole minutes) that the minute rollups already hold. */
    raw(s: RetentionState, nowMs: number, rawDays: number, limit: number): number {
      const cutoff = Math.min(Math.floor((nowMs - rawDays * DAY) / MINUTE) * MINUTE, s.minute_wm);
      if (limit <= 0) return 0;
      // NOT IN with a NULL never matches, so absent pointers become an impossible time.
      return raw.run(s.acc, s.acc, cutoff, s.last_t ?? -1, s.ok_t ?? -1, limit).changes;
    },
    /** 1-minute rollups older than minuteDays (whole hours) that the hourly rollups already hold. */
    minutes(s: RetentionState, nowMs: number, minuteDays: number, limit: number): number {
      const cutoff = Math.min(Math.floor((nowMs - minuteDays * DAY) / HOUR) * HOUR, s.hour_wm);
      if (limit <= 0) return 0;
      return minute.run(s.acc, s.acc, cutoff, limit).changes;
    },
  };
}

export type Retention = ReturnType<typeof createRetention>;
