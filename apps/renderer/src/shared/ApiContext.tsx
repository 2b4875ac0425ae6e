// The dashboard's API for components that act (add, refresh, pause, save settings).
import { createContext, useCallback, useContext } from 'react';
import type { ReactNode } from 'react';
import type { CpmsApi } from '@contract';
import { noticeShown } from '../features/alerts/alerts-slice';
import { useAppDispatch } from '../features/store';
import { useI18n } from '../i18n/I18nContext';

const ApiContext = createContext<CpmsApi | null>(null);

/** Provides the API to the tree. */
export function ApiProvider({ api, children }: { api: CpmsApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The dashboard API; only valid under ApiProvider. */
export function useApi(): CpmsApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}

/** Runs an API action and shows its failure as an error notice; resolves to undefined on failure. */
export function useRunAction() {
  const dispatch = useAppDispatch();
  const { t } = useI18n();
  return useCallback(
    async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await action();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        dispatch(noticeShown({ text: t('common.error', { message }), tone: 'error' }));
        return undefined;
      }
    },
    [dispatch, t],
  );
}
