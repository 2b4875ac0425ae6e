#!/usr/bin/env node
// The `cpms` command. Runs the TypeScript CLI straight from the checkout through tsx, so
// `npx cpms` works right after `npm install` with nothing to build first.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
register({ tsconfig: fileURLToPath(new URL('tsconfig.json', root)) });
const { main } = await import(new URL('apps/main/src/cli/main.ts', root).href);
process.exitCode = await main(process.argv.slice(2));
