// The host's few strings (tray menu, notifications) come in the two languages the app ships.
import type { Language } from '@contract';

export type UiLanguage = 'zh-CN' | 'en';

/** The language to use: the user's setting, or for `system` Chinese when the OS locale is Chinese. */
export function resolveLanguage(setting: Language, systemLocale: string): UiLanguage {
  if (setting !== 'system') return setting;
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
