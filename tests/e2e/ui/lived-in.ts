// A product with history: the demo accounts (every provider, busy, idle and failing) monitored on a
// VirtualClock that starts hours in the past and is run forward to now in poll-sized steps, so the
// screenshots show rates, predictions, activity and history charts as a user sees them after a
// morning's work. From then on the clock follows real time, so the page's countdowns and the core
// agree.
import { VirtualClock } from '../../../apps/main/src/core/clock/virtual-clock';
import { addDemoAccounts } from '../../../apps/main/src/simulator/demo-accounts';
import type { DemoAccount } from '../../../apps/main/src/simulator/demo-accounts';
import { startUiProduct } from './harness';
import type { UiProduct } from './harness';

export interface LivedIn {
  product: UiProduct;
  clock: VirtualClock;
  demo: DemoAccount[];
  /** Stops following real time and closes the product. */
  close(): Promise<void>;
}

const MINUTE = 60_000;
const settle = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Advances `clock` to the wall clock every 250 ms; returns the stop function. */
export function followRealTime(clock: VirtualClock): () => Promise<void> {
  let busy: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (busy || clock.now() >= Date.now()) return;
    busy = clock.advanceTo(Date.now()).finally(() => (busy = null));
  }, 250);
  return async () => {
    clearInterval(timer);
    await busy;
  };
}

/** Starts the demo `hours` in the past at `speed`× burn and runs it forward to now. */
export async function startLivedIn(options: { hours: number; speed: number }): Promise<LivedIn> {
  const clock = new VirtualClock(Date.now() - options.hours * 60 * MINUTE);
  const product = await startUiProduct({ clock });
  const demo = addDemoAccounts(product.sim, { speed: options.speed, now: clock.now() });
  // Minute polls while catching up keep the run short; the tracking tier is a minute anyway.
  await product.call('settings:update', { language: 'en', theme: 'light', snapshotIntervalSec: 60 });
  for (const d of demo) {
    await product.call('accounts:add', {
      provider: d.provider,
      region: d.region,
      model: null,
      label: d.label,
      baseUrl: d.baseUrl,
      key: d.key,
    });
  }
  while (clock.now() < Date.now() - MINUTE) {
    await clock.advance(MINUTE);
    await settle(15);
  }
  await clock.advanceTo(Date.now());
  await settle(50);
  // Live from here: the demo's 10 s activity tier (providers' minimums still apply).
  await product.call('settings:update', { snapshotIntervalSec: 10 });
  const stop = followRealTime(clock);
  return {
    product,
    clock,
    demo,
    async close() {
      await stop();
      await product.close();
    },
  };
}
