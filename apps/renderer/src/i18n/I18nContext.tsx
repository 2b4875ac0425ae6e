// The active translator for the component tree. Switching language swaps one context value, so the
// whole window re-renders in the new language at once.
import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Lang, Translator } from './translate';
import { createTranslator } from './translate';

const I18nContext = createContext<Translator>(createTranslator('en'));

/** Provides the translator of `lang` to its children. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const tr = useMemo(() => createTranslator(lang), [lang]);
  return <I18nContext.Provider value={tr}>{children}</I18nContext.Provider>;
}

/** The active translator. */
export function useI18n(): Translator {
  return useContext(I18nContext);
}
