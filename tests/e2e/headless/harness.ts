// Boots the whole headless product for a test: the provider simulator and a real core (real SQLite
// file in a temp folder, real HTTP over loopback) on one virtual clock, behind `cpms serve`'s server.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VirtualClock } from '../../../apps/main/src/core/clock/virtual-clock';
import { createCore } from '../../../apps/main/src/core/create-core';
import type { Core } from '../../../apps/main/src/core/core-types';
import { createLogger } from '../../../apps/main/src/core/log/logger';
import { startHeadlessServer } from '../../../apps/main/src/headless/server';
import type { HeadlessServer } from '../../../apps/main/src/headless/server';
import { startSimulator } from '../../../apps/main/src/simulator';
import type { Simulator } from '../../../apps/main/src/simulator';

export interface Product {
  clock: VirtualClock;
  sim: Simulator;
  core: Core;
  server: HeadlessServer;
  dataDir: string;
  logLines: string[];
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Real time to let loopback requests started by virtual timers complete. */
export const settle = (ms = 60): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Waits (in real time) until `cond` holds. */
export async function until(cond: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await settle(10);
  }
}

/** Starts simulator, core and server; `restart` replaces the core over the same data folder. */
export async function startProduct(): Promise<Product> {
  const clock = new VirtualClock(Date.now());
  const sim = await startSimulator({ clock });
  const dataDir = mkdtempSync(join(tmpdir(), 'cpms-e2e-'));
  const webRoot = join(dataDir, 'web');
  mkdirSync(webRoot);
  writeFileSync(join(webRoot, 'dashboard.html'), '<!doctype html><title>CPMS</title>');
  const logLines: string[] = [];
  const logger = createLogger({ level: 'debug', sink: (l) => logLines.push(l) });
  const boot = async (): Promise<{ core: Core; server: HeadlessServer }> => {
    const core = await createCore({
      dataDir,
      host: 'headless',
      clock,
      logger,
      random: () => 0.5,
    });
    await core.start();
    const server = await startHeadlessServer({ core, webRoot, logger, token: 'test-token-0123456789' });
    return { core, server };
  };
  const product: Product = {
    clock,
    sim,
    dataDir,
    logLines,
    ...(await boot()),
    async restart() {
      await product.server.close();
      await product.core.stop();
      Object.assign(product, await boot());
    },
    async close() {
      await product.server.close();
      await product.core.stop();
      await sim.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return product;
}
