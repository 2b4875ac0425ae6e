// ui.heap_growth_30min_mb: thirty minutes of "an update every second" for the dashboard with 50
// accounts and a detail panel open. Each update pushes all 50 statuses and the overview through the
// real core's event bus and WebSocket, one second of account time apart (so the panel's history
// refetches every 30 updates, as it would live). The 1,800 updates are delivered on compressed time
// (one every TICK_MS) unless `--ui-real-time` asks for the literal thirty minutes. The heap is read
// (JSHeapUsedSize) after forced garbage collections, after a warm-up and at the end.
import type { Browser } from 'playwright-core';
import type { BenchResult } from '../harness';
import { below, median } from '../harness';
import { openPage, showDetail } from '../../e2e/ui/harness';
import type { Fleet } from './fleet';
import { collectGarbage, counters, meterShows, openProbe } from './page-probe';
import { probeAccount, probeValue, pushBurst, tickStatuses } from './updates';

const UPDATES = 1800;
const TICK_MS = 10;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** One run on a fresh page; returns the growth in MB and the real seconds the updates took. */
async function oneRun(browser: Browser, fleet: Fleet, tickMs: number, warmup: number) {
  const { page, context } = await openPage(browser, fleet.product);
  const probe = probeAccount(fleet.statuses);
  const meter = page
    .getByRole('table')
    .getByRole('row')
    .filter({ hasText: probe.account.label })
    .getByRole('meter');
  await meter.waitFor();
  await showDetail(page, fleet.statuses[0]!.account.label);
  const cdp = await openProbe(page);
  let t = 0;
  const run = async (count: number): Promise<void> => {
    for (let i = 0; i < count; i++) {
      t++;
      const started = Date.now();
      pushBurst(fleet.product.core, tickStatuses(fleet.statuses, t, probe.account.id));
      fleet.product.core.events.emit('overview:updated', { ...fleet.overview, activeCount: t % 50 });
      // Never let the page fall far behind: a backlog in the socket is not the page's heap.
      if (t % 100 === 0) await meterShows(meter, probeValue(t));
      await sleep(Math.max(0, tickMs - (Date.now() - started)));
    }
    await meterShows(meter, probeValue(t));
  };
  await run(warmup);
  await sleep(1500);
  await collectGarbage(cdp);
  const start = (await counters(cdp)).heapUsed;
  const began = Date.now();
  await run(UPDATES);
  const seconds = (Date.now() - began) / 1000;
  await sleep(1500);
  await collectGarbage(cdp);
  const end = (await counters(cdp)).heapUsed;
  await context.close();
  return { growthMb: (end - start) / 2 ** 20, startMb: start / 2 ** 20, seconds };
}

/** Three compressed runs (or one real-time run with `realTime`). */
export async function measureHeapGrowth(
  browser: Browser,
  fleet: Fleet,
  log: (line: string) => void,
  realTime: boolean,
): Promise<BenchResult> {
  const runs = realTime ? 1 : 3;
  const tickMs = realTime ? 1000 : TICK_MS;
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = await oneRun(browser, fleet, tickMs, realTime ? 60 : 300);
    log(
      `  heap run ${i + 1}: ${r.startMb.toFixed(1)} MB → +${r.growthMb.toFixed(2)} MB in ${r.seconds.toFixed(0)} s`,
    );
    results.push(r);
  }
  const seconds = median(results.map((r) => r.seconds));
  const time = realTime
    ? `real time: ${UPDATES} updates 1 s apart (${seconds.toFixed(0)} s)`
    : `compressed: ${UPDATES} updates (= 30 min at 1/s) in ${seconds.toFixed(0)} s real time (paced at most one per ${TICK_MS} ms), ` +
      'the page’s 1 s ticker running in real time; --ui-real-time runs the literal 30 min';
  return below(
    'ui.heap_growth_30min_mb',
    median(results.map((r) => r.growthMb)),
    'MB',
    10,
    runs,
    `JSHeapUsedSize after forced GC, warm-up → end; each update = 50 status:updated + overview through ` +
      `the real core + WebSocket, detail panel open; ${time}; heap after warm-up ${median(results.map((r) => r.startMb)).toFixed(1)} MB`,
  );
}
