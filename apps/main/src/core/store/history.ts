// Chart series for one account: picks the resolution by span (raw up to ~5.5 h, 1-minute up to
// ~10 days, hourly beyond, per 1,000 points) and by retention, stitches the tail that is not rolled
// up yet from finer data, and keeps at most `maxPoints` points per line (the last in each slot).
import type { HistoryPoint, HistorySeries, QuotaUnit, Settings } from '@contract';
import { windowKey } from '@contract';
import type { InternTable } from './intern-table';
import type { Db } from './migrations';
import { decodeBucket, walletKey, type SeriesSetEntry } from './rollup-codec';
import { HOUR, MINUTE } from './rollup-builder';
import { joinSnapshot, type SnapshotShape } from './snapshot-codec';
import type { TimeRange } from './types';

const DAY = 86_400_000;

type Resolution = HistorySeries['resolution'];

interface Line {
  series: HistorySeries;
}

interface Row {
  t: number;
  ref: number;
  data: Buffer;
}

export interface HistoryDeps {
  db: Db;
  shapes: InternTable<SnapshotShape>;
  sets: InternTable<SeriesSetEntry[]>;
  now: () => number;
  settings: () => Settings;
}

/** Picks the resolution for a span, falling back to coarser data when finer data is past retention. */
export function pickResolution(
  range: TimeRange,
  maxPoints: number,
  nowMs: number,
  retention: Settings['retention'],
): Resolution {
  const span = range.to - range.from;
  let res: Resolution = span <= maxPoints * 20_000 ? 'raw' : span <= maxPoints * 15 * MINUTE ? '1m' : '1h';
  if (res === 'raw' && range.from < nowMs - retention.rawDays * DAY) res = '1m';
  if (res === '1m' && range.from < nowMs - retention.minuteDays * DAY) res = '1h';
  return res;
}

/** Keeps the last point of each of `maxPoints` equal time slots. */
export function downsample(points: HistoryPoint[], range: TimeRange, maxPoints: number): HistoryPoint[] {
  if (points.length <= maxPoints) return points;
  const width = (range.to - range.from) / maxPoints;
  const out: HistoryPoint[] = [];
  let slot = Number.NaN;
  for (const p of points) {
    const s = Math.min(maxPoints - 1, Math.floor((p.t - range.from) / width));
    if (s === slot) out[out.length - 1] = p;
    else out.push(p);
    slot = s;
  }
  return out;
}

/** Builds the history reader. */
export function createHistoryReader({ db, shapes, sets, now, settings }: HistoryDeps) {
  const state = db.prepare<[number], { minute_wm: number; hour_wm: number }>(
    'SELECT minute_wm, hour_wm FROM account_state WHERE acc = ?',
  );
  const hours = db.prepare<[number, number, number], Row>(
    'SELECT t, series AS ref, stats AS data FROM rollups_1h WHERE acc = ? AND t >= ? AND t < ? ORDER BY t',
  );
  const minutes = db.prepare<[number, number, number], Row>(
    'SELECT t, series AS ref, stats AS data FROM rollups_1m WHERE acc = ? AND t >= ? AND t < ? ORDER BY t',
  );
  const raw = db.prepare<[number, number, number], Row>(
    'SELECT t, shape AS ref, nums AS data FROM snapshots WHERE acc = ? AND t >= ? AND t <= ? ORDER BY t',
  );

  return (acc: number, range: TimeRange, maxPoints: number): HistorySeries[] => {
    if (!(range.to >= range.from) || maxPoints < 1) return [];
    const resolution = pickResolution(range, maxPoints, now(), settings().retention);
    const lines = new Map<string, Line>();
    const point = (
      key: string,
      meta: { kind: 'window' | 'wallet'; label: string; unit: QuotaUnit | 'money'; currency?: string },
      p: HistoryPoint,
    ): void => {
      let line = lines.get(key);
      if (!line) {
        line = {
          series: { seriesKey: key, ...meta, resolution, from: range.from, to: range.to, points: [] },
        };
        lines.set(key, line);
      }
      line.series.label = meta.label;
      line.series.points.push(p);
    };
    const addBuckets = (rows: Row[]): void => {
      for (const row of rows) {
        for (const s of decodeBucket(sets.bodyOf(row.ref), row.data)) {
          if (s.kind === 'window')
            point(
              s.key,
              { kind: 'window', label: s.label, unit: s.unit },
              { t: row.t, value: s.lastPercent },
            );
          else
            point(
              s.key,
              { kind: 'wallet', label: s.currency, unit: 'money', currency: s.currency },
              { t: row.t, value: s.lastAvailable },
            );
        }
      }
    };

    const wm = state.get(acc) ?? { minute_wm: 0, hour_wm: 0 };
    let cursor = range.from;
    if (resolution === '1h') {
      addBuckets(hours.all(acc, Math.floor(range.from / HOUR) * HOUR, Math.min(range.to + 1, wm.hour_wm)));
      cursor = Math.max(cursor, wm.hour_wm);
    }
    if (resolution !== 'raw') {
      addBuckets(
        minutes.all(acc, Math.floor(cursor / MINUTE) * MINUTE, Math.min(range.to + 1, wm.minute_wm)),
      );
      cursor = Math.max(cursor, wm.minute_wm);
    }
    // Raw rows can be many (or maintenance may lag): decode only the last row of each point slot.
    const width = Math.max(1, (range.to - range.from) / maxPoints);
    let pending: Row | null = null;
    const emit = (row: Row): void => {
      const snap = joinSnapshot(shapes.bodyOf(row.ref), row.t, row.data);
      for (const w of snap.windows)
        point(
          windowKey(w),
          { kind: 'window', label: w.label, unit: w.unit },
          { t: row.t, value: w.usedPercent },
        );
      for (const m of snap.wallets)
        point(
          walletKey(m.currency),
          { kind: 'wallet', label: m.currency, unit: 'money', currency: m.currency },
          { t: row.t, value: m.available },
        );
    };
    for (const row of raw.iterate(acc, cursor, range.to)) {
      if (
        pending &&
        Math.floor((pending.t - range.from) / width) !== Math.floor((row.t - range.from) / width)
      )
        emit(pending);
      pending = row;
    }
    if (pending) emit(pending);

    return [...lines.values()].map(({ series }) => ({
      ...series,
      points: downsample(series.points, range, maxPoints),
    }));
  };
}
