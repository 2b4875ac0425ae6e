import { describe, expect, it } from 'vitest';
import { headlineWallet, headlineWindow } from '../../../../../apps/main/src/core/analysis';
import { DAY, HOUR, T0, quotaWindow, sample, wallet } from './series/build';

const mcp = quotaWindow({
  kind: 'monthly',
  minutes: 43200,
  used: 28,
  limit: 100,
  unit: 'calls',
  resetsAt: T0 + 20 * DAY,
  scope: 'mcp',
});
const weekly = quotaWindow({
  kind: 'weekly',
  minutes: 10080,
  used: 4824,
  limit: 10000,
  resetsAt: T0 + 3 * DAY,
});
const five = quotaWindow({
  kind: 'five_hour',
  minutes: 300,
  used: 814,
  limit: 2000,
  resetsAt: T0 + 2 * HOUR,
});

describe('headlineWindow', () => {
  it('prefers five_hour, then weekly, then the monthly tool-call allowance', () => {
    expect(headlineWindow(sample('glm-coding-plan', T0, [mcp, weekly, five]).snapshot)).toBe(five);
    expect(headlineWindow(sample('glm-coding-plan', T0, [mcp, weekly]).snapshot)).toBe(weekly);
    expect(headlineWindow(sample('glm-coding-plan', T0, [mcp]).snapshot)).toBe(mcp);
  });

  it('puts tool calls last even when their window is shorter', () => {
    const dailyCalls = { ...mcp, kind: 'daily' as const, windowMinutes: 1440 };
    expect(headlineWindow(sample('glm-coding-plan', T0, [dailyCalls, weekly]).snapshot)).toBe(weekly);
  });

  it('prefers the general pool over a model pool and skips pools with no allowance', () => {
    const video = { ...five, scope: 'video' };
    const empty = { ...five, scope: 'general', limit: 0 };
    expect(headlineWindow(sample('minimax-cn', T0, [video, { ...five }]).snapshot)?.scope).toBe('general');
    expect(headlineWindow(sample('minimax-cn', T0, [empty, weekly]).snapshot)).toBe(weekly);
  });

  it('is null for wallet-only accounts', () => {
    expect(headlineWindow(sample('deepseek', T0, [], [wallet('CNY', 1)]).snapshot)).toBeNull();
  });
});

describe('headlineWallet', () => {
  it('is the first wallet with a known balance', () => {
    const unknown = { ...wallet('USD', 1), available: null };
    const cny = wallet('CNY', 5);
    expect(headlineWallet(sample('deepseek', T0, [], [unknown, cny]).snapshot)).toBe(cny);
    expect(headlineWallet(sample('deepseek', T0, []).snapshot)).toBeNull();
  });
});
