// Calendar arithmetic in a fixed UTC offset. The real services count days, weeks and months in their
// own time zone (Beijing for bigmodel and minimaxi, UTC for minimax.io), so window edges follow it.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

/** Offset of Beijing time from UTC, in ms. */
export const BEIJING = 8 * HOUR;

/** Start of the day containing `t` in the zone `offsetMs` ahead of UTC. */
export function startOfDay(t: number, offsetMs: number): number {
  return Math.floor((t + offsetMs) / DAY) * DAY - offsetMs;
}

/** Start of the Monday-based week containing `t` in the zone `offsetMs` ahead of UTC. */
export function startOfWeek(t: number, offsetMs: number): number {
  const day = startOfDay(t, offsetMs);
  const weekday = new Date(day + offsetMs).getUTCDay(); // 0 = Sunday
  return day - ((weekday + 6) % 7) * DAY;
}

/** `t` moved by `months` calendar months in the zone, day clamped to the month's length. */
export function addMonths(t: number, months: number, offsetMs: number): number {
  const d = new Date(t + offsetMs);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const moved = Date.UTC(
    y,
    m,
    Math.min(d.getUTCDate(), lastDay),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
  return moved - offsetMs;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Formats `t` as `yyyy-MM-dd HH:mm:ss` (or with `T`) in the zone; `parts` cuts it to the date or the hour. */
export function formatLocal(
  t: number,
  offsetMs: number,
  parts: 'date' | 'hour' | 'second' = 'second',
  separator: ' ' | 'T' = ' ',
): string {
  const d = new Date(t + offsetMs);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (parts === 'date') return date;
  if (parts === 'hour') return `${date}${separator}${pad(d.getUTCHours())}:00`;
  return `${date}${separator}${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Parses `yyyy-MM-dd HH:mm:ss` (or `yyyy-MM-dd`) read in the zone; null when malformed. */
export function parseLocal(text: string, offsetMs: number): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
  return Number.isFinite(utc) ? utc - offsetMs : null;
}
