// Compact durations for tables: countdowns to resets, time to exhaustion, age of the last update.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `45s`, `12m`, `3h 5m`, `2d 4h` (rounded down: a countdown never claims more time than is left). */
export function formatDuration(ms: number): string {
  const t = Math.max(0, ms);
  if (t < MINUTE) return `${Math.floor(t / 1000)}s`;
  if (t < HOUR) return `${Math.floor(t / MINUTE)}m`;
  if (t < DAY) return `${Math.floor(t / HOUR)}h ${Math.floor((t % HOUR) / MINUTE)}m`;
  return `${Math.floor(t / DAY)}d ${Math.floor((t % DAY) / HOUR)}h`;
}

/** `12s ago`, or `never` when there was no update. */
export function formatAge(at: number | null, now: number): string {
  return at === null ? 'never' : `${formatDuration(now - at)} ago`;
}
