import { describe, expect, it } from 'vitest';
import {
  displaySnapshot,
  headlineRate,
  pickHeadline,
  usageLevel,
} from '../../../../../apps/renderer/src/features/list/headline';
import { snapshot, status, wallet, win } from '../../fixtures';

describe('usageLevel', () => {
  it('is ok below warn, warn from warn, crit from crit', () => {
    expect(usageLevel(79.9, 80, 95)).toBe('ok');
    expect(usageLevel(80, 80, 95)).toBe('warn');
    expect(usageLevel(95, 80, 95)).toBe('crit');
  });
});

describe('displaySnapshot', () => {
  it('shows the latest snapshot when it succeeded', () => {
    const s = status('a');
    expect(displaySnapshot(s)).toEqual({ snapshot: s.snapshot, stale: false });
  });

  it('keeps the last good values, marked stale, when the latest poll failed', () => {
    const good = snapshot({ fetchedAt: 1 });
    const failed = snapshot({
      status: 'network_error',
      windows: [],
      error: { kind: 'network_error', message: 'x' },
    });
    const s = status('a', { snapshot: failed, lastGood: good, state: 'stale' });
    expect(displaySnapshot(s)).toEqual({ snapshot: good, stale: true });
  });

  it('shows the failure itself when nothing good was ever fetched', () => {
    const failed = snapshot({ status: 'auth_error', windows: [] });
    expect(displaySnapshot(status('a', { snapshot: failed, lastGood: null, state: 'error' }))).toEqual({
      snapshot: failed,
      stale: false,
    });
  });

  it('marks an ok snapshot stale when the engine says the account is stale', () => {
    expect(displaySnapshot(status('a', { state: 'stale' })).stale).toBe(true);
  });

  it('treats no_plan as a usable answer, not a failure', () => {
    const noPlan = snapshot({ status: 'no_plan', windows: [] });
    expect(displaySnapshot(status('a', { snapshot: noPlan, lastGood: null })).snapshot).toBe(noPlan);
  });
});

describe('pickHeadline', () => {
  const five = win({ kind: 'five_hour', usedPercent: 30 });
  const week = win({ kind: 'weekly', usedPercent: 60, windowMinutes: 10080 });
  const mcp = win({ kind: 'monthly', usedPercent: 95, unit: 'calls', scope: 'MCP' });

  it('shows the binding window when it is at least as full as the usual headline, never a calmer one', () => {
    expect(pickHeadline([five, week], 'weekly:')).toBe(week);
    const fuller = win({ kind: 'five_hour', usedPercent: 61 });
    expect(pickHeadline([fuller, week], 'weekly:')).toBe(fuller);
  });

  it("otherwise follows the engine's order: shortest general window, tool-call allowances last", () => {
    expect(pickHeadline([mcp, week, five], null)).toBe(five);
    expect(pickHeadline([mcp, week], null)).toBe(week);
  });

  it('uses a tool-call window when it is all there is, and null when there is none', () => {
    expect(pickHeadline([mcp], null)).toBe(mcp);
    expect(pickHeadline([], null)).toBeNull();
  });

  it('prefers the general pool and skips pools the plan excludes (limit 0)', () => {
    const video = win({ kind: 'five_hour', scope: 'video', usedPercent: 90 });
    const general = win({ kind: 'five_hour', scope: 'general', usedPercent: 10 });
    const excluded = win({ kind: 'five_hour', scope: null, limit: 0, used: 0 });
    expect(pickHeadline([excluded, video, general], null)).toBe(general);
  });
});

describe('headlineRate', () => {
  const w = win();
  it('uses units per minute when the window has counts', () => {
    const s = status('a', {
      rates: {
        windows: [
          {
            windowKey: 'five_hour:',
            unit: 'credits',
            perMinute: 12.4,
            percentPerHour: 37,
            confidence: 1,
            level: 'high',
            samples: 9,
          },
        ],
        wallets: [],
      },
    });
    expect(headlineRate(s, w)).toEqual({ kind: 'units', perMinute: 12.4, unit: 'credits', level: 'high' });
  });

  it('falls back to percent per hour for percent-only windows', () => {
    const s = status('a', {
      rates: {
        windows: [
          {
            windowKey: 'five_hour:',
            unit: 'percent',
            perMinute: null,
            percentPerHour: 3.1,
            confidence: 1,
            level: 'low',
            samples: 9,
          },
        ],
        wallets: [],
      },
    });
    expect(headlineRate(s, w)).toEqual({ kind: 'percent', perHour: 3.1, level: 'low' });
  });

  it('converts a wallet spend per minute to money per hour', () => {
    const s = status('a', {
      snapshot: snapshot({ windows: [], wallets: [wallet('CNY', 10)] }),
      rates: {
        windows: [],
        wallets: [
          { currency: 'CNY', perMinute: 0.007, perDay24h: null, perDay7d: null, confidence: 1, level: 'low' },
        ],
      },
    });
    const r = headlineRate(s, null);
    expect(r?.kind).toBe('money');
    expect(r?.kind === 'money' ? r.perHour : 0).toBeCloseTo(0.42);
  });

  it('is null without a rate', () => {
    expect(headlineRate(status('a'), w)).toBeNull();
  });
});
