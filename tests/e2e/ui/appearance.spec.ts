// Keyboard, the read-only widget, and the two appearance switches in a real browser against
// `cpms serve`: language (English ↔ 简体中文) and theme (light ↔ dark) change with one click each,
// without a reload, and survive a reload and a fresh browser because the core keeps them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { openPage, startUiProduct } from './harness';
import type { OpenedPage, UiProduct } from './harness';
import { eventually, markPage, rootAttribute, stillMarked } from './wait';

let product: UiProduct;
let browser: Browser;
let opened: OpenedPage;
let page: Page;

/** True when the focused element is the button named `name`. */
async function focusedIs(p: Page, name: string): Promise<boolean> {
  return (await p.getByRole('button', { name, exact: true }).and(p.locator(':focus')).count()) === 1;
}

const cleanup: (() => Promise<void>)[] = [];

beforeAll(async () => {
  product = await startUiProduct();
  cleanup.push(() => product.close());
  await product.call('settings:update', { language: 'en', theme: 'light' });
  await product.register({
    label: 'Lite CN',
    provider: 'glm-coding-plan',
    region: 'cn',
    initialUsed: { five_hour: 900 },
  });
  await product.register({ label: 'DeepSeek', provider: 'deepseek' });
  browser = await launchChromium();
  cleanup.push(() => browser.close());
  opened = await openPage(browser, product);
  page = opened.page;
  await page.getByRole('table', { name: 'Accounts' }).getByRole('meter').waitFor();
});

afterAll(async () => {
  // Only what beforeAll got to start, newest first.
  for (const close of cleanup.reverse()) await close();
});

describe('keyboard', () => {
  it('reaches "Add account" with Tab, opens the dialog with Enter and closes it with Escape', async () => {
    let presses = 0;
    while (!(await focusedIs(page, 'Add account'))) {
      if (++presses > 12) throw new Error('"Add account" not reached within 12 Tab presses');
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add account' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Provider').count()).toBe(1);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // The native <dialog> hands focus back to the button that opened it.
    await eventually(
      'focus back on "Add account"',
      () => focusedIs(page, 'Add account'),
      (v) => v,
    );
  });

  it('moves between accounts with the arrow keys and selects them', async () => {
    await page.getByRole('rowheader').getByRole('button', { name: 'Lite CN' }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await focusedIs(page, 'DeepSeek')).toBe(true);
    await page.getByRole('complementary').getByRole('heading', { name: 'DeepSeek' }).waitFor();
    await page.getByRole('button', { name: 'Close details' }).click();
  });
});

describe('the widget page', () => {
  it('shows every account read-only: rows, bars and balances, no controls but "Open dashboard"', async () => {
    const widget = await openPage(browser, product, {
      path: '/widget',
      contextOptions: { viewport: { width: 360, height: 300 } },
    });
    const card = widget.page.getByRole('main', { name: 'CPMS widget' });
    const rows = card.getByRole('listitem');
    await eventually(
      'two widget rows',
      () => rows.count(),
      (n) => n === 2,
    );
    await rows.filter({ hasText: 'Lite CN' }).getByRole('meter').waitFor();
    expect(await rows.filter({ hasText: 'DeepSeek' }).innerText()).toMatch(/¥110\.00/);
    expect(await card.getByRole('button').count()).toBe(1);
    expect(await card.getByRole('button', { name: 'Open dashboard' }).count()).toBe(1);
    expect(await widget.page.getByRole('textbox').count()).toBe(0);
    expect(await widget.page.getByRole('combobox').count()).toBe(0);
    expect(widget.problems).toEqual([]);
    await widget.context.close();
  });
});

describe('language and theme', () => {
  it('switch to 简体中文 and to dark with one click each, without a reload', async () => {
    await markPage(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings
      .getByRole('radiogroup', { name: 'Language' })
      .getByRole('radio', { name: '简体中文' })
      .click();
    await rootAttribute(page, 'lang', 'zh-CN');
    await page.getByRole('dialog', { name: '设置' }).waitFor();
    await page.getByRole('button', { name: '添加账户' }).waitFor();
    await page.getByRole('table', { name: '账户' }).waitFor();

    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    await page.getByRole('radiogroup', { name: '外观' }).getByRole('radio', { name: '深色' }).click();
    await rootAttribute(page, 'data-theme', 'dark');
    expect(await stillMarked(page)).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
  });

  it('keeps both after a reload and in a fresh browser, because the core stores them', async () => {
    expect(await product.call('settings:get', undefined)).toMatchObject({ language: 'zh-CN', theme: 'dark' });
    await page.reload();
    await page.getByRole('button', { name: '添加账户' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    // A new profile has nothing cached in localStorage: what it shows comes from the core.
    const fresh = await openPage(browser, product);
    await fresh.page.getByRole('button', { name: '添加账户' }).waitFor();
    await rootAttribute(fresh.page, 'lang', 'zh-CN');
    await rootAttribute(fresh.page, 'data-theme', 'dark');
    await fresh.context.close();
  });

  it('switch back to English and light', async () => {
    await markPage(page);
    await page.getByRole('button', { name: '设置' }).click();
    await page.getByRole('radiogroup', { name: '语言' }).getByRole('radio', { name: 'English' }).click();
    await rootAttribute(page, 'lang', 'en');
    await page.getByRole('radiogroup', { name: 'Appearance' }).getByRole('radio', { name: 'Light' }).click();
    await rootAttribute(page, 'data-theme', 'light');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Add account' }).waitFor();
    expect(await stillMarked(page)).toBe(true);
    expect(await product.call('settings:get', undefined)).toMatchObject({ language: 'en', theme: 'light' });
    expect(opened.problems).toEqual([]);
  });
});
