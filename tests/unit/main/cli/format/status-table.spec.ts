// The human `cpms status` line of an account, from hand-built statuses whose answers are known.
import { describe, expect, it } from 'vitest';
import type { AccountSnapshot, AccountStatus, QuotaWindow, WindowPrediction } from '@contract';
import {
  formatStatusTable,
  predictionWords,
  statusCells,
} from '../../../../../apps/main/src/cli/format/status-table';

const NOW = Date.UTC(2026, 0, 1, 12);
const M = 60_000;
const H = 60 * M;

const fiveHour: QuotaWindow = {
  kind: 'five_hour',
  label: '5-hour',
  windowMinutes: 300,
  usedPercent: 40.74,
  used: 814.8,
  limit: 2000,
  remaining: 1185.2,
  unit: 'credits',
  resetsAt: NOW + 2 * H + 28 * M,
  scope: 'general',
};
const weekly: QuotaWindow = { ...fiveHour, kind: 'weekly', label: 'weekly', windowMinutes: 10080 };

function snapshot(over: Partial<AccountSnapshot>): AccountSnapshot {
  return {
    provider: 'glm-coding-plan',
    fetchedAt: NOW - 12_000,
    status: 'ok',
    planName: 'Lite',
    windows: [],
    wallets: [],
    packages: [],
    error: null,
    ...over,
  };
}

function status(over: Partial<AccountStatus>): AccountStatus {
  return {
    account: {
      id: 'a1',
      provider: 'glm-coding-plan',
      region: 'cn',
      model: null,
      label: 'Lite CN',
      baseUrl: null,
      settings: {},
      keyMask: 'sk-…abcd',
      createdAt: 0,
      updatedAt: 0,
    },
    snapshot: null,
    lastGood: null,
    state: 'idle',
    reason: null,
    lastSuccessAt: null,
    nextPollAt: null,
    rates: { windows: [], wallets: [] },
    predictions: { windows: [], bindingWindowKey: null, wallets: [], atRisk: false },
    lastActiveAt: null,
    activeSince: null,
    ...over,
  };
}

const prediction = (over: Partial<WindowPrediction>): WindowPrediction => ({
  windowKey: 'five_hour:general',
  outcome: 'unknown',
  exhaustsAt: null,
  resetsAt: null,
  marginMs: null,
  pacePercent: null,
  confidence: 0.8,
  ...over,
});

describe('predictionWords', () => {
  it('says when a window runs out and how long before its reset', () => {
    const p = prediction({ outcome: 'runs_out', exhaustsAt: NOW + 3 * H + 5 * M, marginMs: H + 40 * M });
    expect(predictionWords(p, NOW)).toBe('runs out in 3h 5m, 1h 40m before reset');
    expect(predictionWords(prediction({ outcome: 'lasts' }), NOW)).toBe('lasts until reset');
    expect(predictionWords(prediction({ outcome: 'exhausted', resetsAt: NOW + 20 * M }), NOW)).toBe(
      'exhausted, resets in 20m',
    );
    expect(predictionWords(prediction({}), NOW)).toBe('—');
  });
});

describe('statusCells', () => {
  it('shows the headline window, its rate in its unit and the binding prediction', () => {
    const snap = snapshot({ windows: [weekly, fiveHour] });
    const cells = statusCells(
      status({
        snapshot: snap,
        lastGood: snap,
        state: 'active',
        rates: {
          windows: [
            {
              windowKey: 'five_hour:general',
              unit: 'credits',
              perMinute: 6.02,
              percentPerHour: 18.1,
              confidence: 0.9,
              level: 'medium',
              samples: 30,
            },
          ],
          wallets: [],
        },
        predictions: {
          windows: [
            prediction({ outcome: 'lasts' }),
            prediction({
              windowKey: 'weekly:general',
              outcome: 'runs_out',
              exhaustsAt: NOW + H,
              marginMs: 2 * H,
            }),
          ],
          bindingWindowKey: 'weekly:general',
          wallets: [],
          atRisk: true,
        },
      }),
      NOW,
    );
    expect(cells).toEqual([
      'Lite CN',
      'glm-coding-plan/cn',
      'active',
      '40.7% of 5-hour, resets in 2h 28m',
      '6.02 credits/min',
      'weekly: runs out in 1h 0m, 2h 0m before reset',
      '12s ago',
    ]);
  });

  it('shows a wallet balance with its currency, spend and runway', () => {
    const snap = snapshot({
      provider: 'deepseek',
      wallets: [
        { currency: 'CNY', available: 110, granted: 10, paid: 100, frozen: null, spent: null, usable: true },
      ],
    });
    const cells = statusCells(
      status({
        snapshot: snap,
        lastGood: snap,
        rates: {
          windows: [],
          wallets: [
            {
              currency: 'CNY',
              perMinute: 0.05,
              perDay24h: 72,
              perDay7d: null,
              confidence: 0.7,
              level: 'low',
            },
          ],
        },
        predictions: {
          windows: [],
          bindingWindowKey: null,
          wallets: [{ currency: 'CNY', runwayMs24h: 36 * H + 40 * M, runwayMs7d: null }],
          atRisk: false,
        },
      }),
      NOW,
    );
    expect(cells.slice(3)).toEqual([
      '110.00 CNY',
      '0.05 CNY/min',
      'lasts about 1d 12h at this rate',
      '12s ago',
    ]);
  });

  it('keeps the last good numbers while failing, and explains the reason under the table', () => {
    const good = snapshot({ windows: [fiveHour], fetchedAt: NOW - 5 * M });
    const failed = snapshot({
      status: 'provider_error',
      fetchedAt: NOW - 30_000,
      error: { kind: 'provider_error', message: 'HTTP 500' },
    });
    const s = status({
      snapshot: failed,
      lastGood: good,
      state: 'stale',
      reason: { kind: 'provider_error', message: 'HTTP 500' },
    });
    expect(statusCells(s, NOW).slice(2)).toEqual([
      'stale',
      '40.7% of 5-hour, resets in 2h 28m',
      '—',
      '—',
      '30s ago',
    ]);
    const never = status({ account: { ...s.account, label: 'New' } });
    const text = formatStatusTable([s, never], NOW);
    expect(text).toMatch(/^LABEL\s+PROVIDER\s+STATE/);
    expect(text).toContain('Lite CN: provider_error — HTTP 500');
    expect(text).toMatch(/New\s+glm-coding-plan\/cn\s+idle\s+—\s+—\s+—\s+never/);
  });
});
