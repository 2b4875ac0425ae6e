#!/usr/bin/env node
// Dual runtime for better-sqlite3: plain Node (tests, CLI, `cpms serve`) uses the build in
// node_modules, while a development Electron run loads a copy built for Electron's ABI from
// .electron-native/. `npm start` and `npm run dev` run this script first: it does nothing when that
// copy matches the installed Electron and better-sqlite3, and builds it otherwise.
// Usage: node scripts/ensure-electron-native.mjs [--check]   (--check only reports; exit 1 = stale)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NATIVE_DIR = '.electron-native';
export const BINDING_FILE = 'better_sqlite3.node';
export const RECORD_FILE = 'better_sqlite3.json';

/** What an Electron build of better-sqlite3 must match: Electron version and ABI, platform, arch, module version. */
export function expectedBuild({ electronVersion, abi, platform, arch, betterSqlite3Version }) {
  return { electron: electronVersion, abi, platform, arch, betterSqlite3: betterSqlite3Version };
}

/** Decides whether to (re)build, from the expected build, whether the binary exists, and its build record. */
export function rebuildDecision(expected, found) {
  if (!found.bindingExists) return { rebuild: true, reason: `${NATIVE_DIR}/${BINDING_FILE} is missing` };
  const record = found.record;
  if (typeof record !== 'object' || record === null) {
    return { rebuild: true, reason: `${NATIVE_DIR}/${RECORD_FILE} is missing or unreadable` };
  }
  for (const [key, value] of Object.entries(expected)) {
    if (record[key] !== value) {
      return { rebuild: true, reason: `built for ${key} ${String(record[key])}, need ${String(value)}` };
    }
  }
  return { rebuild: false, reason: 'up to date' };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Reads the expected build from the installed packages; null when Electron or better-sqlite3 is not installed. */
export function readExpected(root) {
  const electron = readJson(join(root, 'node_modules', 'electron', 'package.json'));
  const sqlite = readJson(join(root, 'node_modules', 'better-sqlite3', 'package.json'));
  if (!electron || !sqlite) return null;
  let abi = null;
  try {
    abi = readFileSync(join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
  } catch {
    // Older electron packages have no abi_version file; the version alone then decides.
  }
  return expectedBuild({
    electronVersion: electron.version,
    abi,
    platform: process.platform,
    arch: process.env.npm_config_arch || process.arch,
    betterSqlite3Version: sqlite.version,
  });
}

/** Reads what is in .electron-native/ now. */
export function readFound(root) {
  return {
    bindingExists: existsSync(join(root, NATIVE_DIR, BINDING_FILE)),
    record: readJson(join(root, NATIVE_DIR, RECORD_FILE)),
  };
}

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const check = process.argv.includes('--check');
  const expected = readExpected(root);
  if (!expected) {
    console.error(
      'ensure-electron-native: electron or better-sqlite3 is not installed; run `npm install` first.',
    );
    process.exit(1);
  }
  const decision = rebuildDecision(expected, readFound(root));
  const target = `Electron ${expected.electron} (ABI ${expected.abi ?? '?'}, ${expected.platform}-${expected.arch})`;
  if (!decision.rebuild) {
    console.log(`ensure-electron-native: better-sqlite3 for ${target} is up to date.`);
    process.exit(0);
  }
  if (check) {
    console.log(`ensure-electron-native: better-sqlite3 for ${target} needs a build: ${decision.reason}.`);
    process.exit(1);
  }
  console.log(`ensure-electron-native: building better-sqlite3 for ${target} (${decision.reason}).`);
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-electron-native.mjs')], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
