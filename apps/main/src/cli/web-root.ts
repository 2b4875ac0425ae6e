// Where `cpms serve` finds the built dashboard, building it once when a fresh checkout has none.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

/** out/web of this checkout, built with Vite first if it is missing. */
export function ensureWebRoot(log: (line: string) => void): string {
  const root = `${REPO}out/web`;
  if (existsSync(`${root}/dashboard.html`)) return root;
  log('Building the dashboard for the first run (npm run build:web)…');
  const result = spawnSync(
    process.execPath,
    [
      `${REPO}node_modules/vite/bin/vite.js`,
      'build',
      '--config',
      `${REPO}vite.web.config.ts`,
      '--logLevel',
      'warn',
    ],
    {
      cwd: REPO,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (result.status !== 0 || !existsSync(`${root}/dashboard.html`)) {
    throw new Error('could not build the dashboard; run `npm run build:web` and try again');
  }
  return root;
}
