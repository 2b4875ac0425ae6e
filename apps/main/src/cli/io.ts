// Where CLI output goes. Commands write data to `out` (stdout) and human messages to `err` (stderr),
// so `--json` output stays one clean document. Tests pass their own sinks.
import { isatty } from 'node:tty';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Reads a secret from the terminal without echoing it; undefined when stdin is not a TTY. */
  readSecret?: (prompt: string) => Promise<string>;
  /** Reads the first line of stdin when stdin is not a TTY (a piped key); null when stdin is empty. */
  readLine?: () => Promise<string | null>;
  /** Resolves once stdout can take more (long exports wait on it instead of buffering). */
  drain?: () => Promise<void>;
}

// Decided once, without touching process.stdin, so commands that never read it do not open it.
const stdinIsTty = isatty(0);

let pipeWatched = false;

/** A reader that stops early (`cpms export … | head`) closes the pipe: stop quietly instead of a stack trace. */
function watchPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    // Not everything reached the reader, so this is not a success (exit 1), but nothing to explain.
    process.exit(1);
  });
}

export const processIo: CliIo = {
  out: (text) => {
    watchPipe();
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  },
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  env: process.env,
  readSecret: stdinIsTty
    ? async (prompt) => (await import('./prompt')).promptSecret(prompt, process.stdin, process.stderr)
    : undefined,
  readLine: stdinIsTty ? undefined : async () => (await import('./prompt')).readFirstLine(process.stdin),
  drain: () =>
    new Promise((resolve) => {
      const stdout = process.stdout;
      if (!stdout.writableNeedDrain) {
        resolve();
        return;
      }
      // A reader that went away (`| head`) closes the pipe instead of draining it: stop waiting then too.
      const done = (): void => {
        stdout.off('drain', done).off('close', done).off('error', done);
        resolve();
      };
      stdout.on('drain', done).on('close', done).on('error', done);
    }),
};

/** Exit codes of the CLI contract (130: the user pressed Ctrl-C at a prompt, as shells report SIGINT). */
export const EXIT = { ok: 0, failure: 1, badArgs: 2, providerStatus: 3, interrupted: 130 } as const;

/** Thrown for bad command-line arguments; `main` prints it and exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
