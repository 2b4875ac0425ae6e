// ui.push_update_50_script_ms: one burst of 50 status:updated events (every account changes),
// pushed through the real core's event bus and `cpms serve`'s WebSocket into the dashboard. Measured
// with Chrome's own counter: the page's ScriptDuration (CDP Performance.getMetrics) over a fixed
// window around the burst, so it covers the shim's parsing, the store, React's renders and commits.
// The same window without a burst is measured too (the page's 1 s countdown ticker runs in both).
import type { Browser } from 'playwright-core';
import type { BenchResult } from '../harness';
import { below, median } from '../harness';
import { openPage } from '../../e2e/ui/harness';
import type { Fleet } from './fleet';
import { counters, meterShows, openProbe } from './page-probe';
import { probeAccount, probeValue, pushBurst, tickStatuses } from './updates';

const RUNS = 15;
const WARMUP = 3;
/** Long enough for 50 renders to finish, short enough to rarely include a ticker second. */
const WINDOW_MS = 250;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Measures RUNS bursts after WARMUP, and as many idle windows. */
export async function measurePushScript(browser: Browser, fleet: Fleet): Promise<BenchResult> {
  const { page, context } = await openPage(browser, fleet.product);
  const probe = probeAccount(fleet.statuses);
  const meter = page.getByRole('row').filter({ hasText: probe.account.label }).getByRole('meter');
  await meter.waitFor();
  const cdp = await openProbe(page);
  const burst: number[] = [];
  const task: number[] = [];
  const idle: number[] = [];
  for (let t = 1; t <= WARMUP + RUNS; t++) {
    const statuses = tickStatuses(fleet.statuses, t, probe.account.id);
    const before = await counters(cdp);
    pushBurst(fleet.product.core, statuses);
    await sleep(WINDOW_MS);
    const after = await counters(cdp);
    await meterShows(meter, probeValue(t));
    if (t > WARMUP) {
      burst.push(after.scriptMs - before.scriptMs);
      task.push(after.taskMs - before.taskMs);
      const quiet = await counters(cdp);
      await sleep(WINDOW_MS);
      idle.push((await counters(cdp)).scriptMs - quiet.scriptMs);
    }
  }
  await context.close();
  return below(
    'ui.push_update_50_script_ms',
    median(burst),
    'ms',
    16,
    burst.length,
    `CDP ScriptDuration delta over a ${WINDOW_MS} ms window around 50 status:updated pushed through the real ` +
      `core + WebSocket; idle window ${median(idle).toFixed(2)} ms, all main-thread tasks ${median(task).toFixed(1)} ms`,
  );
}
