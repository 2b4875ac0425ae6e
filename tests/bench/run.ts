// `npm run bench [-- --json] [-- --only <prefix>]`: runs every area in tests/bench/areas and prints
// each figure beside its target. It reports; it never fails the build because a target is missed.
import { readdirSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchArea, BenchResult } from './harness';

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;

const areasDir = fileURLToPath(new URL('./areas/', import.meta.url));
const files = readdirSync(areasDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();

const log = (line: string): void => {
  // Progress goes to stderr so `--json` leaves one document on stdout.
  process.stderr.write(`${line}\n`);
};

const results: BenchResult[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(areasDir + file).href)) as { default: BenchArea };
  const area = mod.default;
  if (only && !area.area.startsWith(only) && !only.startsWith(area.area)) continue;
  log(`# ${area.area} (${file})`);
  try {
    const figures = await area.run(log);
    results.push(...figures.filter((r) => !only || r.name.startsWith(only) || only === area.area));
  } catch (error) {
    log(`! ${area.area} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    results.push({
      name: `${area.area}.error`,
      value: Number.NaN,
      unit: '',
      target: 'runs',
      met: false,
      runs: 0,
    });
  }
}

const machine = `${os.cpus().length}x ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`;

if (json) {
  process.stdout.write(`${JSON.stringify({ machine, results })}\n`);
} else {
  const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toPrecision(4));
  const rows = results.map((r) => [
    r.name,
    `${fmt(r.value)} ${r.unit}`,
    r.target,
    r.met ? 'met' : 'MISSED',
    String(r.runs),
    r.note ?? '',
  ]);
  const head = ['figure', 'value', 'target', 'status', 'runs', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(`machine: ${machine}`);
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
}
