// Fifty monitored accounts behind the real `cpms serve` for the `ui` benchmark: simulator, real core
// (SQLite, real HTTP over loopback) and server over out/web, on a VirtualClock run through twenty
// minutes of polls so rates, predictions and history exist. The clock then stands still, so no poll
// pushes anything while the benchmark measures; the benchmark pushes its own updates through the
// core's event bus, and the real WebSocket transport carries them to the page.
import type { AccountStatus, Overview } from '@contract';
import { VirtualClock } from '../../../apps/main/src/core/clock/virtual-clock';
import type { SimAccountSpec } from '../../../apps/main/src/simulator';
import { startUiProduct } from '../../e2e/ui/harness';
import type { UiProduct } from '../../e2e/ui/harness';

export interface Fleet {
  product: UiProduct;
  statuses: AccountStatus[];
  overview: Overview;
  close(): Promise<void>;
}

const MINUTE = 60_000;
const HISTORY_MINUTES = 20;
const settle = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The i-th account: every provider and region in turn, all burning. */
function specFor(i: number): SimAccountSpec {
  const specs: SimAccountSpec[] = [
    {
      provider: 'glm-coding-plan',
      region: 'cn',
      plan: { kind: 'glm-coding', level: 'lite' },
      burn: { perMinute: 4 },
    },
    {
      provider: 'glm-coding-plan',
      region: 'global',
      plan: { kind: 'glm-coding', level: 'pro' },
      burn: { perMinute: 20 },
    },
    { provider: 'minimax-cn', plan: { kind: 'minimax-token', tier: 'plus' }, burn: { perMinute: 3 } },
    { provider: 'minimax-global', plan: { kind: 'minimax-token', tier: 'max' }, burn: { perMinute: 6 } },
    {
      provider: 'deepseek',
      wallets: [{ currency: 'CNY', paid: 80, granted: 5 }],
      burn: { moneyPerMinute: 0.02 },
    },
  ];
  return { ...specs[i % specs.length]!, pattern: { kind: 'active' } };
}

/** Starts the product with `count` accounts and twenty minutes of history. */
export async function startFleet(count = 50): Promise<Fleet> {
  const clock = new VirtualClock(Date.now() - HISTORY_MINUTES * MINUTE);
  const product = await startUiProduct({ clock });
  await product.call('settings:update', { language: 'en', theme: 'light', snapshotIntervalSec: 60 });
  for (let i = 0; i < count; i++) {
    const spec = specFor(i);
    await product.register({
      ...spec,
      label: `Account ${String(i + 1).padStart(2, '0')} · ${spec.provider}`,
    });
  }
  for (let m = 0; m < HISTORY_MINUTES; m++) {
    await clock.advance(MINUTE);
    await settle(120);
  }
  let statuses: AccountStatus[] = [];
  for (let tries = 0; tries < 100; tries++) {
    statuses = await product.call('status:list', undefined);
    if (statuses.every((s) => s.lastSuccessAt !== null && s.lastSuccessAt >= clock.now() - 2 * MINUTE)) break;
    await settle(50);
  }
  const overview = await product.call('status:overview', undefined);
  return { product, statuses, overview, close: () => product.close() };
}
