// Dual runtime: plain Node (tests, CLI, `cpms serve`) loads better-sqlite3's own build, while a
// development Electron run loads a copy rebuilt for Electron's ABI from `.electron-native/` (made by
// the script `npm start` runs). Packaged apps ship a binary rebuilt by electron-builder, so they
// need no override.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Path of the Electron-ABI better-sqlite3 binary to load, or undefined to use the default one. */
export function resolveNativeBinding(
  appRoot: string,
  versions: NodeJS.ProcessVersions = process.versions,
  isPackaged = false,
): string | undefined {
  if (!versions.electron || isPackaged) return undefined;
  const file = path.join(appRoot, '.electron-native', 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}
