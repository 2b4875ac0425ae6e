// Wiring every window needs once its API is ready: push events into the store, the link's phase
// (reloading after a reconnect), and the theme and language from the settings.
import { useEffect } from 'react';
import type { OnEvent } from '@contract';
import { connectionChanged } from '../features/session/session-slice';
import { connectEvents } from '../features/sync/events';
import { useAppDispatch, useAppSelector } from '../features/store';
import type { Lang } from '../i18n/translate';
import { resolveLang } from '../i18n/locale';
import { applyLang, applyTheme, bootLang } from '../theme/theme';
import { getConnection } from './api';

/** Subscribes the store to events and the connection; `reload` runs at start and after reconnects. */
export function useWindowSetup(api: { readonly on: OnEvent }, reload: () => void): void {
  const dispatch = useAppDispatch();
  useEffect(() => connectEvents(api, dispatch), [api, dispatch]);
  useEffect(() => {
    const connection = getConnection();
    let last = connection.get();
    dispatch(connectionChanged(last));
    reload();
    return connection.subscribe(() => {
      const phase = connection.get();
      dispatch(connectionChanged(phase));
      if (phase === 'open' && last === 'reconnecting') reload();
      last = phase;
    });
  }, [dispatch, reload]);
}

/** The language in force: the setting, else the system locale, else what the boot script chose. */
export function useLang(): Lang {
  return useAppSelector((s) => {
    const setting = s.settings.value?.language;
    if (!setting) return bootLang();
    return resolveLang(setting, s.session.appInfo?.systemLocale ?? navigator.language);
  });
}

/** Keeps the document's theme and language in step with the settings. */
export function useAppearance(lang: Lang): void {
  const theme = useAppSelector((s) => s.settings.value?.theme);
  useEffect(() => (theme ? applyTheme(theme) : undefined), [theme]);
  useEffect(() => applyLang(lang), [lang]);
}
