// `cpms serve`: the same core and dashboard as the desktop app, on a token-protected loopback page.
import { createCore } from '../../core/create-core';
import { createLogger } from '../../core/log/logger';
import { startHeadlessServer } from '../../headless/server';
import { parseFlags } from '../args';
import { resolveDataDir } from '../data-dir';
import { UsageError } from '../io';
import type { Command } from '../main';
import { ensureWebRoot } from '../web-root';

export const serveCommand: Command = async (argv, io) => {
  const { values, positionals } = parseFlags(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    'data-dir': { type: 'string' },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0] ?? ''}"`);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError('--port must be a port number');
  const host = values.host ?? '127.0.0.1';

  const webRoot = ensureWebRoot(io.err);
  const dataDir = resolveDataDir(values['data-dir'], io.env);
  const logger = createLogger({ scope: 'serve', sink: io.err });
  const core = await createCore({ dataDir, host: 'headless', logger });
  await core.start();
  let server;
  try {
    server = await startHeadlessServer({ core, webRoot, port, host, logger });
  } catch (error) {
    await core.stop();
    throw error instanceof Error && error.message.includes('loopback')
      ? new UsageError(error.message)
      : error;
  }
  io.err(`CPMS is serving the dashboard from ${dataDir}`);
  io.err('Open this URL (it contains the access token; keep it private):');
  io.out(server.url);

  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  io.err('Stopping…');
  await server.close();
  await core.stop();
  return 0;
};
