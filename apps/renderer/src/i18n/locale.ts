// Which language the UI shows: the user's choice, else the system locale, else English.
import type { Language } from '@contract';
import type { Lang } from './translate';

/** Maps a BCP 47 locale (zh-CN, zh-Hans-SG, en-GB…) to a shipped language. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The language in force for a setting and the system locale. */
export function resolveLang(
  setting: Language | null | undefined,
  systemLocale: string | null | undefined,
): Lang {
  if (setting === 'en' || setting === 'zh-CN') return setting;
  return langFromLocale(systemLocale);
}
