// `cpms export --format csv|json [--account <id>]… [--from <iso>] [--to <iso>] [--rollups]`: the
// stored history, streamed to stdout a page at a time. Never a key, only masks (in the JSON accounts).
//
// JSON, one document:
//   { "version": 1, "exportedAt": <ms>, "range": { "from": <ms>|null, "to": <ms>|null },
//     "accounts": AccountDto[],
//     "snapshots": [{ "accountId", "snapshot": AccountSnapshot }…],   (per account, oldest first)
//     "rollups": { "1m": [{ "accountId", "t", "series": [...] }…], "1h": [...] } }
// CSV: one row per window or wallet of each raw snapshot (columns in export/csv-rows.ts); with
// --rollups, one row per series of each 1-minute and hourly bucket instead.
import type { AccountDto } from '@contract';
import { createLogger } from '../../core/log/logger';
import { openStore } from '../../core/store';
import { findAccount } from '../account-ref';
import { noMorePositionals } from '../account-flags';
import { parseFlags } from '../args';
import { csvLine } from '../format/csv';
import { EXIT, UsageError } from '../io';
import type { CliIo } from '../io';
import type { Command } from '../main';
import { ROLLUP_COLUMNS, SNAPSHOT_COLUMNS, rollupRows, snapshotRows } from '../export/csv-rows';
import { historyOf } from '../export/history-pages';
import type { HistorySource } from '../export/history-pages';
import { timeFlag } from '../export/time-flag';
import { dataDirOf, hasData, withCore } from '../with-core';

const RESOLUTIONS = ['1m', '1h'] as const;

interface ExportJob {
  history: HistorySource;
  accounts: AccountDto[];
  io: CliIo;
  drain: () => Promise<void>;
}

async function writeJson(job: ExportJob, range: { from: number | null; to: number | null }): Promise<number> {
  const { history, accounts, io } = job;
  io.out(`{"version":1,"exportedAt":${Date.now()},"range":${JSON.stringify(range)},`);
  io.out(`"accounts":${JSON.stringify(accounts)},`);
  io.out('"snapshots":[');
  let count = 0;
  for (const account of accounts) {
    for (const page of history.snapshots(account)) {
      const items = page.map((snapshot) => JSON.stringify({ accountId: account.id, snapshot }));
      io.out(`${count ? ',' : ''}${items.join(',\n')}`);
      count += page.length;
      await job.drain();
    }
  }
  io.out('],"rollups":{');
  for (const resolution of RESOLUTIONS) {
    io.out(`${resolution === '1m' ? '' : '],'}"${resolution}":[`);
    let first = true;
    for (const account of accounts) {
      for (const page of history.rollups(account, resolution)) {
        const items = page.map((b) => JSON.stringify({ accountId: account.id, t: b.t, series: b.series }));
        io.out(`${first ? '' : ','}${items.join(',\n')}`);
        first = false;
        await job.drain();
      }
    }
  }
  io.out(']}}');
  return count;
}

async function writeCsv(job: ExportJob, rollups: boolean): Promise<number> {
  const { history, accounts, io } = job;
  io.out(csvLine(rollups ? ROLLUP_COLUMNS : SNAPSHOT_COLUMNS));
  let count = 0;
  for (const account of accounts) {
    if (!rollups) {
      for (const page of history.snapshots(account)) {
        io.out(page.flatMap((s) => snapshotRows(account, s).map(csvLine)).join(''));
        count += page.length;
        await job.drain();
      }
      continue;
    }
    for (const resolution of RESOLUTIONS) {
      for (const page of history.rollups(account, resolution)) {
        io.out(page.flatMap((b) => rollupRows(account, resolution, b).map(csvLine)).join(''));
        count += page.length;
        await job.drain();
      }
    }
  }
  return count;
}

const USAGE = `Usage: cpms export --format csv|json [--account <id>]… [--from <iso>] [--to <iso>] [--rollups] [--data-dir <dir>]

Streams the stored history to stdout: raw snapshots (kept 7 days by default) and 1-minute and hourly
rollups. --from/--to take ISO dates or times (UTC unless an offset is given; a bare --to date includes
its whole day). CSV has one row per window or wallet of each snapshot; --rollups switches it to one row
per series of each rollup bucket. JSON always holds accounts, snapshots and both rollup resolutions.`;

export const exportCommand: Command = async (argv, io) => {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.err(USAGE);
    return EXIT.ok;
  }
  const { values, positionals } = parseFlags(argv, {
    format: { type: 'string' },
    account: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
    rollups: { type: 'boolean', default: false },
    'data-dir': { type: 'string' },
  });
  noMorePositionals(positionals);
  const format = values.format;
  if (format !== 'csv' && format !== 'json') throw new UsageError('--format must be csv or json');
  if (values.rollups && format === 'json')
    throw new UsageError('--rollups is for csv; the json export always holds the rollups');
  const from = timeFlag(values.from, 'from') ?? null;
  const to = timeFlag(values.to, 'to') ?? null;
  if (from !== null && to !== null && from > to) throw new UsageError('--from is after --to');
  const range = { from: from ?? 0, to: to ?? Number.MAX_SAFE_INTEGER };

  const dataDir = dataDirOf(values['data-dir'], io);
  let accounts = hasData(dataDir)
    ? await withCore(dataDir, io, (call) => call('accounts:list', undefined))
    : [];
  if (values.account) {
    const chosen = values.account.map((ref) => findAccount(accounts, ref));
    accounts = accounts.filter((a) => chosen.includes(a));
  }
  if (!hasData(dataDir)) io.err(`No CPMS data in ${dataDir}; the export is empty.`);

  // History is read from the store directly (a second, short-lived connection after the core closed).
  const logger = createLogger({ scope: 'export', level: 'warn', sink: io.err });
  const store = hasData(dataDir) ? openStore({ dataDir, logger }) : null;
  const drain = io.drain ?? (() => Promise.resolve());
  try {
    const job = { history: historyOf(store, range, Date.now()), accounts, io, drain };
    const count =
      format === 'json' ? await writeJson(job, { from, to }) : await writeCsv(job, values.rollups);
    const what = values.rollups ? 'rollup buckets' : 'snapshots';
    io.err(`Exported ${count} ${what} of ${accounts.length} account(s) as ${format}.`);
  } finally {
    store?.close();
  }
  return EXIT.ok;
};
