// The first-run story in a real browser against `cpms serve` and the simulator, on the real clock:
// an empty dashboard leads to the add dialog; a badly shaped key and an unknown key are explained;
// a good key is tested, saved and shown masked (never in the page, never in a frame it receives);
// the row's numbers move by push as the simulator burns; the detail panel shows windows, prediction,
// history and (for DeepSeek) wallets; the account is removed after a confirmation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { generateKey } from '../../../apps/main/src/simulator';
import type { SimAccount } from '../../../apps/main/src/simulator';
import { launchChromium } from './chromium';
import { openPage, showDetail, startUiProduct } from './harness';
import type { OpenedPage, UiProduct } from './harness';
import { eventually, markPage, meterValue, stillMarked, textMatching } from './wait';

const LABEL = 'Work GLM';
let product: UiProduct;
let browser: Browser;
let opened: OpenedPage;
let page: Page;
let good: SimAccount;
const unknownKey = generateKey('glm-coding-plan');

const dialog = (): Locator => page.getByRole('dialog', { name: 'Add account' });
const table = (): Locator => page.getByRole('table', { name: 'Accounts' });
const row = (label: string): Locator => table().getByRole('row').filter({ hasText: label });
const detail = (): Locator => page.getByRole('complementary', { name: 'Account details' });

const cleanup: (() => Promise<void>)[] = [];

beforeAll(async () => {
  product = await startUiProduct();
  cleanup.push(() => product.close());
  await product.call('settings:update', { language: 'en', theme: 'light', snapshotIntervalSec: 5 });
  // 300 credits a minute of the Lite plan's 5-hour window: the bar visibly moves between polls.
  good = product.sim.addAccount({
    provider: 'glm-coding-plan',
    region: 'global',
    plan: { kind: 'glm-coding', level: 'lite' },
    burn: { perMinute: 300 },
    pattern: { kind: 'active' },
    initialUsed: { five_hour: 400 },
  });
  browser = await launchChromium();
  cleanup.push(() => browser.close());
  opened = await openPage(browser, product);
  page = opened.page;
});

afterAll(async () => {
  // Only what beforeAll got to start, newest first.
  for (const close of cleanup.reverse()) await close();
});

describe('adding an account through the dialog', () => {
  it('leads an empty dashboard to "Add your first account"', async () => {
    await page.getByRole('heading', { name: 'No accounts yet' }).waitFor();
    await page.getByRole('button', { name: 'Add your first account' }).click();
    await dialog().waitFor();
    expect(await dialog().getByLabel('Provider').inputValue()).toBe('glm-coding-plan');
  });

  it('checks the key as it is typed, with a clear message', async () => {
    const key = dialog().getByLabel('API key');
    await dialog().getByLabel('Name').fill(LABEL);
    await key.fill('8c1f2a9e 77b2.abcdef');
    expect(await textMatching(dialog().getByRole('alert'), /spaces or line breaks/)).toMatch(
      /paste it again/,
    );
    expect(await key.getAttribute('aria-invalid')).toBe('true');
    await key.fill(generateKey('deepseek'));
    await dialog()
      .getByText(/looks like a DeepSeek key/)
      .waitFor();
    await key.fill(unknownKey);
    await dialog().getByText('Key format looks right.').waitFor();
  });

  it('shows the provider refusing a well-formed but unknown key on "Test connection"', async () => {
    await dialog().getByText('Advanced').click();
    await dialog()
      .getByLabel('Base URL (optional)')
      .fill(product.sim.baseUrlFor('glm-coding-plan', 'global'));
    await dialog().getByRole('button', { name: 'Test connection' }).click();
    const result = await textMatching(dialog().getByRole('status'), /Connection failed/);
    expect(result).toMatch(/Key rejected/);
    expect(result).toMatch(/401|auth|key/i);
    expect(result).not.toContain(unknownKey);
  });

  it('tests a good key, shows what it found, saves it and shows it masked only', async () => {
    await dialog().getByLabel('API key').fill(good.key);
    await dialog().getByRole('button', { name: 'Test connection' }).click();
    const found = await textMatching(dialog().getByRole('status'), /Connection works/);
    expect(found).toMatch(/5-hour\s*\d+(\.\d)?% used/);
    expect(found).toMatch(/Weekly/);
    await dialog().getByRole('button', { name: 'Save' }).click();
    await dialog().waitFor({ state: 'hidden' });
    await row(LABEL).waitFor();
    const toast = await textMatching(page.getByRole('status', { name: 'Alerts' }), /Saved\. Key \S+…\S+/);
    const mask = /Key (\S+…\S+)/.exec(toast)?.[1] ?? '';
    expect(good.key.endsWith(mask.split('…')[1] ?? '?')).toBe(true);
    expect(await detail().getByText(mask, { exact: true }).count()).toBe(1);
    const html = await page.content();
    expect(html).not.toContain(good.key);
    expect(html).not.toContain(unknownKey);
    expect(opened.received.some((f) => f.includes(good.key) || f.includes(unknownKey))).toBe(false);
  });
});

