// An alert's text in the active language: the core sends a message id and parameters; an id the UI
// does not know, or one whose parameters are missing, falls back to a sentence for the alert's kind.
import type { AlertDto } from '@contract';
import { DICTIONARIES, isMessageKey } from '../../i18n/translate';
import type { Params, Translator } from '../../i18n/translate';

/** Parameter names a message template expects. */
export function templateParams(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}

/** The alert's sentence; `label` names its account when the core did not pass one. */
export function alertText(tr: Translator, alert: AlertDto, label: string | null): string {
  const params: Params =
    label && alert.params.label === undefined ? { ...alert.params, label } : alert.params;
  const id = alert.messageId;
  if (isMessageKey(id)) {
    const missing = templateParams(DICTIONARIES[tr.lang][id]).some((p) => params[p] === undefined);
    if (!missing) return tr.t(id, params);
  }
  const kindText = tr.t(`alert.kind.${alert.kind}`);
  return label ? `${label}: ${kindText}` : kindText;
}
