// `cpms status [--json]`: every account as the engine last saw it, read from the store (nothing is
// polled). With --json, one array on stdout whose entries have exactly the keys
// { account, snapshot, state, rates, predictions }; without it, a compact table.
import type { AccountStatus } from '@contract';
import { noMorePositionals } from '../account-flags';
import { parseFlags } from '../args';
import { formatStatusTable } from '../format/status-table';
import { EXIT } from '../io';
import type { Command } from '../main';
import { dataDirOf, hasData, withCore } from '../with-core';

/** The `--json` entry of one account (the contract's five keys, in this order). */
export function statusEntry(
  s: AccountStatus,
): Pick<AccountStatus, 'account' | 'snapshot' | 'state' | 'rates' | 'predictions'> {
  return {
    account: s.account,
    snapshot: s.snapshot,
    state: s.state,
    rates: s.rates,
    predictions: s.predictions,
  };
}

const USAGE = `Usage: cpms status [--json] [--data-dir <dir>]

Every account as last stored by the app or \`cpms serve\` (nothing is polled). --json prints one array
of { account, snapshot, state, rates, predictions }.`;

export const statusCommand: Command = async (argv, io) => {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.err(USAGE);
    return EXIT.ok;
  }
  const { values, positionals } = parseFlags(argv, {
    json: { type: 'boolean', default: false },
    'data-dir': { type: 'string' },
  });
  noMorePositionals(positionals);
  const dataDir = dataDirOf(values['data-dir'], io);
  const statuses = hasData(dataDir)
    ? await withCore(dataDir, io, (call) => call('status:list', undefined))
    : [];
  if (values.json) io.out(JSON.stringify(statuses.map(statusEntry)));
  else if (statuses.length) {
    io.out(formatStatusTable(statuses, Date.now()));
    io.err('(as last stored; the desktop app or `cpms serve` keeps these numbers fresh)');
  }
  if (!statuses.length) io.err(`No accounts in ${dataDir}. Add one with: cpms accounts add --provider <id>`);
  return EXIT.ok;
};
