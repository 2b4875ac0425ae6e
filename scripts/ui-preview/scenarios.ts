// Dev-only: what the preview photographs. Each scenario opens pages with the fixture injected and
// saves PNGs named <view>-<theme>-<lang>.png.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PreviewConfig } from './fixture/fake-core';
import type { PreviewServer } from './static-server';

interface Ctx {
  browser: Browser;
  server: PreviewServer;
  fixture: string;
  outDir: string;
  problems: string[];
}

type Theme = 'light' | 'dark';
type Lang = 'en' | 'zh-CN';

interface Scenario {
  name: string;
  run(ctx: Ctx): Promise<string[]>;
}

const COMBOS: [Theme, Lang][] = [
  ['light', 'en'],
  ['dark', 'en'],
  ['light', 'zh-CN'],
  ['dark', 'zh-CN'],
];

/** A page with the fixture as `window.cpms`; the language comes from the system locale (first run). */
async function open(
  ctx: Ctx,
  theme: Theme,
  lang: Lang,
  config: PreviewConfig,
  opts: { path?: string; size?: [number, number]; bypassCSP?: boolean } = {},
): Promise<Page> {
  // The Electron window's default size (apps/main/src/electron/windows/dashboard.ts).
  const [width, height] = opts.size ?? [1180, 760];
  const context = await ctx.browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    colorScheme: theme,
    locale: lang,
    bypassCSP: opts.bypassCSP ?? false,
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') ctx.problems.push(`[${theme}/${lang}] ${m.text()}`);
  });
  page.on('pageerror', (e) => ctx.problems.push(`[${theme}/${lang}] ${e.message}`));
  await page.addInitScript({
    content: `globalThis.__CPMS_PREVIEW__ = ${JSON.stringify({ systemLocale: lang, ...config })};`,
  });
  await page.addInitScript({ content: ctx.fixture });
  await page.goto(`${ctx.server.url}/${opts.path ?? 'dashboard.html'}`);
  return page;
}

async function shot(ctx: Ctx, page: Page, name: string, theme: Theme, lang: Lang): Promise<string> {
  const file = join(ctx.outDir, `${name}-${theme}-${lang}.png`);
  await page.waitForTimeout(250);
  await page.screenshot({ path: file });
  return file;
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'views',
    async run(ctx) {
      const files: string[] = [];
      for (const [theme, lang] of COMBOS) {
        const page = await open(ctx, theme, lang, {});
        await page.getByRole('table').waitFor();
        files.push(await shot(ctx, page, 'dashboard', theme, lang));
        await page.setViewportSize({ width: 880, height: 560 });
        files.push(await shot(ctx, page, 'dashboard-min', theme, lang));
        await page.setViewportSize({ width: 1180, height: 760 });
        const rowFile = join(ctx.outDir, `row-stale-${theme}-${lang}.png`);
        await page.locator('tr[data-account-id="a4"]').screenshot({ path: rowFile });
        files.push(rowFile);
        await page.locator('tr[data-account-id="a1"] .row-link').click();
        await page.locator('#detail-panel .chart svg').first().waitFor();
        files.push(await shot(ctx, page, 'detail', theme, lang));
        await page.locator('#detail-history').scrollIntoViewIfNeeded();
        files.push(await shot(ctx, page, 'detail-history', theme, lang));
        await page.locator('tr[data-account-id="a7"] .row-link').click();
        files.push(await shot(ctx, page, 'detail-error', theme, lang));
        await page.locator('tr[data-account-id="a6"] .row-link').click();
        await page.locator('#detail-panel .chart svg').first().waitFor();
        files.push(await shot(ctx, page, 'detail-wallet', theme, lang));
        await page.locator('.toolbar .btn-primary').click();
        await page.locator('#account-key').fill('sk-api-preview0000000000');
        await page.locator('#account-provider').selectOption('minimax-cn');
        await page.locator('#account-key').fill('sk-api-preview0000000000');
        await page.locator('#account-label').fill('MiniMax 团队');
        await page.locator('.modal-footer .btn').first().click();
        await page.locator('.test-result').waitFor();
        files.push(await shot(ctx, page, 'add-dialog', theme, lang));
        await page.keyboard.press('Escape');
        await page.locator('.toolbar .icon-btn').last().click();
        await page.locator('.modal .group').first().waitFor();
        files.push(await shot(ctx, page, 'settings', theme, lang));
        await page.locator('#set-updates').scrollIntoViewIfNeeded();
        files.push(await shot(ctx, page, 'settings-more', theme, lang));
        await page.context().close();
      }
      return files;
    },
  },
  {
    name: 'widget',
    async run(ctx) {
      const files: string[] = [];
      for (const [theme, lang] of COMBOS) {
        const page = await open(
          ctx,
          theme,
          lang,
          {},
          { path: 'widget.html', size: [320, 200], bypassCSP: true },
        );
        await page.locator('.w-row').first().waitFor();
        // A desktop-like backdrop behind the transparent window, to judge the card's translucency.
        await page.addStyleTag({
          content: 'html.is-widget{background:linear-gradient(135deg,#3a6073,#16222a)!important}',
        });
        files.push(await shot(ctx, page, 'widget', theme, lang));
        await page.context().close();
      }
      return files;
    },
  },
  {
    name: 'states',
    async run(ctx) {
      const files: string[] = [];
      for (const [theme, lang] of [COMBOS[0], COMBOS[3]] as [Theme, Lang][]) {
        let page = await open(ctx, theme, lang, { empty: true });
        await page.locator('.empty').waitFor();
        files.push(await shot(ctx, page, 'empty', theme, lang));
        await page.context().close();
        page = await open(ctx, theme, lang, {});
        await page.getByRole('table').waitFor();
        await page.getByRole('searchbox').focus();
        for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
        await page.keyboard.press('ArrowDown');
        files.push(await shot(ctx, page, 'keyboard-focus', theme, lang));
        await page.context().close();
        page = await open(ctx, theme, lang, { paused: true });
        await page.locator('.banner-paused').waitFor();
        await page.getByRole('radio').nth(1).click();
        files.push(await shot(ctx, page, 'paused-left', theme, lang));
        await page.context().close();
      }
      return files;
    },
  },
  {
    name: 'offline',
    async run(ctx) {
      const context = await ctx.browser.newContext({
        viewport: { width: 1180, height: 560 },
        colorScheme: 'light',
        locale: 'en',
      });
      const page = await context.newPage();
      page.on('pageerror', (e) => ctx.problems.push(`[ws] ${e.message}`));
      await page.goto(`${ctx.server.url}/dashboard.html?token=${ctx.server.token}`);
      await page.getByRole('table').waitFor();
      ctx.server.setOnline(false);
      await page.locator('.banner-offline').waitFor();
      const file = join(ctx.outDir, 'offline-light-en.png');
      await page.screenshot({ path: file });
      ctx.server.setOnline(true);
      await page.getByRole('button', { name: 'Retry now' }).click();
      await page.locator('.banner-offline').waitFor({ state: 'detached' });
      await context.close();
      return [file];
    },
  },
];
