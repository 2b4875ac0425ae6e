// `cpms export` over a data folder a monitoring core filled from the provider simulator: the JSON
// document and the CSV hold the same snapshots, filters by account and time work, the CSV parses back
// (with a small RFC 4180 reader written here), and no key ever appears.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountDto, AccountSnapshot } from '@contract';
import { windowKey } from '@contract';
import type { MonitoredData } from './monitored-data';
import { buildMonitoredData } from './monitored-data';
import { SNAPSHOT_KEYS, runCli, spawnCli } from './run-cli';

interface ExportDoc {
  version: number;
  exportedAt: number;
  range: { from: number | null; to: number | null };
  accounts: AccountDto[];
  snapshots: { accountId: string; snapshot: AccountSnapshot }[];
  rollups: Record<
    '1m' | '1h',
    { accountId: string; t: number; series: { kind: string; series: string }[] }[]
  >;
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  expect(field + row.join('')).toBe('');
  return rows;
}

function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  for (const r of rows) expect(r).toHaveLength(header!.length);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

let data: MonitoredData;
let dir: string;
const exportCli = (...args: string[]) => runCli(['export', ...args, '--data-dir', data.dataDir]);

beforeAll(async () => {
  data = await buildMonitoredData();
  dir = mkdtempSync(join(tmpdir(), 'cpms-cli-export-'));
});
afterAll(() => {
  data.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('cpms export', () => {
  let doc: ExportDoc;

  it('writes everything kept as one JSON document, with masks and no keys', async () => {
    const r = await exportCli('--format', 'json');
    expect(r.code).toBe(0);
    doc = JSON.parse(r.stdout) as ExportDoc;
    expect(doc.version).toBe(1);
    expect(doc.range).toEqual({ from: null, to: null });
    expect(doc.accounts.map((a) => a.id)).toEqual([data.ids.plan, data.ids.wallet, data.ids.failing]);
    expect(doc.accounts.every((a) => a.keyMask.includes('…'))).toBe(true);
    for (const key of data.keys) expect(r.stdout + r.stderr).not.toContain(key);

    const plan = doc.snapshots.filter((s) => s.accountId === data.ids.plan).map((s) => s.snapshot);
    // Every 15 s for the monitored span, oldest first, each a full AccountSnapshot.
    expect(plan.length).toBeGreaterThan(30);
    expect(plan.map((s) => s.fetchedAt)).toEqual([...plan.map((s) => s.fetchedAt)].sort((a, b) => a - b));
    expect(Object.keys(plan[0]!)).toEqual(SNAPSHOT_KEYS);
    expect(
      doc.snapshots.some((s) => s.accountId === data.ids.failing && s.snapshot.status === 'auth_error'),
    ).toBe(true);
    for (const s of doc.snapshots) {
      expect(s.snapshot.fetchedAt).toBeGreaterThanOrEqual(data.from);
      expect(s.snapshot.fetchedAt).toBeLessThanOrEqual(data.to);
    }
    expect(r.stderr).toContain(`Exported ${doc.snapshots.length} snapshots of 3 account(s)`);
  });

  it('includes minute and hour rollups', () => {
    const minutes = doc.rollups['1m'].filter((b) => b.accountId === data.ids.plan);
    expect(minutes.length).toBeGreaterThan(5);
    expect(minutes.every((b) => b.t % 60_000 === 0)).toBe(true);
    expect(minutes[0]!.series.map((s) => s.series)).toContain('five_hour:');
    const hours = doc.rollups['1h'].filter((b) => b.accountId === data.ids.plan);
    expect(hours.length).toBeGreaterThan(0);
    expect(hours.every((b) => b.t % 3_600_000 === 0)).toBe(true);
    const wallet = doc.rollups['1m'].find((b) => b.accountId === data.ids.wallet)!;
    expect(wallet.series.map((s) => s.series).sort()).toEqual(['wallet:CNY', 'wallet:USD']);
  });

  it('writes the same snapshots as CSV that parses back, one row per window or wallet', async () => {
    const r = await exportCli('--format', 'csv');
    expect(r.code).toBe(0);
    const rows = records(r.stdout);
    const expected = doc.snapshots.reduce(
      (n, s) => n + Math.max(1, s.snapshot.windows.length + s.snapshot.wallets.length),
      0,
    );
    expect(rows).toHaveLength(expected);
    for (const key of data.keys) expect(r.stdout).not.toContain(key);

    // A label with a comma and quotes survives quoting.
    const first = doc.snapshots.find((s) => s.accountId === data.ids.plan)!.snapshot;
    const five = first.windows.find((w) => w.kind === 'five_hour')!;
    const row = rows.find(
      (x) =>
        x.account_id === data.ids.plan &&
        x.fetched_at === new Date(first.fetchedAt).toISOString() &&
        x.series === windowKey(five),
    )!;
    expect(row).toMatchObject({
      label: data.labels.plan,
      provider: 'glm-coding-plan',
      region: 'cn',
      status: 'ok',
      kind: 'window',
      used_percent: String(five.usedPercent),
      limit: '2000',
      unit: 'credits',
      resets_at: new Date(five.resetsAt!).toISOString(),
    });
    const cny = rows.find((x) => x.account_id === data.ids.wallet && x.series === 'wallet:CNY')!;
    expect(Number(cny.available)).toBeGreaterThan(100);
    const failed = rows.find((x) => x.account_id === data.ids.failing)!;
    expect(failed).toMatchObject({ status: 'auth_error', kind: '' });
    expect(failed.error).toMatch(/invalid API key/);
  });

  it('writes rollups as CSV with --rollups', async () => {
    const r = await exportCli('--format', 'csv', '--rollups');
    expect(r.code).toBe(0);
    const rows = records(r.stdout);
    expect(new Set(rows.map((x) => x.resolution))).toEqual(new Set(['1m', '1h']));
    const buckets = doc.rollups['1m'].length + doc.rollups['1h'].length;
    const series = [...doc.rollups['1m'], ...doc.rollups['1h']].reduce((n, b) => n + b.series.length, 0);
    expect(rows).toHaveLength(series);
    expect(r.stderr).toContain(`Exported ${buckets} rollup buckets`);
  });

  it('filters by time with --from and --to (ISO dates and times)', async () => {
    const all = doc.snapshots.map((s) => s.snapshot.fetchedAt);
    const middle = data.from + 6 * 60_000;
    const at = new Date(middle).toISOString();
    const later = JSON.parse((await exportCli('--format', 'json', '--from', at)).stdout) as ExportDoc;
    const earlier = JSON.parse(
      (await exportCli('--format', 'json', '--to', new Date(middle - 1).toISOString())).stdout,
    ) as ExportDoc;
    expect(later.range.from).toBe(middle);
    expect(later.snapshots.every((s) => s.snapshot.fetchedAt >= middle)).toBe(true);
    expect(earlier.snapshots.every((s) => s.snapshot.fetchedAt < middle)).toBe(true);
    expect(later.snapshots.length).toBe(all.filter((t) => t >= middle).length);
    expect(later.snapshots.length + earlier.snapshots.length).toBe(all.length);
    expect(later.snapshots.length).toBeGreaterThan(0);
    expect(earlier.snapshots.length).toBeGreaterThan(0);
    expect(later.rollups['1m'].every((b) => b.t >= middle)).toBe(true);

    // A bare date is a whole UTC day; a day long before the data holds nothing.
    const day = new Date(data.to).toISOString().slice(0, 10);
    const today = JSON.parse(
      (await exportCli('--format', 'json', '--from', day, '--to', day)).stdout,
    ) as ExportDoc;
    expect(today.snapshots.length).toBe(all.filter((t) => new Date(t).toISOString().startsWith(day)).length);
    const none = records((await exportCli('--format', 'csv', '--to', '2001-01-01')).stdout);
    expect(none).toEqual([]);
  });

  it('filters by account (id or prefix, repeatable)', async () => {
    const r = await exportCli('--format', 'json', '--account', data.ids.wallet.slice(0, 8));
    const one = JSON.parse(r.stdout) as ExportDoc;
    expect(one.accounts.map((a) => a.id)).toEqual([data.ids.wallet]);
    expect(one.snapshots.length).toBe(doc.snapshots.filter((s) => s.accountId === data.ids.wallet).length);
    expect(new Set([...one.rollups['1m'], ...one.rollups['1h']].map((b) => b.accountId))).toEqual(
      new Set([data.ids.wallet]),
    );
    const two = records(
      (await exportCli('--format', 'csv', '--account', data.ids.failing, '--account', data.ids.plan)).stdout,
    );
    expect(new Set(two.map((x) => x.account_id))).toEqual(new Set([data.ids.plan, data.ids.failing]));
  });

  it('refuses bad arguments with exit 2 and unknown accounts with exit 1', async () => {
    const bad: [string[], RegExp][] = [
      [['--format', 'json', '--from', '2026-02-30'], /--from must be an ISO date/],
      [['--format', 'json', '--to', 'tomorrow'], /--to must be an ISO date/],
      [['--format', 'json', '--from', '2026-02-01', '--to', '2026-01-01'], /--from is after --to/],
      [['--format', 'xml'], /--format must be csv or json/],
      [[], /--format must be csv or json/],
      [['--format', 'json', '--rollups'], /--rollups is for csv/],
    ];
    for (const [args, message] of bad) {
      const r = await exportCli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
    const unknown = await exportCli('--format', 'csv', '--account', 'nope-nope');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no account "nope-nope"/);
  });

  it('exports an empty but valid document from a folder without data, and streams through the bin', async () => {
    const empty = await runCli(['export', '--format', 'json', '--data-dir', join(dir, 'none')]);
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout)).toMatchObject({
      accounts: [],
      snapshots: [],
      rollups: { '1m': [], '1h': [] },
    });
    const r = await spawnCli(['export', '--format', 'json'], { CPMS_DATA_DIR: data.dataDir });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as ExportDoc).snapshots).toHaveLength(doc.snapshots.length);
  });
});