describe('watching and inspecting it', () => {
  it('moves its numbers by push as the simulator burns quota, without a reload', async () => {
    await markPage(page);
    const meter = row(LABEL).getByRole('meter');
    const before = await meterValue(meter);
    // The next scheduled poll (GLM's 15 s minimum) brings the burnt credits; the page only listens.
    const after = await eventually(
      'the usage bar to move',
      () => meterValue(meter),
      (v) => v > before,
      40_000,
    );
    expect(after).toBeGreaterThan(before);
    expect(await stillMarked(page)).toBe(true);
  }, 50_000);

  it('opens the detail panel: windows with bars and figures, the prediction and the history chart', async () => {
    await showDetail(page, LABEL);
    const fiveHour = detail().getByRole('article', { name: '5-hour', exact: true });
    await fiveHour.getByRole('meter').waitFor();
    const facts = await textMatching(fiveHour, /Limit/);
    expect(facts).toMatch(/Used [\d,]+ credits/);
    expect(facts).toMatch(/Limit [\d,]+ credits/);
    expect(facts).toMatch(/Remaining [\d,]+ credits/);
    expect(facts).toMatch(/Resets \d+ h \d+ m/);
    expect(facts).toMatch(/Runs out in|Lasts until reset|Used up|Not enough data to predict yet/);
    const chart = detail()
      .getByRole('region', { name: 'History' })
      .getByRole('img', { name: /Chart of 5-hour/ });
    const path = await eventually(
      'a drawn history line',
      () => chart.locator('path').first().getAttribute('d'),
      (d) => /^M[\d.]+ [\d.]+/.test(d ?? ''),
    );
    expect(path).toMatch(/^M/);
  });

  it('shows the wallets of a DeepSeek account added from elsewhere', async () => {
    await product.register({
      label: 'DeepSeek team',
      provider: 'deepseek',
      wallets: [
        { currency: 'CNY', paid: 100, granted: 10 },
        { currency: 'USD', paid: 5 },
      ],
    });
    await showDetail(page, 'DeepSeek team');
    const wallets = detail().getByRole('region', { name: 'Wallets' });
    expect(await textMatching(wallets.getByRole('article', { name: 'Available CNY' }), /¥110\.00/)).toMatch(
      /Paid ¥100\.00/,
    );
    expect(
      await textMatching(wallets.getByRole('article', { name: 'Available USD' }), /\$5\.00/),
    ).toBeTruthy();
    expect(await textMatching(row('DeepSeek team'), /¥110\.00/)).toMatch(/\$5\.00/);
  });
});

describe('removing it', () => {
  it('asks first, and removes the account only when confirmed', async () => {
    await showDetail(page, LABEL);
    await detail().getByRole('button', { name: 'Remove' }).click();
    const confirm = page.getByRole('dialog', { name: `Remove ${LABEL}?` });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await row(LABEL).count()).toBe(1);

    await detail().getByRole('button', { name: 'Remove' }).click();
    await confirm.getByText('Its key and its history will be deleted').waitFor();
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await row(LABEL).waitFor({ state: 'detached' });
    expect((await product.call('accounts:list', undefined)).map((a) => a.label)).toEqual(['DeepSeek team']);
    expect(opened.problems).toEqual([]);
  });
});
