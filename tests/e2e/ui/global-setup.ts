// Makes sure out/web (the real renderer `cpms serve` ships) is built from the current sources before a
// browser test or benchmark opens it. `npm test` builds it first anyway; a lone `npx vitest run
// tests/e2e/ui` or `npm run bench -- --only ui` builds it here when it is missing or older than a
// renderer source. Spec files run in parallel workers, so the build takes a lock directory and every
// other worker waits for it, then sees the fresh build and skips its own.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../../..');
export const WEB_ROOT = join(REPO, 'out/web');

const SOURCES = ['apps/renderer', 'apps/preload/src/contract', 'vite.web.config.ts'];
const LOCK = join(REPO, 'out/.web-build.lock');
/** A lock older than this was left by a killed worker. */
const STALE_LOCK_MS = 120_000;

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when out/web lacks a page or predates a renderer or contract source. */
export function webBuildIsStale(): boolean {
  const pages = ['dashboard.html', 'widget.html'].map((p) => join(WEB_ROOT, p));
  if (!pages.every((p) => existsSync(p))) return true;
  const built = Math.min(...pages.map((p) => statSync(p).mtimeMs));
  return SOURCES.some((s) => newestMtime(join(REPO, s)) > built);
}

function runViteBuild(): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        join(REPO, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        'vite.web.config.ts',
        '--logLevel',
        'error',
      ],
      // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build.
      { cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } },
    );
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`npm run build:web failed (exit ${String(code)})`)),
    );
  });
}

function tryLock(): boolean {
  mkdirSync(join(REPO, 'out'), { recursive: true });
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    const held = statSync(LOCK, { throwIfNoEntry: false });
    if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

/** Builds out/web when stale (once across parallel workers) and returns its path. */
export async function ensureWebBuild(): Promise<string> {
  const started = Date.now();
  while (webBuildIsStale()) {
    if (tryLock()) {
      try {
        if (webBuildIsStale()) await runViteBuild();
      } finally {
        rmSync(LOCK, { recursive: true, force: true });
      }
    } else {
      if (Date.now() - started > STALE_LOCK_MS) throw new Error('timed out waiting for the web build');
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return WEB_ROOT;
}

/** Vitest globalSetup signature, for anyone who wires this file as one. */
export async function setup(): Promise<void> {
  await ensureWebBuild();
}
