// An alert's text in the active language: the core sends a message id and parameters; an id the UI
// does not know, or one whose parameters are missing, falls back to a sentence for the alert's kind.
import type { AlertDto } from '@contract';
import { formatMoney, formatPercent } from '../../i18n/format-number';
import { formatDuration } from '../../i18n/format-time';
import { DICTIONARIES, isMessageKey } from '../../i18n/translate';
import type { Params, Translator } from '../../i18n/translate';

/** Parameter names a message template expects. */
export function templateParams(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}

/**
 * The core sends raw numbers (percent, milliseconds, amounts) so they can be formatted here, in the
 * user's language: percent → "85%", marginMs → "1 h 6 m", available + currency → "¥3.20",
 * kind + message → a translated status with the provider's message.
 */
export function displayParams(tr: Translator, raw: AlertDto['params']): Params {
  const p: Record<string, string | number> = { ...raw };
  if (typeof raw.percent === 'number') p.percent = formatPercent(tr.lang, raw.percent);
  if (typeof raw.marginMs === 'number') p.margin = formatDuration(tr, raw.marginMs);
  if (typeof raw.inMs === 'number') p.in = formatDuration(tr, raw.inMs);
  if (typeof raw.available === 'number' && typeof raw.currency === 'string') {
    p.amount = formatMoney(tr.lang, raw.available, raw.currency);
  }
  if (typeof raw.kind === 'string' && p.reason === undefined) {
    const status = `status.${raw.kind}`;
    const text = isMessageKey(status) ? tr.t(status) : raw.kind;
    p.reason = typeof raw.message === 'string' && raw.message ? `${text} — ${raw.message}` : text;
  }
  return p;
}

/** The alert's sentence; `label` names its account when the core did not pass one. */
export function alertText(tr: Translator, alert: AlertDto, label: string | null): string {
  const base = displayParams(tr, alert.params);
  const params: Params = label && base.label === undefined ? { ...base, label } : base;
  const id = alert.messageId;
  if (isMessageKey(id)) {
    const missing = templateParams(DICTIONARIES[tr.lang][id]).some((p) => params[p] === undefined);
    if (!missing) return tr.t(id, params);
  }
  const kindText = tr.t(`alert.kind.${alert.kind}`);
  return label ? `${label}: ${kindText}` : kindText;
}
