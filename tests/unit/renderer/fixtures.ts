// Small builders of contract objects for the renderer's unit tests.
import type { AccountDto, AccountSnapshot, AccountStatus, QuotaWindow, Wallet } from '@contract';

export const NOW = new Date(2026, 8, 17, 14, 0).getTime();

export function acct(id: string, over: Partial<AccountDto> = {}): AccountDto {
  return {
    id,
    provider: 'glm-coding-plan',
    region: 'global',
    model: null,
    label: `Account ${id}`,
    baseUrl: null,
    settings: {},
    keyMask: 'sk-…abcd',
    createdAt: 1000 + id.charCodeAt(id.length - 1),
    updatedAt: 1000,
    ...over,
  };
}

export function win(over: Partial<QuotaWindow> = {}): QuotaWindow {
  return {
    kind: 'five_hour',
    label: '5-hour',
    windowMinutes: 300,
    usedPercent: 40,
    used: 800,
    limit: 2000,
    remaining: 1200,
    unit: 'credits',
    resetsAt: NOW + 3_600_000,
    scope: null,
    ...over,
  };
}

export function wallet(currency: string, available: number): Wallet {
  return { currency, available, granted: null, paid: null, frozen: null, spent: null, usable: null };
}

export function snapshot(over: Partial<AccountSnapshot> = {}): AccountSnapshot {
  return {
    provider: 'glm-coding-plan',
    fetchedAt: NOW,
    status: 'ok',
    planName: 'GLM Coding Lite',
    windows: [win()],
    wallets: [],
    packages: [],
    error: null,
    ...over,
  };
}

export function status(id: string, over: Partial<AccountStatus> = {}): AccountStatus {
  const snap = over.snapshot === undefined ? snapshot() : over.snapshot;
  return {
    account: acct(id),
    snapshot: snap,
    lastGood: snap?.status === 'ok' ? snap : null,
    state: 'idle',
    reason: null,
    lastSuccessAt: NOW,
    nextPollAt: null,
    rates: { windows: [], wallets: [] },
    predictions: { windows: [], bindingWindowKey: null, wallets: [], atRisk: false },
    lastActiveAt: null,
    activeSince: null,
    ...over,
  };
}
