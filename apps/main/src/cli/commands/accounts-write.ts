// `cpms accounts add` and `cpms accounts edit`: every flag is checked before a key is asked for; the
// Api then validates again exactly as it does for the app (key format, URL policy, lengths).
import type { AccountPatch, KeyCheck } from '@contract';
import { findAccount } from '../account-ref';
import { ACCOUNT_FLAGS, baseUrlFlag, noMorePositionals, regionFor } from '../account-flags';
import { parseFlags, providerArg } from '../args';
import { describeAccount } from '../format/account-table';
import { keyMessage } from '../format/key-messages';
import { EXIT, UsageError } from '../io';
import type { CliIo } from '../io';
import { readKey } from '../key-input';
import type { Command } from '../main';
import { dataDirOf, hasData, withCore } from '../with-core';

function warnAboutKey(check: KeyCheck, io: CliIo): void {
  if (check.severity === 'warning') io.err(`warning: ${keyMessage(check)}`);
}

/** `accounts add`: prints the new account to stderr and its id (or AccountDto with --json) to stdout. */
export const addAccount: Command = async (argv, io) => {
  const { values, positionals } = parseFlags(argv, ACCOUNT_FLAGS);
  noMorePositionals(positionals);
  const provider = providerArg(values.provider);
  const region = regionFor(provider, values.region) ?? null;
  const baseUrl = baseUrlFlag(values['base-url']) ?? null;
  const key = await readKey(io, provider);
  const account = await withCore(dataDirOf(values['data-dir'], io), io, async (call) => {
    warnAboutKey(await call('accounts:checkKey', { provider, key }), io);
    return call('accounts:add', {
      provider,
      region,
      model: values.model ?? null,
      label: values.label ?? '',
      baseUrl,
      key,
    });
  });
  io.err(`Added ${describeAccount(account)}`);
  io.out(values.json ? JSON.stringify(account) : account.id);
  return EXIT.ok;
};

/**
 * `accounts edit <id>`: changes only what the flags name ('' resets --model and --base-url to the
 * provider's default). The key changes only with --new-key, never because CPMS_KEY happens to be
 * set: an exported CPMS_KEY left over from adding another account must not overwrite this one's.
 */
export const editAccount: Command = async (argv, io) => {
  const { values, positionals } = parseFlags(argv, {
    ...ACCOUNT_FLAGS,
    'new-key': { type: 'boolean', default: false },
  });
  const ref = positionals[0];
  if (ref === undefined) throw new UsageError('which account? cpms accounts edit <id> [flags]');
  noMorePositionals(positionals, 1);
  const patch: AccountPatch = {};
  if (values.label !== undefined) patch.label = values.label;
  if (values.model !== undefined) patch.model = values.model === '' ? null : values.model;
  const baseUrl = baseUrlFlag(values['base-url']);
  if (baseUrl !== undefined) patch.baseUrl = baseUrl;
  if (Object.keys(patch).length === 0 && values.region === undefined && !values['new-key']) {
    throw new UsageError('nothing to change: pass --label, --model, --region, --base-url or --new-key');
  }
  if (!values['new-key'] && io.env.CPMS_KEY)
    io.err('note: CPMS_KEY is ignored; pass --new-key to replace the key');
  const dataDir = dataDirOf(values['data-dir'], io);
  if (!hasData(dataDir)) throw new Error(`no account "${ref}" (${dataDir} holds no CPMS data)`);

  const account = await withCore(dataDir, io, async (call) => {
    const current = findAccount(await call('accounts:list', undefined), ref);
    if (values.provider !== undefined && providerArg(values.provider) !== current.provider) {
      throw new UsageError(`the provider of an account cannot change (it is ${current.provider})`);
    }
    const region = regionFor(current.provider, values.region);
    if (region !== undefined) patch.region = region;
    if (values['new-key']) {
      patch.key = await readKey(io, current.provider);
      warnAboutKey(await call('accounts:checkKey', { provider: current.provider, key: patch.key }), io);
    }
    return call('accounts:update', { id: current.id, patch });
  });
  io.err(`Updated ${describeAccount(account)}${values['new-key'] ? ' (new key stored)' : ''}`);
  io.out(values.json ? JSON.stringify(account) : account.id);
  return EXIT.ok;
};
