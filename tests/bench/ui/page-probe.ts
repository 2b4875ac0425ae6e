// What the `ui` benchmark reads from a page: Chrome's own counters over the DevTools protocol
// (script time, task time, JS heap), a forced garbage collection, and the page's performance marks.
import type { CDPSession, Locator, Page } from 'playwright-core';
import { eventually } from '../../e2e/ui/wait';

export interface PageCounters {
  /** Main-thread JavaScript time since the page started, ms (CDP Performance ScriptDuration). */
  scriptMs: number;
  /** All main-thread task time (script, style, layout, paint), ms. */
  taskMs: number;
  /** Live JS heap, bytes. */
  heapUsed: number;
}

/** Opens a DevTools session on `page` with the Performance domain enabled. */
export async function openProbe(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

/** Reads the page's cumulative counters. */
export async function counters(cdp: CDPSession): Promise<PageCounters> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string): number => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    scriptMs: get('ScriptDuration') * 1000,
    taskMs: get('TaskDuration') * 1000,
    heapUsed: get('JSHeapUsedSize'),
  };
}

/** Forces full garbage collections, so heap readings compare live objects only. */
export async function collectGarbage(cdp: CDPSession): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the meter shows `value` (the page has applied the update carrying it). */
export async function meterShows(meter: Locator, value: number, timeoutMs = 20_000): Promise<void> {
  await eventually(
    `the probe meter to show ${value}`,
    async () => Number(await meter.getAttribute('aria-valuenow', { timeout: 2_000 })),
    (v) => Math.abs(v - value) < 0.05,
    timeoutMs,
  );
}

/** The span between two performance marks of the page, once the second exists, ms. */
export async function markSpan(page: Page, from: string, to: string): Promise<{ span: number; at: number }> {
  await eventually(
    `performance mark ${to}`,
    () => page.evaluate<number>(`performance.getEntriesByName(${JSON.stringify(to)}).length`),
    (n) => n > 0,
  );
  return page.evaluate<{ span: number; at: number }>(
    `(() => {
      const end = performance.getEntriesByName(${JSON.stringify(to)})[0];
      const start = performance.getEntriesByName(${JSON.stringify(from)})[0];
      return { span: end.startTime - start.startTime, at: end.startTime };
    })()`,
  );
}
