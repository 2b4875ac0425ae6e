// Screenshots of the real dashboard against the demo accounts after three hours of (compressed)
// monitoring, saved as test artifacts in artifacts/e2e/: the dashboard, the detail panel and its
// history in light and dark, English and Chinese, plus the error panel, the wallet charts, the add
// dialog and the widget. Each shot first checks the page is in the language and theme it claims.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { REPO } from './global-setup';
import { openPage, showDetail } from './harness';
import type { OpenedPage } from './harness';
import { startLivedIn } from './lived-in';
import type { LivedIn } from './lived-in';
import { eventually, rootAttribute } from './wait';

const OUT = join(REPO, 'artifacts/e2e');
const BUSY = 'GLM Coding Pro (global, busy)';
const EN = {
  add: 'Add account',
  close: 'Close details',
  history: 'History',
  outcome: /Lasts until reset|Runs out in/,
};
const ZH = { add: '添加账户', close: '关闭详情', history: '历史', outcome: /可以撑到重置|后用完/ };
const COMBOS = [
  { theme: 'light', lang: 'en', words: EN },
  { theme: 'dark', lang: 'en', words: EN },
  { theme: 'light', lang: 'zh-CN', words: ZH },
  { theme: 'dark', lang: 'zh-CN', words: ZH },
] as const;

let demo: LivedIn;
let browser: Browser;
let opened: OpenedPage;
let page: Page;
const saved: string[] = [];

async function shot(p: Page, name: string): Promise<void> {
  const path = join(OUT, `${name}.png`);
  await p.screenshot({ path });
  saved.push(path);
}

async function appearance(theme: 'light' | 'dark', lang: 'en' | 'zh-CN', add: string): Promise<void> {
  await demo.product.call('settings:update', { theme, language: lang });
  await rootAttribute(page, 'lang', lang);
  await rootAttribute(page, 'data-theme', theme);
  await page.getByRole('button', { name: add, exact: true }).waitFor();
}

/** Waits for the first history chart's line in the detail panel (`history` is the section's name). */
async function chartDrawn(history: string): Promise<void> {
  const line = page.getByRole('region', { name: history }).getByRole('img').first().locator('path').first();
  await eventually(
    'a history line',
    () => line.getAttribute('d'),
    (d) => (d ?? '').startsWith('M'),
  );
}

const cleanup: (() => Promise<void>)[] = [];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  demo = await startLivedIn({ hours: 3, speed: 1 });
  cleanup.push(() => demo.close());
  await demo.product.call('monitor:refresh', {});
  await eventually(
    'a fresh poll of every working demo account',
    () => demo.product.call('status:list', undefined),
    (list) => list.filter((s) => s.state !== 'error' && s.state !== 'stale').length === demo.demo.length - 1,
  );
  browser = await launchChromium();
  cleanup.push(() => browser.close());
  opened = await openPage(browser, demo.product);
  page = opened.page;
  await page.getByRole('table').getByRole('meter').first().waitFor();
}, 90_000);

afterAll(async () => {
  // Only what beforeAll got to start, newest first.
  for (const close of cleanup.reverse()) await close();
});

describe('screenshots for review (artifacts/e2e)', () => {
  for (const { theme, lang, words } of COMBOS) {
    it(`dashboard and detail panel, ${theme}, ${lang}`, async () => {
      await appearance(theme, lang, words.add);
      await shot(page, `dashboard-${theme}-${lang}`);
      await showDetail(page, BUSY);
      await chartDrawn(words.history);
      // Three hours of history give every window of the busy account a prediction in words.
      expect(await page.getByRole('complementary').innerText()).toMatch(words.outcome);
      await shot(page, `detail-${theme}-${lang}`);
      await page.getByRole('region', { name: words.history }).scrollIntoViewIfNeeded();
      await shot(page, `detail-history-${theme}-${lang}`);
      await page.getByRole('button', { name: words.close }).click();
    });
  }

  it('the failing account, the wallets, the add dialog and the widget', async () => {
    await appearance('light', 'en', 'Add account');
    await showDetail(page, 'MiniMax Global (revoked key, failing)');
    await page.getByRole('button', { name: 'Copy diagnostics' }).waitFor();
    await shot(page, 'detail-error-light-en');
    await showDetail(page, 'DeepSeek (CNY + USD)');
    await page.getByRole('region', { name: 'Wallets' }).waitFor();
    await chartDrawn('History');
    await page.getByRole('region', { name: 'History' }).scrollIntoViewIfNeeded();
    await shot(page, 'detail-wallets-light-en');
    await appearance('dark', 'zh-CN', '添加账户');
    await page.getByRole('button', { name: '添加账户' }).click();
    const dialog = page.getByRole('dialog', { name: '添加账户' });
    await dialog.getByLabel('服务商').selectOption('minimax-cn');
    await dialog.getByLabel('API 密钥').fill('sk-api-0123456789abcdefghij');
    await dialog.getByText(/按量付费密钥/).waitFor();
    await shot(page, 'add-dialog-dark-zh-CN');
    await page.keyboard.press('Escape');
    const widget = await openPage(browser, demo.product, {
      path: '/widget',
      contextOptions: { viewport: { width: 360, height: 380 }, colorScheme: 'dark' },
    });
    await widget.page
      .getByRole('main')
      .getByRole('listitem')
      .nth(demo.demo.length - 1)
      .waitFor();
    await shot(widget.page, 'widget-dark-zh-CN');
    expect(widget.problems).toEqual([]);
    await widget.context.close();
  });

  it('wrote every screenshot, and the page logged no errors while taking them', () => {
    expect(saved.length).toBe(COMBOS.length * 3 + 4);
    for (const path of saved) expect(statSync(path).size).toBeGreaterThan(10_000);
    expect(opened.problems).toEqual([]);
  });
});
