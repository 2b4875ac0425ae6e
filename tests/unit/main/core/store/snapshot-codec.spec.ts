import type { AccountSnapshot } from '@contract';
import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../../../../apps/main/src/core/store/byte-codec';
import {
  hasShape,
  joinSnapshot,
  shapeOf,
  splitSnapshot,
  type SnapshotShape,
} from '../../../../../apps/main/src/core/store/snapshot-codec';
import { errorSnapshot, planSnapshot, T0, wallet, window } from './helpers';

function roundTrip(s: AccountSnapshot): { back: AccountSnapshot; shape: string; bytes: number } {
  const w = new ByteWriter();
  const shape = splitSnapshot(s, w);
  const nums = w.toBuffer();
  return {
    back: joinSnapshot(JSON.parse(shape) as SnapshotShape, s.fetchedAt, nums),
    shape,
    bytes: nums.length,
  };
}

const full: AccountSnapshot = {
  provider: 'glm',
  fetchedAt: T0 + 123,
  status: 'ok',
  planName: null,
  windows: [
    window(814),
    window(5, {
      kind: 'weekly',
      label: 'weekly',
      usedPercent: 0.25,
      limit: 2000,
      remaining: 1995,
      resetsAt: null,
    }),
    window(0, {
      kind: 'monthly',
      label: 'MCP monthly',
      scope: 'mcp',
      used: null,
      limit: null,
      remaining: null,
      usedPercent: 12.5,
      unit: 'calls',
    }),
    window(3, {
      kind: 'other',
      label: 'odd',
      used: 3,
      limit: 7,
      usedPercent: (3 * 100) / 7,
      remaining: 5,
      windowMinutes: null,
    }),
  ],
  wallets: [
    wallet(110),
    wallet(12.3456, { currency: 'USD', granted: null, paid: 0.1 + 0.2, spent: -0, usable: null }),
  ],
  packages: [
    {
      name: 'GLM-4-Plus 10M tokens',
      model: 'glm-4-plus',
      unit: 'tokens',
      total: 10_000_000,
      remaining: 7_350_000,
      expiresAt: 1_814_486_399_000,
    },
    { name: 'Mystery', model: null, unit: 'credits', total: null, remaining: 1.5, expiresAt: 1.25 },
  ],
  error: null,
};

describe('snapshot codec', () => {
  it('rebuilds the exact snapshot: windows, wallets, packages, odd doubles and nulls', () => {
    const { back } = roundTrip(full);
    expect(back).toStrictEqual(full);
    expect(Object.is(back.wallets[1]!.spent, -0)).toBe(true);
  });

  it('rebuilds error snapshots with every error field', () => {
    const s = errorSnapshot(T0);
    s.error = { kind: 'rate_limited', message: 'slow down', httpStatus: 429, retryAfterMs: 30_000 };
    s.status = 'rate_limited';
    expect(roundTrip(s).back).toStrictEqual(s);
  });

  it('keeps a typical two-window snapshot in about 30 bytes, a tenth of its JSON', () => {
    const s = planSnapshot(T0, 814, {
      windows: [
        window(814),
        window(40_000, {
          kind: 'weekly',
          limit: 500_000,
          usedPercent: (40_000 / 500_000) * 100,
          remaining: 460_000,
        }),
      ],
    });
    const { back, bytes } = roundTrip(s);
    expect(back).toStrictEqual(s);
    expect(bytes).toBeLessThanOrEqual(32);
    expect(bytes * 10).toBeLessThan(JSON.stringify(s).length);
  });

  it('stores a percent that is not derivable from used/limit as itself', () => {
    const s = planSnapshot(T0, 814, { windows: [window(814, { usedPercent: 41 })] });
    expect(roundTrip(s).back.windows[0]!.usedPercent).toBe(41);
  });

  it('gives snapshots differing only in numbers the same shape, and different shapes otherwise', () => {
    const a = roundTrip(planSnapshot(T0, 100)).shape;
    expect(roundTrip(planSnapshot(T0 + 10_000, 200)).shape).toBe(a);
    expect(roundTrip(planSnapshot(T0, 100, { planName: 'GLM Coding Pro' })).shape).not.toBe(a);
    expect(roundTrip(planSnapshot(T0, 100, { windows: [window(1, { scope: null })] })).shape).not.toBe(a);
  });

  it('hasShape agrees with shape equality', () => {
    const shape = shapeOf(full);
    expect(hasShape(shape, structuredClone(full))).toBe(true);
    const variants: ((s: AccountSnapshot) => void)[] = [
      (s) => (s.status = 'parse_error'),
      (s) => (s.windows[1]!.label = 'Weekly'),
      (s) => (s.windows[2]!.unit = 'tokens'),
      (s) => s.windows.pop(),
      (s) => (s.wallets[0]!.usable = false),
      (s) => (s.packages[1]!.model = 'm'),
      (s) => (s.error = { kind: 'timeout', message: 'x' }),
    ];
    for (const change of variants) {
      const s = structuredClone(full);
      change(s);
      expect(hasShape(shape, s)).toBe(false);
      expect(JSON.stringify(shapeOf(s))).not.toBe(JSON.stringify(shape));
    }
  });
});
