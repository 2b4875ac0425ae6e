// Accounts in trouble, in a real browser against `cpms serve` and the simulator's faults: a failing
// poll keeps the last good value visible, marked stale with the reason; a refused key (HTTP 401, or
// GLM's HTTP 200 with an auth code) puts the account in the error state with the provider's reason;
// "Copy diagnostics" puts a redacted report on the clipboard; clearing the fault brings it back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { AccountStatus } from '@contract';
import { launchChromium } from './chromium';
import { openPage, showDetail, startUiProduct } from './harness';
import type { OpenedPage, Registered, UiProduct } from './harness';
import { eventually, meterValue, textMatching } from './wait';

let product: UiProduct;
let browser: Browser;
let opened: OpenedPage;
let page: Page;
let lite: Registered;
let mini: Registered;
let max: Registered;

const row = (label: string): Locator =>
  page.getByRole('table', { name: 'Accounts' }).getByRole('row').filter({ hasText: label });
const detail = (): Locator => page.getByRole('complementary', { name: 'Account details' });

async function refreshAll(): Promise<void> {
  await page.getByRole('button', { name: 'Refresh all' }).click();
}

/** Waits until the core has a successful snapshot for every account. */
async function allPolled(): Promise<AccountStatus[]> {
  return eventually(
    'every account polled once',
    () => product.call('status:list', undefined),
    (list) => list.length === 3 && list.every((s) => s.lastSuccessAt !== null),
  );
}

const cleanup: (() => Promise<void>)[] = [];

beforeAll(async () => {
  product = await startUiProduct();
  cleanup.push(() => product.close());
  await product.call('settings:update', { language: 'en', theme: 'light' });
  lite = await product.register({
    label: 'Lite CN',
    provider: 'glm-coding-plan',
    region: 'cn',
    initialUsed: { five_hour: 700 },
  });
  mini = await product.register({
    label: 'MiniMax Plus',
    provider: 'minimax-cn',
    initialUsed: { five_hour: 300 },
  });
  max = await product.register({
    label: 'GLM Max',
    provider: 'glm-coding-plan',
    region: 'cn',
    plan: { kind: 'glm-coding', level: 'max' },
  });
  await allPolled();
  browser = await launchChromium();
  cleanup.push(() => browser.close());
  opened = await openPage(browser, product, {
    contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
  });
  page = opened.page;
  await row('GLM Max').getByRole('meter').waitFor();
});

afterAll(async () => {
  // Only what beforeAll got to start, newest first.
  for (const close of cleanup.reverse()) await close();
});

describe('an account whose polls fail', () => {
  it('keeps the last good value visible, marked stale with the reason', async () => {
    const meter = row('Lite CN').getByRole('meter');
    const lastGood = await meterValue(meter);
    expect(lastGood).toBeGreaterThan(0);
    product.sim.setFault({ key: lite.sim.key }, { kind: 'http_500' });
    await refreshAll();
    const text = await textMatching(row('Lite CN'), /Stale/);
    expect(text).toMatch(/Provider error/);
    expect(await meterValue(meter)).toBe(lastGood);
    await showDetail(page, 'Lite CN');
    const callout = await textMatching(detail().getByRole('status').first(), /Provider error/);
    expect(callout).toMatch(/Showing the last good values from/);
  });
});

describe('an account whose key is refused', () => {
  it('shows the error state with the reason (HTTP 401)', async () => {
    product.sim.setFault({ key: mini.sim.key }, { kind: 'http_401' });
    await refreshAll();
    await row('MiniMax Plus').getByRole('img', { name: 'Error' }).waitFor();
    expect(await textMatching(row('MiniMax Plus'), /Key rejected/)).toBeTruthy();
    await showDetail(page, 'MiniMax Plus');
    const callout = await textMatching(detail().getByRole('status').first(), /Key rejected/);
    expect(callout).toMatch(/HTTP 401/);
  });

  it('shows the error state for GLM\'s "HTTP 200 with an auth code" answer too', async () => {
    product.sim.setFault({ key: max.sim.key }, { kind: 'auth_200' });
    await refreshAll();
    await row('GLM Max').getByRole('img', { name: 'Error' }).waitFor();
    expect(await textMatching(row('GLM Max'), /Key rejected/)).toBeTruthy();
  });

  it('copies redacted diagnostics to the clipboard', async () => {
    await showDetail(page, 'MiniMax Plus');
    await detail().getByRole('button', { name: 'Copy diagnostics' }).click();
    await textMatching(page.getByRole('status', { name: 'Alerts' }), /Diagnostics copied \(keys redacted\)/);
    const copied = await page.evaluate<string>('navigator.clipboard.readText()');
    expect(copied).toMatch(/auth_error/);
    expect(copied).toMatch(/minimax-cn/);
    expect(copied).toContain(mini.dto.keyMask);
    for (const key of [mini.sim.key, lite.sim.key, max.sim.key]) expect(copied).not.toContain(key);
  });

  it('returns to normal once the provider accepts the key again', async () => {
    product.sim.setFault({ key: mini.sim.key }, null);
    product.sim.setFault({ key: lite.sim.key }, null);
    await refreshAll();
    await row('MiniMax Plus').getByRole('img', { name: 'Error' }).waitFor({ state: 'detached' });
    await eventually(
      'the stale mark to clear',
      () => row('Lite CN').innerText(),
      (t) => !t.includes('Stale'),
    );
    expect(await row('MiniMax Plus').innerText()).not.toMatch(/Key rejected/);
    expect(opened.problems).toEqual([]);
  });
});
