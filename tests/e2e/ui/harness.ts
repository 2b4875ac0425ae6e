// Boots the product the browser tests look at: the provider simulator, a real core (SQLite in a temp
// folder, real HTTP over loopback) and `cpms serve`'s server over the REAL built renderer (out/web),
// plus helpers to open a page the way a user does (the printed URL with its token) and to register
// simulated accounts through the same channels the dialog uses.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { AccountDto, Channel, ChannelReq, ChannelRes } from '@contract';
import type { Clock } from '../../../apps/main/src/core/clock/clock';
import { createCore } from '../../../apps/main/src/core/create-core';
import type { Core } from '../../../apps/main/src/core/core-types';
import { createLogger } from '../../../apps/main/src/core/log/logger';
import { startHeadlessServer } from '../../../apps/main/src/headless/server';
import type { HeadlessServer } from '../../../apps/main/src/headless/server';
import { startSimulator } from '../../../apps/main/src/simulator';
import type {
  SimAccount,
  SimAccountSpec,
  Simulator,
  SimulatorOptions,
} from '../../../apps/main/src/simulator';
import { ensureWebBuild } from './global-setup';

export interface UiProduct {
  readonly sim: Simulator;
  readonly core: Core;
  readonly server: HeadlessServer;
  /** `http://127.0.0.1:<port>`, without the token. */
  readonly origin: string;
  /** Warnings and errors the core logged (keys are redacted by the logger). */
  readonly logLines: string[];
  /** Calls a channel on the core directly, as a second window would. */
  call<C extends Channel>(channel: C, request: ChannelReq<C>): Promise<ChannelRes<C>>;
  /** Adds a simulated account to the simulator and registers it with the core. */
  register(spec: SimAccountSpec & { label: string; model?: string | null }): Promise<Registered>;
  close(): Promise<void>;
}

export interface Registered {
  dto: AccountDto;
  sim: SimAccount;
}

export interface UiProductOptions {
  /** Shared by simulator and core (a VirtualClock to compress time); default the system clock. */
  clock?: Clock;
  simulator?: Omit<SimulatorOptions, 'clock'>;
}

/** Starts simulator, core and server over out/web (built first when stale). */
export async function startUiProduct(options: UiProductOptions = {}): Promise<UiProduct> {
  const webRoot = await ensureWebBuild();
  const clockOpt = options.clock ? { clock: options.clock } : {};
  const sim = await startSimulator({ ...options.simulator, ...clockOpt });
  const dataDir = mkdtempSync(join(tmpdir(), 'cpms-ui-'));
  const logLines: string[] = [];
  const logger = createLogger({ level: 'warn', sink: (l) => logLines.push(l) });
  const core = await createCore({
    dataDir,
    host: 'headless',
    ...clockOpt,
    logger,
    machineId: () => Promise.resolve('ui-e2e-machine'),
    systemLocale: 'en-US',
  });
  await core.start();
  const server = await startHeadlessServer({ core, webRoot, logger });

  const call = async <C extends Channel>(channel: C, request: ChannelReq<C>): Promise<ChannelRes<C>> => {
    const envelope = await core.dispatcher.dispatch(channel, request, { transport: 'test' });
    if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.kind}: ${envelope.error.message}`);
    return envelope.value as ChannelRes<C>;
  };

  return {
    sim,
    core,
    server,
    origin: `http://127.0.0.1:${server.port}`,
    logLines,
    call,
    async register({ label, model = null, ...spec }) {
      const account = sim.addAccount({ ...spec, label });
      const dto = await call('accounts:add', {
        provider: spec.provider,
        region: account.region,
        model,
        label,
        baseUrl: sim.baseUrlFor(spec.provider, account.region),
        key: account.key,
      });
      return { dto, sim: account };
    },
    async close() {
      await server.close();
      await core.stop();
      await sim.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors (a CSP violation shows up here). */
  problems: string[];
  /** Every WebSocket frame the page received from the server (to prove no key ever reaches it). */
  received: string[];
}

/** The Electron dashboard window's default size, so screenshots match the desktop app. */
export const WINDOW_SIZE = { width: 1180, height: 760 };

/**
 * Opens `path` in a fresh context by the URL `cpms serve` prints (`?token=…`): the server answers
 * 303 with an HttpOnly cookie and the page's shim connects with that cookie.
 */
export async function openPage(
  browser: Browser,
  product: UiProduct,
  options: { path?: string; context?: BrowserContext; contextOptions?: BrowserContextOptions } = {},
): Promise<OpenedPage> {
  const context =
    options.context ??
    (await browser.newContext({
      viewport: WINDOW_SIZE,
      deviceScaleFactor: 1,
      locale: 'en-US',
      colorScheme: 'light',
      ...options.contextOptions,
    }));
  const page = await context.newPage();
  // Fail an action in seconds, well inside the test's own timeout, so the error names the selector.
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  const received: string[] = [];
  page.on('websocket', (ws) =>
    ws.on('framereceived', (f) =>
      received.push(typeof f.payload === 'string' ? f.payload : f.payload.toString()),
    ),
  );
  await page.goto(
    `${product.origin}${options.path ?? '/'}?token=${encodeURIComponent(product.server.token)}`,
  );
  return { context, page, problems, received };
}

/** Shows the detail panel of the account `label` (a click on a selected row would close it). */
export async function showDetail(page: Page, label: string): Promise<void> {
  const panel = page.getByRole('complementary').getByRole('heading', { level: 2, name: label, exact: true });
  if (await panel.isVisible()) return;
  await page
    .getByRole('table')
    .getByRole('rowheader')
    .getByRole('button', { name: label, exact: true })
    .click();
  await panel.waitFor();
}
