// The dashboard window: toolbar, overview, banners, the account list with its detail panel, dialogs
// and toasts.
import { useCallback } from 'react';
import type { CpmsApi } from '@contract';
import { Toasts } from '../features/alerts/Toasts';
import { DetailPanel } from '../features/detail/DetailPanel';
import { AccountTable } from '../features/list/AccountTable';
import { ListControls } from '../features/list/ListControls';
import { selectTotalCount } from '../features/list/selectors';
import { OverviewStrip } from '../features/overview/OverviewStrip';
import { Banners } from '../features/states/Banners';
import { EmptyState } from '../features/states/EmptyState';
import { LoadingState } from '../features/states/LoadingState';
import { loadDashboard } from '../features/sync/load';
import { useAppDispatch, useAppSelector } from '../features/store';
import { Toolbar } from '../features/toolbar/Toolbar';
import { I18nProvider } from '../i18n/I18nContext';
import { ApiProvider } from '../shared/ApiContext';
import { useAppearance, useLang, useWindowSetup } from '../shared/use-window-setup';
import { DialogHost } from './DialogHost';

function Main({ reload }: { reload: () => void }) {
  const phase = useAppSelector((s) => s.session.phase);
  const total = useAppSelector(selectTotalCount);
  const selectedId = useAppSelector((s) => s.ui.selectedId);
  if (phase !== 'ready') return <LoadingState onRetry={reload} />;
  if (total === 0) return <EmptyState />;
  return (
    <div className={`workspace${selectedId ? ' has-detail' : ''}`}>
      <section className="list-pane">
        <ListControls />
        <div className="table-scroll">
          <AccountTable />
        </div>
      </section>
      {selectedId ? <DetailPanel key={selectedId} id={selectedId} /> : null}
    </div>
  );
}

/** The dashboard's root component. */
export function App({ api }: { api: CpmsApi }) {
  const dispatch = useAppDispatch();
  const reload = useCallback(() => void loadDashboard(api, dispatch), [api, dispatch]);
  useWindowSetup(api, reload);
  const lang = useLang();
  useAppearance(lang);
  return (
    <I18nProvider lang={lang}>
      <ApiProvider api={api}>
        <div className="app">
          <Toolbar />
          <OverviewStrip />
          <Banners />
          <Main reload={reload} />
          <DialogHost />
          <Toasts />
        </div>
      </ApiProvider>
    </I18nProvider>
  );
}
