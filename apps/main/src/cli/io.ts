// Where CLI output goes. Commands write data to `out` (stdout) and human messages to `err` (stderr),
// so `--json` output stays one clean document. Tests pass their own sinks.
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Reads a secret from the terminal without echoing it; undefined when stdin is not a TTY. */
  readSecret?: (prompt: string) => Promise<string>;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  env: process.env,
};

/** Exit codes of the CLI contract. */
export const EXIT = { ok: 0, failure: 1, badArgs: 2, providerStatus: 3 } as const;

/** Thrown for bad command-line arguments; `main` prints it and exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
