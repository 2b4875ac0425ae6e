// Store benchmarks: snapshot ingest (absolute and against a bare better-sqlite3 loop), a 30-day chart
// read and the database size for a year of 20 accounts. The year database is generated once and
// cached under the OS temp folder, keyed by a hash of the store's source.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { AccountSnapshot } from '@contract';
import {
  openStore,
  type SeriesBucket,
  type SeriesStats,
  type SnapshotRow,
  type Store,
} from '../../../apps/main/src/core/store/index';
import { ByteWriter } from '../../../apps/main/src/core/store/byte-codec';
import { splitSnapshot } from '../../../apps/main/src/core/store/snapshot-codec';
import { atLeast, below, median, nowMs, repeat, type BenchArea, type BenchResult } from '../harness';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const ACCOUNTS = 20;
const WALLET_ACCOUNTS = 4;
const BATCH = 1000;
const INGEST_ROWS = 50_000;
const POLL_MS = 10_000;
const END = Date.UTC(2026, 0, 1);

/** A deterministic pseudo-random source, so every run generates the same data. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Produces one account's successive snapshots: two quota windows, or a wallet; every sample differs. */
function snapshotSource(index: number): (t: number) => AccountSnapshot {
  const rand = rng(index + 1);
  const wallet = index >= ACCOUNTS - WALLET_ACCOUNTS;
  let used5h = 0;
  let usedWeek = 0;
  let balance = 500 + index;
  return (t) => {
    if (wallet) {
      balance = Math.max(0, Math.round((balance - 0.01 - rand() * 0.05) * 100) / 100);
      return {
        provider: 'deepseek',
        fetchedAt: t,
        status: 'ok',
        planName: null,
        windows: [],
        wallets: [
          {
            currency: 'CNY',
            available: balance,
            granted: 10,
            paid: balance - 10,
            frozen: null,
            spent: null,
            usable: true,
          },
        ],
        packages: [],
        error: null,
      };
    }
    const step = 1 + Math.floor(rand() * 6);
    used5h = t % (5 * HOUR) < POLL_MS ? step : Math.min(2000, used5h + step);
    usedWeek = t % (7 * DAY) < POLL_MS ? step : usedWeek + step;
    const reset5h = Math.ceil((t + 1) / (5 * HOUR)) * 5 * HOUR;
    const resetWeek = Math.ceil((t + 1) / (7 * DAY)) * 7 * DAY;
    return {
      provider: 'glm-coding-plan',
      fetchedAt: t,
      status: 'ok',
      planName: 'GLM Coding Pro',
      windows: [
        {
          kind: 'five_hour',
          label: '5-hour',
          windowMinutes: 300,
          usedPercent: (used5h / 2000) * 100,
          used: used5h,
          limit: 2000,
          remaining: 2000 - used5h,
          unit: 'credits',
          resetsAt: reset5h,
          scope: 'general',
        },
        {
          kind: 'weekly',
          label: 'weekly',
          windowMinutes: 10080,
          usedPercent: (usedWeek / 500_000) * 100,
          used: usedWeek,
          limit: 500_000,
          remaining: 500_000 - usedWeek,
          unit: 'credits',
          resetsAt: resetWeek,
          scope: 'general',
        },
      ],
      wallets: [],
      packages: [],
      error: null,
    };
  };
}

/** Rows for `count` polls, time-major (every account at each tick), as the scheduler writes them. */
function makeRows(ids: string[], from: number, count: number): SnapshotRow[] {
  const sources = ids.map((_, i) => snapshotSource(i));
  const rows: SnapshotRow[] = [];
  for (let tick = 0; rows.length < count; tick++) {
    for (let i = 0; i < ids.length && rows.length < count; i++) {
      rows.push({ accountId: ids[i]!, snapshot: sources[i]!(from + tick * POLL_MS + i) });
    }
  }
  return rows;
}

function addAccounts(store: Store): string[] {
  return Array.from(
    { length: ACCOUNTS },
    (_, i) =>
      store.accounts.insert({
        provider: i >= ACCOUNTS - WALLET_ACCOUNTS ? 'deepseek' : 'glm-coding-plan',
        region: null,
        model: null,
        label: `bench ${i}`,
        baseUrl: null,
      }).id,
  );
}

