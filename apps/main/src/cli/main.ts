// Entry of the `cpms` command: picks a subcommand and maps errors to the contract's exit codes.
import { APP_VERSION } from '../core/version';
import { EXIT, UsageError, processIo } from './io';
import type { CliIo } from './io';

/** A subcommand: gets its own argv (after the command name) and returns an exit code. */
export type Command = (argv: string[], io: CliIo) => Promise<number>;

const HELP = `cpms ${APP_VERSION} — Coding Plan Monitoring System

Usage:
  cpms probe --provider <id> --key <key> [--region cn|global] [--base-url <url>] [--model <m>] [--json]
  cpms accounts add --provider <id> [--region cn|global] [--model <m>] [--label <text>] [--base-url <url>] [--json]
  cpms accounts list [--json] | remove <id> | edit <id> [same flags as add] [--new-key]
  cpms status [--json]
  cpms serve [--port N] [--host 127.0.0.1]
  cpms export --format csv|json [--account <id>] [--from <iso>] [--to <iso>] [--rollups (csv)]
  cpms <command> --help | cpms --help | cpms --version

Every command but probe takes --data-dir <dir> (or CPMS_DATA_DIR).
Keys come from --key (probe only), CPMS_KEY, a hidden prompt or piped stdin; they are never printed.
An account id may be abbreviated to a unique prefix of 4 or more characters.
Providers: glm, glm-coding-plan, minimax-cn, minimax-global, deepseek.`;

async function loadCommand(name: string): Promise<Command | undefined> {
  // Commands load lazily so `cpms probe` does not pay for SQLite or the web server.
  switch (name) {
    case 'probe':
      return (await import('./commands/probe')).probeCommand;
    case 'status':
      return (await import('./commands/status')).statusCommand;
    case 'accounts':
      return (await import('./commands/accounts')).accountsCommand;
    case 'serve':
      return (await import('./commands/serve')).serveCommand;
    case 'export':
      return (await import('./commands/export')).exportCommand;
    default:
      return undefined;
  }
}

/** Runs the CLI with argv (without `node` and the script) and returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.err(HELP);
    return name === undefined ? EXIT.badArgs : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(APP_VERSION);
    return EXIT.ok;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.err(`cpms: unknown command "${name}". Run "cpms --help".`);
    return EXIT.badArgs;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`cpms ${name}: ${error.message}`);
      return EXIT.badArgs;
    }
    io.err(`cpms ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  }
}
