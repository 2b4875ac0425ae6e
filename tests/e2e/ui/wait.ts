// Waiting helpers for the browser tests: playwright-core has no retrying `expect`, so conditions on
// what the page shows are polled until they hold or a deadline passes (with the last value in the error).
import type { Locator, Page } from 'playwright-core';

/** Polls `probe` until `accept` holds; throws naming `what` and the last value seen. */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      if (accept(last)) return last;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = lastError instanceof Error ? lastError.message : JSON.stringify(last);
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${seen}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The visible text of `locator` once it matches `pattern`. */
export async function textMatching(locator: Locator, pattern: RegExp, timeoutMs = 15_000): Promise<string> {
  return eventually(
    `text ${String(pattern)}`,
    async () => (await locator.innerText({ timeout: 1_000 })).replace(/\s+/g, ' ').trim(),
    (t) => pattern.test(t),
    timeoutMs,
  );
}

/** An attribute of the document element (`lang`, `data-theme`) once it equals `value`. */
export async function rootAttribute(
  page: Page,
  name: string,
  value: string,
  timeoutMs = 10_000,
): Promise<void> {
  await eventually(
    `<html ${name}="${value}">`,
    () => page.locator('html').getAttribute(name),
    (v) => v === value,
    timeoutMs,
  );
}

/** The number in a meter's aria-valuenow. */
export async function meterValue(meter: Locator): Promise<number> {
  return Number(await meter.getAttribute('aria-valuenow', { timeout: 5_000 }));
}

/** Marks the page so a later check can prove it was not reloaded in between. */
export async function markPage(page: Page): Promise<void> {
  await page.evaluate('window.__cpmsNoReload = true');
}

/** True while the mark set by `markPage` survives (no navigation or reload happened). */
export async function stillMarked(page: Page): Promise<boolean> {
  return (await page.evaluate<unknown>('window.__cpmsNoReload === true')) === true;
}
