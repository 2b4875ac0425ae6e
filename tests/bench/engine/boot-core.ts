// Boots a real core for the engine benchmark: a temp data folder, a seeded jitter source, a logger
// that only counts errors, and the fleet added through the dispatcher as the UI would add it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AccountInput } from '@contract';
import type { Clock } from '../../../apps/main/src/core/clock/clock';
import { createCore } from '../../../apps/main/src/core/create-core';
import type { Core } from '../../../apps/main/src/core/core-types';
import { createLogger } from '../../../apps/main/src/core/log/logger';

export interface BenchCore {
  core: Core;
  dataDir: string;
  /** Error lines the core logged (a healthy run logs none). */
  errors: string[];
  close(): Promise<void>;
}

/** A deterministic pseudo-random source (mulberry32), so runs schedule alike. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Creates and starts a core on `clock` and adds `accounts` through `accounts:add`. */
export async function bootCore(clock: Clock, accounts: readonly AccountInput[]): Promise<BenchCore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cpms-bench-engine-'));
  const errors: string[] = [];
  const logger = createLogger({ level: 'error', sink: (line) => errors.push(line.slice(0, 400)) });
  const core = await createCore({
    dataDir,
    host: 'headless',
    clock,
    logger,
    machineId: () => Promise.resolve('bench-machine'),
    random: seeded(42),
  });
  await core.start();
  for (const input of accounts) {
    const res = await core.dispatcher.dispatch('accounts:add', input, { transport: 'test' });
    if (!res.ok) throw new Error(`accounts:add failed: ${res.error.message}`);
  }
  return {
    core,
    dataDir,
    errors,
    async close() {
      await core.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
