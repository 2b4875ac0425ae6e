// Opens the product's core over the data folder for one CLI command, without polling, and closes it
// after: accounts and statuses go through the same dispatcher (validation, vault, redaction) as the app.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Channel, ChannelReq, ChannelRes } from '@contract';
import { createCore } from '../core/create-core';
import type { Core } from '../core/core-types';
import { createLogger } from '../core/log/logger';
import type { LogLevel } from '../core/log/logger';
import { DB_FILE } from '../core/store';
import { resolveDataDir } from './data-dir';
import type { CliIo } from './io';
import { UsageError } from './io';

/** Calls one contract channel and unwraps its envelope: invalid input is a UsageError (exit 2), the rest exit 1. */
export type CallApi = <C extends Channel>(channel: C, request: ChannelReq<C>) => Promise<ChannelRes<C>>;

const LEVELS: readonly string[] = ['debug', 'info', 'warn', 'error'];

/** True when the folder holds a CPMS database (read-only commands do not create one). */
export function hasData(dataDir: string): boolean {
  return existsSync(join(dataDir, DB_FILE));
}

/** The data folder of this invocation, from --data-dir or CPMS_DATA_DIR. */
export function dataDirOf(flag: string | undefined, io: CliIo): string {
  return resolveDataDir(flag, io.env);
}

/** Runs `fn` with a core over `dataDir` (created when missing) and always closes it. */
export async function withCore<T>(
  dataDir: string,
  io: CliIo,
  fn: (call: CallApi, core: Core) => Promise<T>,
): Promise<T> {
  const wanted = io.env.CPMS_LOG_LEVEL ?? 'warn';
  const level = (LEVELS.includes(wanted) ? wanted : 'warn') as LogLevel;
  const logger = createLogger({ scope: 'cli', level, sink: io.err });
  const core = await createCore({ dataDir, host: 'headless', monitor: false, logger });
  const call: CallApi = async (channel, request) => {
    const envelope = await core.dispatcher.dispatch(channel, request, { transport: 'test' });
    if (envelope.ok) return envelope.value as ChannelRes<typeof channel>;
    if (envelope.error.kind === 'invalid_input') throw new UsageError(envelope.error.message);
    throw new Error(envelope.error.message);
  };
  try {
    const info = await call('app:info', undefined);
    if (info.storeNotice) io.err(info.storeNotice);
    return await fn(call, core);
  } finally {
    await core.stop();
  }
}
