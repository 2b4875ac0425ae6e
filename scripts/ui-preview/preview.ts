// Dev-only preview of the renderer until `cpms serve` lands: builds out/web, serves it on loopback,
// injects a scripted `window.cpms` (fixture/, clearly a preview fixture, never shipped) and takes
// screenshots of every view in light and dark, English and Chinese, into artifacts/ui-preview/.
//
//   npx tsx scripts/ui-preview/preview.ts [--no-build] [--only <name-part>] [--serve]
//
// --serve keeps the server up (live fixture over the WebSocket shim) and prints the URL.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { Rolldown } from 'vite';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server';
import { SCENARIOS } from './scenarios';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'artifacts/ui-preview');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

/** Bundles fixture/install.ts into one classic script for addInitScript. */
async function bundleFixture(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@contract': resolve(ROOT, 'apps/preload/src/contract/index.ts') } },
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(import.meta.dirname, 'fixture/install.ts'),
        formats: ['iife'],
        name: 'cpmsPreview',
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs[0]?.output[0];
  if (chunk?.type !== 'chunk') throw new Error('fixture bundle produced no chunk');
  return chunk.code;
}

async function main(): Promise<void> {
  if (!args.includes('--no-build')) {
    execFileSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  const fixture = await bundleFixture();
  const server = await startStaticServer(resolve(ROOT, 'out/web'), { live: args.includes('--serve') });
  if (args.includes('--serve')) {
    console.log(`Preview (WebSocket shim, live fixture): ${server.url}/dashboard.html?token=${server.token}`);
    return;
  }
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--headless',
    ],
  });
  const problems: string[] = [];
  try {
    for (const scenario of SCENARIOS) {
      if (only && !scenario.name.includes(only)) continue;
      const files = await scenario.run({ browser, server, fixture, outDir: OUT, problems });
      for (const f of files) console.log(`  ${f}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (problems.length) {
    console.error(`\n${problems.length} console error(s):\n${[...new Set(problems)].join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
