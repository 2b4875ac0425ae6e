import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// One suite for the whole product. Forks (not threads) because better-sqlite3 and child processes
// behave best with one process per test file.
export default defineConfig({
  resolve: {
    alias: { '@contract': fileURLToPath(new URL('./apps/preload/src/contract/index.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/**/*.spec.ts', 'tests/**/*.spec.tsx'],
    exclude: ['node_modules/**', 'out/**', 'tests/bench/**'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    environment: 'node',
  },
});
