// Shared pieces of the store tests: temporary data folders, stores closed after each test, factories.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openStore, type OpenStoreOptions } from '../../../../../apps/main/src/core/store/index';
import type { Store } from '../../../../../apps/main/src/core/store/types';

export * from './snapshot-factory';

const dirs: string[] = [];
const stores: Store[] = [];

afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh folder under the OS temp dir, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cpms-store-test-'));
  dirs.push(dir);
  return dir;
}

/** Opens a store (in a fresh temp folder unless given), closed after the test. */
export function testStore(options: Partial<OpenStoreOptions> = {}): Store {
  const store = openStore({ dataDir: options.dataDir ?? tempDir(), ...options });
  stores.push(store);
  return store;
}

/** Adds an account and returns its id. */
export function addAccount(store: Store, label = 'test'): string {
  return store.accounts.insert({
    provider: 'glm-coding-plan',
    region: 'global',
    model: null,
    label,
    baseUrl: null,
  }).id;
}
