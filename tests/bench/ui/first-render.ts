// ui.first_render_50_ms: page loads of the dashboard over 50 accounts from the real core; each
// measures, in the page, from `cpms:data-ready` (every initial read, listStatus included, resolved)
// to `cpms:first-render` (the effect after the first commit that shows rows).
import type { Browser } from 'playwright-core';
import type { BenchResult } from '../harness';
import { below, median, repeat } from '../harness';
import { WINDOW_SIZE } from '../../e2e/ui/harness';
import type { Fleet } from './fleet';
import { markSpan } from './page-probe';

const RUNS = 7;

/** Loads the dashboard RUNS times after one warm-up load. */
export async function measureFirstRender(browser: Browser, fleet: Fleet): Promise<BenchResult> {
  const context = await browser.newContext({ viewport: WINDOW_SIZE, locale: 'en-US', colorScheme: 'light' });
  const origin = fleet.product.origin;
  // The first visit trades the token for the session cookie; later loads open `/` like a reload.
  let url = `${origin}/?token=${encodeURIComponent(fleet.product.server.token)}`;
  const fromNavigation: number[] = [];
  const spans = await repeat(RUNS, async () => {
    const page = await context.newPage();
    await page.goto(url);
    url = `${origin}/`;
    const { span, at } = await markSpan(page, 'cpms:data-ready', 'cpms:first-render');
    const rows = await page.getByRole('table', { name: 'Accounts' }).getByRole('rowheader').count();
    if (rows !== fleet.statuses.length) throw new Error(`first render showed ${rows} rows`);
    fromNavigation.push(at);
    await page.close();
    return span;
  });
  await context.close();
  const nav = median(fromNavigation.slice(1));
  return below(
    'ui.first_render_50_ms',
    median(spans),
    'ms',
    300,
    spans.length,
    `data ready → first commit with rows, median of ${spans.length} loads (real core, 50 accounts); ` +
      `navigation → rows ${nav.toFixed(0)} ms`,
  );
}
