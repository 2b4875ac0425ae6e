// Applies the theme setting to the document (a `data-theme` attribute the CSS variables key on) and
// caches it, with the language, for public/theme-boot.js to apply before the next first paint.
import type { Theme } from '@contract';
import type { Lang } from '../i18n/translate';

const THEME_KEY = 'cpms.theme';
const LANG_KEY = 'cpms.lang';
const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The palette in force for a setting and the system preference. */
export function resolveTheme(theme: Theme, systemDark: boolean): 'light' | 'dark' {
  if (theme === 'system') return systemDark ? 'dark' : 'light';
  return theme;
}

function safeSet(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage can be unavailable (private modes); the boot script then falls back to the system.
  }
}

/** Applies the theme now and, for `system`, whenever the OS switches; returns the cleanup. */
export function applyTheme(theme: Theme): () => void {
  const media = window.matchMedia(DARK_QUERY);
  const apply = (): void => {
    document.documentElement.dataset.theme = resolveTheme(theme, media.matches);
  };
  apply();
  safeSet(THEME_KEY, theme);
  if (theme !== 'system') return () => undefined;
  media.addEventListener('change', apply);
  return () => media.removeEventListener('change', apply);
}

/** Sets the document language and caches it for the next start. */
export function applyLang(lang: Lang): void {
  document.documentElement.lang = lang;
  safeSet(LANG_KEY, lang);
}

/** The language the boot script chose, for React's first render. */
export function bootLang(): Lang {
  return document.documentElement.lang === 'zh-CN' ? 'zh-CN' : 'en';
}
