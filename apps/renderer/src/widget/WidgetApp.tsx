// The widget window: a small translucent card, one row per account and an overview line. It only
// reads; a click anywhere opens the dashboard.
import { useCallback } from 'react';
import { shallowEqual } from 'react-redux';
import type { CpmsWidgetApi } from '@contract';
import { formatMoney } from '../i18n/format-number';
import { I18nProvider, useI18n } from '../i18n/I18nContext';
import { selectVisibleIds } from '../features/list/selectors';
import { loadWidget } from '../features/sync/load';
import { useAppDispatch, useAppSelector } from '../features/store';
import { useAppearance, useLang, useWindowSetup } from '../shared/use-window-setup';
import { Icon } from '../shared/ui/Icon';
import { WidgetRow } from './WidgetRow';

function WidgetCard({ onOpen }: { onOpen: () => void }) {
  const tr = useI18n();
  const { t } = tr;
  const phase = useAppSelector((s) => s.session.phase);
  const connection = useAppSelector((s) => s.session.connection);
  const overview = useAppSelector((s) => s.session.overview);
  const widget = useAppSelector((s) => s.settings.value?.widget);
  const paused = useAppSelector((s) => s.session.monitor?.paused ?? false);
  const allIds = useAppSelector(selectVisibleIds, shallowEqual);
  const ids = widget?.accountIds ? allIds.filter((id) => widget.accountIds?.includes(id)) : allIds;
  const status =
    connection !== 'open'
      ? t('conn.reconnecting')
      : paused
        ? t('state.paused')
        : phase !== 'ready'
          ? t('app.loading')
          : null;
  return (
    <main
      className="w-card"
      aria-label={t('widget.label')}
      style={{ opacity: widget?.opacity ?? 1 }}
      onClick={onOpen}
    >
      <header className="w-head">
        <span className="brand-mark" aria-hidden="true" />
        <span className="w-title">{t('app.name')}</span>
        {overview ? (
          <span className="w-total">
            {t('widget.summary', { active: overview.activeCount, total: overview.accountCount })}
            {overview.balances.map((b) => (
              <span key={b.currency}> · {formatMoney(tr.lang, b.total, b.currency)}</span>
            ))}
          </span>
        ) : null}
        <button
          type="button"
          className="icon-btn w-open"
          aria-label={t('widget.open')}
          title={t('widget.open')}
          onClick={(e) => {
            e.stopPropagation();
            onOpen();
          }}
        >
          <Icon name="external" />
        </button>
      </header>
      {status ? <p className="w-status">{status}</p> : null}
      {phase === 'ready' && ids.length === 0 ? <p className="w-status">{t('empty.title')}</p> : null}
      <ul className="w-rows">
        {ids.map((id) => (
          <WidgetRow key={id} id={id} />
        ))}
      </ul>
    </main>
  );
}

/** The widget's root component. */
export function WidgetApp({ api }: { api: CpmsWidgetApi }) {
  const dispatch = useAppDispatch();
  const reload = useCallback(() => void loadWidget(api, dispatch), [api, dispatch]);
  useWindowSetup(api, reload);
  const lang = useLang();
  useAppearance(lang);
  const open = useCallback(() => void api.openDashboard(), [api]);
  return (
    <I18nProvider lang={lang}>
      <WidgetCard onOpen={open} />
    </I18nProvider>
  );
}
