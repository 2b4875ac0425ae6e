// The translation function: message ids to text in the active language, with `{name}` parameters.
import { en } from './en';
import type { MessageKey, Messages } from './en';
import { zhCN } from './zh-CN';

/** The languages the UI ships in. */
export type Lang = 'en' | 'zh-CN';
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

export type Params = Readonly<Record<string, string | number>>;

export const DICTIONARIES: Readonly<Record<Lang, Messages>> = { en, 'zh-CN': zhCN };

export interface Translator {
  readonly lang: Lang;
  /** Text of a known message id. */
  readonly t: (key: MessageKey, params?: Params) => string;
  /** Text of an id that came from the core (key checks, alerts); unknown ids use `fallback`. */
  readonly tId: (id: string, params: Params | undefined, fallback: MessageKey) => string;
}

/** True when `id` is a message id of the dictionaries. */
export function isMessageKey(id: string): id is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, id);
}

/** Replaces `{name}` with params; numbers go through Intl in the language, unknown names stay visible. */
export function interpolate(template: string, params: Params | undefined, lang: Lang): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
  });
}

/** Builds the translator of one language. */
export function createTranslator(lang: Lang): Translator {
  const dict = DICTIONARIES[lang];
  const t = (key: MessageKey, params?: Params): string => interpolate(dict[key], params, lang);
  return {
    lang,
    t,
    tId: (id, params, fallback) => (isMessageKey(id) ? t(id, params) : t(fallback, params)),
  };
}
