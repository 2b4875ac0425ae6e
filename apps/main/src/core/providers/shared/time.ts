// Provider timestamps: epoch milliseconds as numbers, or console date strings without a zone.

// Zhipu's console is a Beijing service: its zone-less date strings are China Standard Time.
const DEFAULT_OFFSET = '+08:00';

/** Epoch ms from a number (ms; seconds when it is obviously seconds) or a date string, else null. */
export function parseProviderTime(value: unknown, offset = DEFAULT_OFFSET): number | null {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    // Before 2001-09 in ms means the provider sent seconds.
    return value < 1e12 ? value * 1000 : value;
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (/^\d+$/.test(s)) return parseProviderTime(Number(s), offset);
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (!m) return null;
  const time = m[2] ?? '00:00:00';
  const zone = m[3] ?? offset;
  const at = Date.parse(`${m[1]}T${time.length === 5 ? `${time}:00` : time}${zone}`);
  return Number.isNaN(at) ? null : at;
}
