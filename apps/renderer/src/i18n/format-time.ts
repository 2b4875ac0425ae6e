// Durations, relative times and absolute dates in the active language.
import type { Translator } from './translate';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "3 h 5 m", "2 d 4 h", "45 s": two units at most, floored, as countdowns read. */
export function formatDuration(tr: Translator, ms: number): string {
  const { t } = tr;
  if (!Number.isFinite(ms) || ms < 1000) return t('dur.now');
  const sep = t('dur.sep');
  if (ms < MINUTE) return t('dur.s', { n: Math.floor(ms / 1000) });
  if (ms < HOUR) return t('dur.m', { n: Math.floor(ms / MINUTE) });
  if (ms < DAY) {
    const h = Math.floor(ms / HOUR);
    const m = Math.floor((ms % HOUR) / MINUTE);
    return m ? `${t('dur.h', { n: h })}${sep}${t('dur.m', { n: m })}` : t('dur.h', { n: h });
  }
  const d = Math.floor(ms / DAY);
  const h = Math.floor((ms % DAY) / HOUR);
  return h ? `${t('dur.d', { n: d })}${sep}${t('dur.h', { n: h })}` : t('dur.d', { n: d });
}

const rtfCache = new Map<string, Intl.RelativeTimeFormat>();
const dtfCache = new Map<string, Intl.DateTimeFormat>();

function dtf(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${lang}|${JSON.stringify(options)}`;
  let f = dtfCache.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, options);
    dtfCache.set(id, f);
  }
  return f;
}

/** "12 seconds ago", "in 3 hours", "3分钟前": the nearest sensible unit. */
export function formatRelative(lang: string, at: number, now: number): string {
  let rtf = rtfCache.get(lang);
  if (!rtf) {
    rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    rtfCache.set(lang, rtf);
  }
  const diff = at - now;
  const abs = Math.abs(diff);
  if (abs < 45_000) return rtf.format(Math.round(diff / 1000 / 5) * 5, 'second');
  if (abs < 45 * MINUTE) return rtf.format(Math.round(diff / MINUTE), 'minute');
  if (abs < 22 * HOUR) return rtf.format(Math.round(diff / HOUR), 'hour');
  return rtf.format(Math.round(diff / DAY), 'day');
}

/** A full date and time, for tooltips: "Sep 17, 2026, 2:35 PM" / "2026年9月17日 14:35". */
export function formatDateTime(lang: string, at: number): string {
  return dtf(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** A date only: "Sep 17, 2026". */
export function formatDate(lang: string, at: number): string {
  return dtf(lang, { dateStyle: 'medium' }).format(at);
}

/** A compact moment: the time today, the weekday and time this week, the date otherwise. */
export function formatWhen(lang: string, at: number, now: number): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  if (sameDay) return dtf(lang, { timeStyle: 'short' }).format(at);
  if (Math.abs(at - now) < 6 * DAY)
    return dtf(lang, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(at);
  return dtf(lang, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(at);
}
