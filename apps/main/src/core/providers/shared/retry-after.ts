// Retry-After comes as delay-seconds or as an HTTP-date; the scheduler wants milliseconds.

/** Milliseconds to wait per a Retry-After value at time `now`, or undefined when absent/unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (!/[a-z]/i.test(v)) return undefined;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