/** One ingest run: the repository and a bare prepared-insert loop, each into a fresh database. */
function ingestRun(rows: SnapshotRow[]): { ours: number; bare: number } {
  const dirA = mkdtempSync(path.join(os.tmpdir(), 'cpms-bench-ingest-'));
  const dirB = mkdtempSync(path.join(os.tmpdir(), 'cpms-bench-bare-'));
  try {
    // Ours: the repository, 1,000 snapshots per transaction.
    const store = openStore({ dataDir: dirA, now: () => END });
    const ids = addAccounts(store);
    const mapped = rows.map((r) => ({ accountId: ids[Number(r.accountId)]!, snapshot: r.snapshot }));
    let start = nowMs();
    for (let i = 0; i < mapped.length; i += BATCH) store.snapshots.insertMany(mapped.slice(i, i + BATCH));
    const ours = nowMs() - start;
    store.close();

    // Bare: the same rows already encoded, one prepared INSERT each, same table and transaction size.
    const seed = openStore({ dataDir: dirB, now: () => END });
    addAccounts(seed);
    seed.close();
    const db = new Database(path.join(dirB, 'cpms.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const writer = new ByteWriter();
    const shapeIds = new Map<string, number>();
    const addShape = db.prepare<[string]>('INSERT INTO snapshot_shapes (body) VALUES (?)');
    const encoded = rows.map((r) => {
      const body = splitSnapshot(r.snapshot, writer);
      let id = shapeIds.get(body);
      if (id === undefined) {
        id = Number(addShape.run(body).lastInsertRowid);
        shapeIds.set(body, id);
      }
      return [Number(r.accountId) + 1, r.snapshot.fetchedAt, id, writer.toBuffer()] as const;
    });
    const insert = db.prepare<[number, number, number, Buffer]>(
      'INSERT INTO snapshots (acc, t, shape, nums) VALUES (?, ?, ?, ?)',
    );
    const tx = db.transaction((batch: (typeof encoded)[number][]) => {
      for (const row of batch) insert.run(...row);
    });
    start = nowMs();
    for (let i = 0; i < encoded.length; i += BATCH) tx(encoded.slice(i, i + BATCH));
    const bare = nowMs() - start;
    db.close();
    return { ours, bare };
  } finally {
    rmSync(dirA, { recursive: true, force: true });
    rmSync(dirB, { recursive: true, force: true });
  }
}

/** Minute or hour statistics for one account, every bucket different. */
function bucketSource(index: number): (t: number, samples: number) => SeriesStats[] {
  const rand = rng(1000 + index);
  const wallet = index >= ACCOUNTS - WALLET_ACCOUNTS;
  let pct5h = 0;
  let pctWeek = 0;
  let balance = 5000 + index;
  return (t, samples) => {
    if (wallet) {
      balance = Math.max(0, Math.round((balance - 0.01 - rand() * 0.3) * 100) / 100);
      return [{ kind: 'wallet', key: 'wallet:CNY', currency: 'CNY', count: samples, lastAvailable: balance }];
    }
    const window = (key: string, label: string, limit: number, pct: number): SeriesStats => ({
      kind: 'window',
      key,
      label,
      unit: 'credits',
      count: samples,
      lastPercent: pct,
      minPercent: Math.max(0, pct - rand() * 0.2),
      maxPercent: pct,
      lastUsed: Math.round((pct / 100) * limit),
      lastRemaining: limit - Math.round((pct / 100) * limit),
      lastLimit: limit,
    });
    pct5h = t % (5 * HOUR) === 0 ? rand() : Math.min(100, pct5h + rand() * 0.4);
    pctWeek = t % (7 * DAY) === 0 ? rand() : Math.min(100, pctWeek + rand() * 0.02);
    return [
      window('five_hour:general', '5-hour', 2000, pct5h),
      window('weekly:general', 'weekly', 500_000, pctWeek),
    ];
  };
}

function storeSourceHash(): string {
  const root = fileURLToPath(new URL('../../../apps/main/src/core/store/', import.meta.url));
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(name).update(readFileSync(full));
    }
  };
  walk(root);
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

/** Builds (or reuses) the year database: hourly rollups for a year, 1-minute for 90 days, raw for 7. */
function yearDatabase(log: (line: string) => void): string {
  const dir = path.join(os.tmpdir(), `cpms-bench-year-${storeSourceHash()}`);
  if (existsSync(path.join(dir, 'ready'))) {
    log(`  year database cached at ${dir}`);
    return dir;
  }
  rmSync(dir, { recursive: true, force: true });
  const building = `${dir}.building-${process.pid}`;
  mkdirSync(building, { recursive: true });
  const started = nowMs();
  const store = openStore({ dataDir: building, now: () => END });
  const ids = addAccounts(store);
  const rawFrom = END - 7 * DAY;
  const minuteFrom = END - 90 * DAY;
  const hourFrom = END - 365 * DAY;

  log('  writing hourly rollups for 358 days...');
  ids.forEach((id, i) => {
    const next = bucketSource(i);
    const buckets: SeriesBucket[] = [];
    for (let t = hourFrom; t < rawFrom; t += HOUR) buckets.push({ t, series: next(t, 360) });
    store.rollups.importBuckets(id, '1h', buckets);
  });
  log('  writing 1-minute rollups for 83 days...');
  const sources = ids.map((_, i) => bucketSource(100 + i));
  for (let day = minuteFrom; day < rawFrom; day += DAY) {
    ids.forEach((id, i) => {
      const buckets: SeriesBucket[] = [];
      for (let t = day; t < day + DAY; t += MINUTE) buckets.push({ t, series: sources[i]!(t, 6) });
      store.rollups.importBuckets(id, '1m', buckets);
    });
  }
  log('  writing raw snapshots for 7 days...');
  const perTick = ids.length;
  const total = ((7 * DAY) / POLL_MS) * perTick;
  const all = makeRows(ids, rawFrom, total);
  for (let i = 0; i < all.length; i += BATCH) store.snapshots.insertMany(all.slice(i, i + BATCH));
  log('  rolling up the last 7 days through maintenance...');
  let steps = 0;
  while (!store.maintenance.step({ maxRows: 50_000 }, END).done) steps++;
  log(`  ${steps} maintenance steps; generated in ${((nowMs() - started) / 1000).toFixed(1)} s`);
  store.close();
  const db = new Database(path.join(building, 'cpms.db'));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  writeFileSync(path.join(building, 'ready'), new Date().toISOString());
  renameSync(building, dir);
  return dir;
}

function dbBytes(dir: string): number {
  return ['cpms.db', 'cpms.db-wal'].reduce(
    (sum, f) => sum + (existsSync(path.join(dir, f)) ? statSync(path.join(dir, f)).size : 0),
    0,
  );
}

const area: BenchArea = {
  area: 'store',
  async run(log) {
    const results: BenchResult[] = [];
    const rows = makeRows(
      Array.from({ length: ACCOUNTS }, (_, i) => String(i)),
      END - DAY,
      INGEST_ROWS,
    );

    log(`  ingest: ${INGEST_ROWS} snapshots in transactions of ${BATCH}, repository vs bare loop`);
    const runs: { ours: number; bare: number }[] = [];
    await repeat(5, () => {
      const r = ingestRun(rows);
      runs.push(r);
      log(`    repository ${r.ours.toFixed(0)} ms, bare ${r.bare.toFixed(0)} ms`);
      return r.ours;
    });
    const measured = runs.slice(1); // the first was the warm-up
    const rate = median(measured.map((r) => INGEST_ROWS / (r.ours / 1000)));
    const bareRate = median(measured.map((r) => INGEST_ROWS / (r.bare / 1000)));
    results.push(
      atLeast(
        'store.ingest_rows_per_s',
        Math.round(rate),
        'rows/s',
        100_000,
        measured.length,
        `bare loop ${Math.round(bareRate)} rows/s`,
      ),
    );
    const ratio = median(measured.map((r) => r.ours / r.bare));
    results.push({
      name: 'store.ingest_vs_bare_ratio',
      value: Math.round(ratio * 100) / 100,
      unit: 'x',
      target: '<= 3',
      met: ratio <= 3,
      runs: measured.length,
    });

    const dir = yearDatabase(log);
    const store = openStore({ dataDir: dir, now: () => END });
    try {
      const ids = store.accounts.list().map((a) => a.id);
      let n = 0;
      const reads = await repeat(
        200,
        () => {
          const id = ids[n++ % ids.length]!;
          const start = nowMs();
          const series = store.rollups.series(id, { from: END - 30 * DAY, to: END }, 1000);
          const ms = nowMs() - start;
          if (series.length === 0 || series.some((s) => s.points.length > 1000))
            throw new Error('bad history read');
          return ms;
        },
        20,
      );
      results.push(below('store.history_read_30d_ms', median(reads), 'ms', 10, reads.length));
    } finally {
      store.close();
    }
    const db = new Database(path.join(dir, 'cpms.db'));
    db.pragma('wal_checkpoint(TRUNCATE)');
    const counts = ['snapshots', 'rollups_1m', 'rollups_1h'].map(
      (t) => `${t} ${(db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n}`,
    );
    db.close();
    const mb = dbBytes(dir) / 1e6;
    log(`  year database: ${mb.toFixed(1)} MB (${counts.join(', ')})`);
    results.push(
      below('store.db_size_year_20_accounts_mb', Math.round(mb * 10) / 10, 'MB', 300, 1, counts.join(', ')),
    );
    return results;
  },
};

export default area;
