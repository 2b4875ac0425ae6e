import { describe, expect, it } from 'vitest';
import { computeOverview } from '../../../../../apps/main/src/core/analysis';
import type { AccountState, AccountStatus, AccountSnapshot, WalletRate, WindowRate } from '@contract';
import { HOUR, T0, quotaWindow, sample, wallet } from './series/build';

function status(
  id: string,
  state: AccountState,
  lastGood: AccountSnapshot | null,
  windows: Partial<WindowRate>[] = [],
  wallets: Partial<WalletRate>[] = [],
  atRisk = false,
): AccountStatus {
  return {
    account: {
      id,
      provider: lastGood?.provider ?? 'glm',
      region: null,
      model: null,
      label: id,
      baseUrl: null,
      settings: {},
      keyMask: 'sk-…abcd',
      createdAt: T0,
      updatedAt: T0,
    },
    snapshot: lastGood,
    lastGood,
    state,
    reason: null,
    lastSuccessAt: T0,
    nextPollAt: null,
    rates: {
      windows: windows.map((w) => ({
        windowKey: 'five_hour:general',
        unit: 'credits',
        perMinute: null,
        percentPerHour: null,
        confidence: 0.8,
        level: 'low',
        samples: 10,
        ...w,
      })),
      wallets: wallets.map((w) => ({
        currency: 'CNY',
        perMinute: null,
        perDay24h: null,
        perDay7d: null,
        confidence: 0.8,
        level: 'low',
        ...w,
      })),
    },
    predictions: { windows: [], bindingWindowKey: null, wallets: [], atRisk },
    lastActiveAt: null,
    activeSince: null,
  };
}

const five = quotaWindow({ kind: 'five_hour', minutes: 300, used: 100, limit: 2000, resetsAt: T0 + HOUR });
const weekly = quotaWindow({
  kind: 'weekly',
  minutes: 10080,
  used: 100,
  limit: 10000,
  resetsAt: T0 + 72 * HOUR,
});

describe('computeOverview', () => {
  it('totals balances and daily spend per currency across accounts', () => {
    const ds = sample('deepseek', T0, [], [wallet('CNY', 110), wallet('USD', 5)]).snapshot;
    const zhipu = sample('glm', T0, [], [wallet('CNY', 20.5)]).snapshot;
    const mmx = sample('minimax-global', T0, [], [wallet('USD', 12.34)]).snapshot;
    const o = computeOverview([
      status(
        'a',
        'idle',
        ds,
        [],
        [
          { currency: 'CNY', perDay24h: 10 },
          { currency: 'USD', perDay24h: null },
        ],
      ),
      status('b', 'active', zhipu, [], [{ currency: 'CNY', perDay24h: 2.5 }]),
      status('c', 'error', mmx, [], [{ currency: 'USD', perDay24h: 1 }]),
      status('d', 'error', null),
    ]);
    expect(o.accountCount).toBe(4);
    expect(o.activeCount).toBe(1);
    expect(o.errorCount).toBe(2);
    expect(o.balances).toEqual([
      { currency: 'CNY', total: 130.5 },
      { currency: 'USD', total: 17.34 },
    ]);
    expect(o.spendPerDay).toEqual([
      { currency: 'CNY', amount: 12.5 },
      { currency: 'USD', amount: 1 },
    ]);
    expect(o.avgPercentPerHour).toBeNull();
  });

  it('averages percent per hour over active accounts burning a window, headline first', () => {
    const plan = sample('glm-coding-plan', T0, [weekly, five]).snapshot;
    const o = computeOverview([
      status(
        'a',
        'active',
        plan,
        [
          { windowKey: 'weekly:general', percentPerHour: 2 },
          { windowKey: 'five_hour:general', percentPerHour: 10 },
        ],
        [],
        true,
      ),
      status('b', 'active', plan, [
        { windowKey: 'weekly:general', percentPerHour: 4 },
        { windowKey: 'five_hour:general', percentPerHour: 0 },
      ]),
      status('c', 'idle', plan, [{ windowKey: 'five_hour:general', percentPerHour: 50 }]),
      status('d', 'active', plan, [{ windowKey: 'five_hour:general', percentPerHour: 0 }]),
    ]);
    expect(o.avgPercentPerHour).toBe(7);
    expect(o.atRiskCount).toBe(1);
    expect(o.balances).toEqual([]);
  });

  it('is empty for no accounts', () => {
    expect(computeOverview([])).toEqual({
      accountCount: 0,
      activeCount: 0,
      errorCount: 0,
      atRiskCount: 0,
      balances: [],
      avgPercentPerHour: null,
      spendPerDay: [],
    });
  });
});
