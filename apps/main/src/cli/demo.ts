// `npm run demo`: the whole product on one machine with nothing to configure. The provider simulator
// (five loopback hosts, demo accounts for every provider, usage sped up) feeds a real core, which
// `cpms serve`'s server shows as the live dashboard. Prints the URL on stdout; Ctrl-C stops it all.
//
//   tsx apps/main/src/cli/demo.ts [--data-dir <dir>] [--port N] [--speed N]
//
// Without --data-dir the data lives in a fresh temporary folder, deleted on exit. With it, the folder
// is kept, and demo accounts from an earlier run (same label and provider) are pointed at this run's
// simulator instead of being added twice, so their history carries on.
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../core/create-core';
import type { Core } from '../core/core-types';
import { createLogger } from '../core/log/logger';
import type { LogLevel } from '../core/log/logger';
import { startHeadlessServer } from '../headless/server';
import type { HeadlessServer } from '../headless/server';
import { startSimulator } from '../simulator';
import type { Simulator } from '../simulator';
import { addDemoAccounts } from '../simulator/demo-accounts';
import { parseFlags } from './args';
import { registerDemoAccounts } from './demo-register';
import { EXIT, UsageError, processIo } from './io';
import type { CliIo } from './io';
import { ensureWebRoot } from './web-root';

const DEFAULT_SPEED = 30;

function numberFlag(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new UsageError(`--${name} must be a whole number up to ${max}`);
  return n;
}

function waitForStop(): Promise<void> {
  return new Promise((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      // A second Ctrl-C while shutting down means "now".
      process.once('SIGINT', () => process.exit(EXIT.interrupted));
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Runs the demo until SIGINT or SIGTERM; returns the exit code. */
export async function runDemo(argv: string[], io: CliIo = processIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    speed: { type: 'string' },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0] ?? ''}"`);
  const port = numberFlag(values.port, 'port', 0, 65535);
  const speed = numberFlag(values.speed, 'speed', DEFAULT_SPEED, 10_000) || 1;
  const level = (io.env.CPMS_LOG_LEVEL ?? 'error') as LogLevel;
  const logger = createLogger({ scope: 'demo', level, sink: io.err });

  const webRoot = ensureWebRoot(io.err);
  const temporary = values['data-dir'] === undefined;
  const dataDir = temporary ? mkdtempSync(join(tmpdir(), 'cpms-demo-')) : resolve(values['data-dir'] ?? '');
  let sim: Simulator | null = null;
  let core: Core | null = null;
  let server: HeadlessServer | null = null;
  try {
    sim = await startSimulator();
    const demo = addDemoAccounts(sim, { speed });
    core = await createCore({ dataDir, host: 'headless', logger });
    await core.start();
    await registerDemoAccounts(core, demo);
    server = await startHeadlessServer({ core, webRoot, port, host: '127.0.0.1', logger });

    io.err(
      `CPMS demo: ${demo.length} simulated accounts across all five providers (some busy, one idle, ` +
        `one with a revoked key), usage sped up ${speed}×, polled every 10–60 s.\n` +
        `Data folder: ${dataDir}${temporary ? ' (deleted when the demo stops)' : ''}\n` +
        'Open this URL in a browser (it carries the access token; keep it private). Ctrl-C stops the demo.',
    );
    io.out(server.url);
    await waitForStop();
    io.err('Stopping the demo…');
    return EXIT.ok;
  } finally {
    await server?.close();
    await core?.stop();
    await sim?.close();
    if (temporary) rmSync(dataDir, { recursive: true, force: true });
  }
}

// Run directly (`tsx apps/main/src/cli/demo.ts`), not when imported.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  runDemo(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
      // Whatever still holds the event loop (a slow socket) must not keep a stopped demo alive.
      setTimeout(() => process.exit(code), 3000).unref();
    },
    (error: unknown) => {
      processIo.err(`cpms demo: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(error instanceof UsageError ? EXIT.badArgs : EXIT.failure);
    },
  );
}
