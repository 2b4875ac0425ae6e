// `cpms accounts add|list|remove|edit`: the accounts of the data folder, through the same Api as the
// app. Keys come from CPMS_KEY, a hidden prompt or piped stdin, are stored by the vault, and never
// appear in any output: only their masks do.
import type { AccountDto } from '@contract';
import { findAccount } from '../account-ref';
import { noMorePositionals } from '../account-flags';
import { parseFlags } from '../args';
import { describeAccount, formatAccountTable } from '../format/account-table';
import { EXIT, UsageError } from '../io';
import type { CliIo } from '../io';
import type { Command } from '../main';
import { PromptAbortedError } from '../prompt';
import { dataDirOf, hasData, withCore } from '../with-core';
import { addAccount, editAccount } from './accounts-write';

const USAGE = `Usage:
  cpms accounts add --provider <id> [--region cn|global] [--model <m>] [--label <text>] [--base-url <url>] [--json]
  cpms accounts list [--json]
  cpms accounts remove <id>
  cpms accounts edit <id> [--region cn|global] [--model <m>] [--label <text>] [--base-url <url>] [--new-key] [--json]

All take --data-dir <dir> (or CPMS_DATA_DIR). <id> may be a unique prefix of at least 4 characters.
The key of add (and of edit --new-key) comes from CPMS_KEY, else a hidden prompt when stdin is a
terminal, else the first line of stdin. It is never printed; only its mask is.`;

const listAccounts: Command = async (argv, io) => {
  const { values, positionals } = parseFlags(argv, {
    json: { type: 'boolean', default: false },
    'data-dir': { type: 'string' },
  });
  noMorePositionals(positionals);
  const dataDir = dataDirOf(values['data-dir'], io);
  // Listing must not create a data folder (a mistyped --data-dir would otherwise look empty but valid).
  const accounts = hasData(dataDir)
    ? await withCore(dataDir, io, (call) => call('accounts:list', undefined))
    : [];
  if (values.json) io.out(JSON.stringify(accounts));
  else if (accounts.length) io.out(formatAccountTable(accounts));
  if (!accounts.length) io.err(`No accounts in ${dataDir}. Add one with: cpms accounts add --provider <id>`);
  return EXIT.ok;
};

const removeAccount: Command = async (argv, io) => {
  const { values, positionals } = parseFlags(argv, { 'data-dir': { type: 'string' } });
  const ref = positionals[0];
  if (ref === undefined) throw new UsageError('which account? cpms accounts remove <id>');
  noMorePositionals(positionals, 1);
  const dataDir = dataDirOf(values['data-dir'], io);
  if (!hasData(dataDir)) throw new Error(`no account "${ref}" (${dataDir} holds no CPMS data)`);
  const removed = await withCore(dataDir, io, async (call): Promise<AccountDto> => {
    const account = findAccount(await call('accounts:list', undefined), ref);
    await call('accounts:remove', { id: account.id });
    return account;
  });
  io.err(`Removed ${describeAccount(removed)}, with its key and history.`);
  return EXIT.ok;
};

const SUBCOMMANDS: Record<string, Command> = {
  add: addAccount,
  list: listAccounts,
  remove: removeAccount,
  edit: editAccount,
};

function help(io: CliIo): number {
  io.err(USAGE);
  return EXIT.ok;
}

export const accountsCommand: Command = async (argv, io) => {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || rest.includes('--help')) return help(io);
  const sub = name === undefined ? undefined : SUBCOMMANDS[name];
  if (!sub) {
    throw new UsageError(
      name === undefined ? `a subcommand is needed\n${USAGE}` : `unknown subcommand "${name}"\n${USAGE}`,
    );
  }
  try {
    return await sub(rest, io);
  } catch (error) {
    if (!(error instanceof PromptAbortedError)) throw error;
    io.err('cpms accounts: cancelled');
    return EXIT.interrupted;
  }
};
