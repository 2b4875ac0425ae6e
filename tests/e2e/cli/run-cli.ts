// Runs the real `cpms` CLI, in-process through `main` (fast) or as a child process through the bin
// entry (proves stdout stays clean and exit codes reach the shell).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../../apps/main/src/cli/main';

/** The AccountSnapshot fields of ../shared/design/USAGE-MODEL.md, in order: what `--json` output must carry. */
export const SNAPSHOT_KEYS = [
  'provider',
  'fetchedAt',
  'status',
  'planName',
  'windows',
  'wallets',
  'packages',
  'error',
];

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Calls the CLI's `main` with captured output. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    out: (t) => (stdout += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (stderr += t.endsWith('\n') ? t : `${t}\n`),
    env: { ...env },
  });
  return { code, stdout, stderr };
}

const BIN = fileURLToPath(new URL('../../../bin/cpms.mjs', import.meta.url));

/** Spawns `node bin/cpms.mjs …` and collects its output and exit code; `input` goes to a piped stdin. */
export function spawnCli(argv: string[], env: NodeJS.ProcessEnv = {}, input?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (input !== undefined) child.stdin?.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
