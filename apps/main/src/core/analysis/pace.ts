// Pace against an even burn: how far the used percent is ahead of (or behind) the elapsed share.
import type { QuotaWindow } from '@contract';

export interface PaceRule {
  /** Pace stays hidden until this fraction of the window has passed… */
  minFraction: number;
  /** …and at least this much time, so an early burst does not read as "90 % ahead". */
  minMs: number;
}

/**
 * usedPercent − elapsedFraction × 100 (positive = ahead of an even burn), or null when the window's
 * length or reset is unknown, when less than max(minFraction of the window, minMs) has passed, or
 * when the reset time is already behind `now` (the reading is from a window that has ended).
 */
export function pacePercent(
  w: Pick<QuotaWindow, 'usedPercent' | 'windowMinutes' | 'resetsAt'>,
  now: number,
  rule: PaceRule,
): number | null {
  if (w.windowMinutes === null || w.windowMinutes <= 0 || w.resetsAt === null) return null;
  const lengthMs = w.windowMinutes * 60_000;
  const elapsedMs = now - (w.resetsAt - lengthMs);
  if (now > w.resetsAt || elapsedMs < Math.max(rule.minMs, rule.minFraction * lengthMs)) return null;
  return w.usedPercent - (elapsedMs / lengthMs) * 100;
}
