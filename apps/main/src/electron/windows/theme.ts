// The theme setting drives Chromium's colour scheme, so `prefers-color-scheme` in both windows and
// the windows' background colours follow the user's choice, not only the OS.
import { nativeTheme } from 'electron';
import type { SettingsMirror } from '../settings-mirror';

/** Applies `settings.theme` to nativeTheme now and on every change. */
export function setupTheme(settings: SettingsMirror): void {
  nativeTheme.themeSource = settings.current().theme;
  settings.onChange((next) => {
    nativeTheme.themeSource = next.theme;
  });
}
