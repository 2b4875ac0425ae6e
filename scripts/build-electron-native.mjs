#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into .electron-native/, from a copy of the package in a
// temporary folder, so node_modules/better-sqlite3 (the plain-Node build tests use) is never touched.
// First tries a prebuilt binary (prebuild-install), then compiles against Electron's headers
// (node-gyp). Both need the network; without it this fails with an explanation.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BINDING_FILE, NATIVE_DIR, RECORD_FILE, readExpected } from './ensure-electron-native.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** node-gyp's CLI: the one npm points scripts at, npm's bundled copy, or a local install. */
function findNodeGyp() {
  const npmDir =
    process.platform === 'win32'
      ? join(dirname(process.execPath), 'node_modules', 'npm')
      : join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm');
  const candidates = [
    process.env.npm_config_node_gyp,
    join(npmDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((c) => c && existsSync(c)) ?? null;
}

function run(label, args, cwd, timeoutMs) {
  console.log(`build-electron-native: ${label}…`);
  const result = spawnSync(process.execPath, args, { cwd, stdio: 'inherit', timeout: timeoutMs });
  if (result.status === 0) return null;
  if (result.error) return result.error.message;
  return result.signal ? `stopped by ${result.signal}` : `exited with code ${result.status}`;
}

function main() {
  const expected = readExpected(root);
  if (!expected) {
    console.error(
      'build-electron-native: electron or better-sqlite3 is not installed; run `npm install` first.',
    );
    process.exit(1);
  }
  const source = join(root, 'node_modules', 'better-sqlite3');
  const work = join(mkdtempSync(join(tmpdir(), 'cpms-electron-native-')), 'better-sqlite3');
  const stale = join(source, 'build') + sep;
  cpSync(source, work, { recursive: true, filter: (path) => !`${path}${sep}`.startsWith(stale) });
  const target = [`--target=${expected.electron}`, `--arch=${expected.arch}`];
  const failures = [];

  const prebuild = join(root, 'node_modules', 'prebuild-install', 'bin.js');
  if (existsSync(prebuild)) {
    const error = run(
      'downloading a prebuilt binary (prebuild-install)',
      [prebuild, '--runtime=electron', ...target, `--platform=${expected.platform}`, '--verbose'],
      work,
      120_000,
    );
    if (error) failures.push(`prebuild-install: ${error}`);
  } else {
    failures.push('prebuild-install: not installed');
  }

  const built = join(work, 'build', 'Release', BINDING_FILE);
  if (!existsSync(built)) {
    const nodeGyp = findNodeGyp();
    if (!nodeGyp) failures.push('node-gyp: not found (npm normally bundles it)');
    else {
      const error = run(
        'compiling against Electron headers (node-gyp)',
        [
          nodeGyp,
          'rebuild',
          '--release',
          '--runtime=electron',
          ...target,
          '--dist-url=https://electronjs.org/headers',
        ],
        work,
        30 * 60_000,
      );
      if (error) failures.push(`node-gyp: ${error}`);
    }
  }

  if (!existsSync(built)) {
    rmSync(dirname(work), { recursive: true, force: true });
    console.error(
      [
        '',
        `build-electron-native: could not build better-sqlite3 ${expected.betterSqlite3} for Electron ${expected.electron}` +
          ` (ABI ${expected.abi ?? '?'}, ${expected.platform}-${expected.arch}).`,
        ...failures.map((f) => `  - ${f}`),
        'A prebuilt binary comes from github.com; compiling needs the headers from electronjs.org and a C/C++',
        'toolchain (python3, make, g++ or the platform equivalent). Connect to the network and run',
        '`node scripts/ensure-electron-native.mjs` again.',
        'Only the desktop app from a checkout needs this: `npm test`, the CLI and `cpms serve` run without it.',
      ].join('\n'),
    );
    process.exit(1);
  }

  mkdirSync(join(root, NATIVE_DIR), { recursive: true });
  copyFileSync(built, join(root, NATIVE_DIR, BINDING_FILE));
  writeFileSync(join(root, NATIVE_DIR, RECORD_FILE), `${JSON.stringify(expected, null, 2)}\n`);
  rmSync(dirname(work), { recursive: true, force: true });
  console.log(
    `build-electron-native: wrote ${NATIVE_DIR}/${BINDING_FILE} for Electron ${expected.electron}.`,
  );
}

main();
