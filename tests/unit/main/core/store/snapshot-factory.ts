// Realistic snapshots for the store tests (plain functions: the crash-test child imports them too).
import type { AccountSnapshot, QuotaWindow, Wallet } from '@contract';

export const T0 = Date.UTC(2025, 5, 1, 12, 0, 0);

/** A GLM-like window whose percent is computed from used/limit, as adapters do. */
export function window(used: number, overrides: Partial<QuotaWindow> = {}): QuotaWindow {
  return {
    kind: 'five_hour',
    label: '5-hour',
    windowMinutes: 300,
    usedPercent: (used / 2000) * 100,
    used,
    limit: 2000,
    remaining: 2000 - used,
    unit: 'credits',
    resetsAt: T0 + 5 * 3_600_000,
    scope: 'general',
    ...overrides,
  };
}

export function wallet(available: number | null, overrides: Partial<Wallet> = {}): Wallet {
  return {
    currency: 'CNY',
    available,
    granted: 10,
    paid: 100,
    frozen: null,
    spent: null,
    usable: true,
    ...overrides,
  };
}

/** An ok plan snapshot with one 5-hour window (override anything). */
export function planSnapshot(
  fetchedAt: number,
  used = 100,
  overrides: Partial<AccountSnapshot> = {},
): AccountSnapshot {
  return {
    provider: 'glm-coding-plan',
    fetchedAt,
    status: 'ok',
    planName: 'GLM Coding Lite',
    windows: [window(used)],
    wallets: [],
    packages: [],
    error: null,
    ...overrides,
  };
}

/** A failed fetch. */
export function errorSnapshot(fetchedAt: number): AccountSnapshot {
  return {
    provider: 'glm-coding-plan',
    fetchedAt,
    status: 'auth_error',
    planName: null,
    windows: [],
    wallets: [],
    packages: [],
    error: { kind: 'auth_error', message: 'HTTP 401: token expired', httpStatus: 401, providerCode: '1001' },
  };
}
