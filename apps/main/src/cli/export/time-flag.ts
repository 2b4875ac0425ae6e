// --from / --to of `cpms export`: ISO 8601 dates or times, checked strictly (2026-02-30 is an error,
// not March 2nd). A date alone is a whole UTC day, so `--to 2026-01-31` includes the 31st; a time
// without an offset is UTC, so the same command exports the same rows on every machine.
import { UsageError } from '../io';

const DAY = 86_400_000;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function offsetMs(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 23 || minutes > 59) return NaN;
  return sign * (hours * 60 + minutes) * 60_000;
}

/** Epoch ms of an ISO date or time, or NaN when it is not one. `edge` 'to' makes a bare date end-of-day. */
export function parseIsoTime(value: string, edge: 'from' | 'to'): number {
  const m = ISO.exec(value.trim());
  if (!m) return NaN;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return NaN;
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, Number((frac ?? '0').padEnd(3, '0')));
  if (h === undefined) return edge === 'to' ? local + DAY - 1 : local;
  return local - offsetMs(zone);
}

/** A --from or --to flag as epoch ms; undefined when absent; a UsageError (exit 2) when malformed. */
export function timeFlag(value: string | undefined, flag: 'from' | 'to'): number | undefined {
  if (value === undefined) return undefined;
  const ms = parseIsoTime(value, flag);
  if (Number.isNaN(ms)) {
    throw new UsageError(
      `--${flag} must be an ISO date or time such as 2026-01-31 or 2026-01-31T08:00Z, not "${value}"`,
    );
  }
  return ms;
}
