// Colour levels for rates: how alarming the current burn is against what the quota or balance can take.
import type { RateLevel } from '@contract';
import { DAY_MS, HOUR_MS } from './options';

export interface WindowLevelInput {
  percentPerHour: number | null;
  usedPercent: number;
  resetsAt: number | null;
  windowMinutes: number | null;
  now: number;
  warnPercent: number;
  critPercent: number;
}

/**
 * Window level from the used percent projected at the reset (used + rate × time left; without a
 * reset time, × the window length): none for no or zero rate, critical when the projection reaches
 * 100 % (runs out first), high from critPercent, medium from warnPercent, else low. A rate with no
 * horizon at all (no reset, no length) is low.
 */
export function windowLevel(i: WindowLevelInput): RateLevel {
  if (i.percentPerHour === null || i.percentPerHour <= 0) return 'none';
  const horizonMs =
    i.resetsAt !== null
      ? Math.max(0, i.resetsAt - i.now)
      : i.windowMinutes !== null
        ? i.windowMinutes * 60_000
        : null;
  if (horizonMs === null) return 'low';
  const projected = i.usedPercent + i.percentPerHour * (horizonMs / HOUR_MS);
  if (projected >= 100) return 'critical';
  if (projected >= i.critPercent) return 'high';
  if (projected >= i.warnPercent) return 'medium';
  return 'low';
}

/** Days of runway at the current spend below which a wallet's level rises. */
const WALLET_DAYS = { critical: 1, high: 3, medium: 7 } as const;

/**
 * Wallet level from the runway at the smoothed current spend: none when not spending, critical under
 * 1 day, high under 3 days, medium under 7 days, else low.
 */
export function walletLevel(perMinute: number | null, available: number | null): RateLevel {
  if (perMinute === null || perMinute <= 0 || available === null) return 'none';
  const days = Math.max(0, available) / (perMinute * (DAY_MS / 60_000));
  if (days < WALLET_DAYS.critical) return 'critical';
  if (days < WALLET_DAYS.high) return 'high';
  if (days < WALLET_DAYS.medium) return 'medium';
  return 'low';
}
