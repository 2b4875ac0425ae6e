// The data folder the CLI and `cpms serve` use: --data-dir, else CPMS_DATA_DIR, else the desktop
// app's own user-data folder (Electron's appData/<productName>), so all of them see the same accounts.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

const PRODUCT = 'CPMS';

/** Electron's `userData` for this app on the given platform. */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const home = env.HOME ?? homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT);
}

/** The folder to use for this invocation. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  const chosen = flag ?? env.CPMS_DATA_DIR;
  return chosen ? resolve(chosen) : defaultDataDir(env);
}
