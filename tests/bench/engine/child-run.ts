// Runs one measure.ts measurement in a child `node --expose-gc --import tsx` and returns its JSON,
// forwarding its progress lines to the bench log.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const MEASURE = fileURLToPath(new URL('./measure.ts', import.meta.url));

/** Spawns the measurement `kind` with `options` and resolves with its parsed result. */
export function runMeasurement<T>(kind: string, options: object, log: (line: string) => void): Promise<T> {
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', MEASURE, kind, JSON.stringify(options)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const out: string[] = [];
  createInterface({ input: child.stdout }).on('line', (l) => out.push(l));
  createInterface({ input: child.stderr }).on('line', (l) => log(l));
  return new Promise<T>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      const last = out.at(-1);
      if (code !== 0 || last === undefined) {
        reject(new Error(`engine ${kind} measurement exited with ${String(code)}`));
        return;
      }
      resolve(JSON.parse(last) as T);
    });
  });
}
