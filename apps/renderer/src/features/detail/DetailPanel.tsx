// The inspector beside the list: everything known about the selected account.
import { useCallback } from 'react';
import { windowKey } from '@contract';
import { formatDateTime, formatDuration } from '../../i18n/format-time';
import { useTicking } from '../../shared/ticker';
import { useI18n } from '../../i18n/I18nContext';
import { useApi, useRunAction } from '../../shared/ApiContext';
import { Icon } from '../../shared/ui/Icon';
import { RelativeTime } from '../../shared/ui/RelativeTime';
import { Section } from '../../shared/ui/Section';
import { StatusDot } from '../../shared/ui/StatusDot';
import { providerName, reasonText, regionName } from '../format/text';
import { displaySnapshot, problemOf, usageLevel } from '../list/headline';
import { selectAccountById, selectStatusById, selectThresholds } from '../list/selectors';
import { usePercentDisplay } from '../list/use-row';
import { useAppDispatch, useAppSelector } from '../store';
import { dialogOpened, selected } from '../ui/ui-slice';
import { HistorySection } from '../history/HistorySection';
import { ActivitySection } from './ActivitySection';
import { DiagnosticsButton } from './DiagnosticsButton';
import { PackagesSection, WalletsSection } from './MoneySections';
import { WindowCard } from './WindowCard';
import './detail.css';

/** "In use for 35 m", kept current by the shared clock. */
function ActiveFor({ since }: { since: number }) {
  const tr = useI18n();
  const compute = useCallback(
    (now: number) => tr.t('detail.activeFor', { duration: formatDuration(tr, now - since) }),
    [tr, since],
  );
  return <span title={formatDateTime(tr.lang, since)}>{useTicking(compute)}</span>;
}

/** The detail panel of account `id`. */
export function DetailPanel({ id }: { id: string }) {
  const tr = useI18n();
  const { t } = tr;
  const api = useApi();
  const run = useRunAction();
  const dispatch = useAppDispatch();
  const account = useAppSelector((s) => selectAccountById(s, id));
  const status = useAppSelector((s) => selectStatusById(s, id));
  const thresholds = useAppSelector(selectThresholds);
  const display = usePercentDisplay();
  if (!account) return null;
  const { snapshot, stale } = displaySnapshot(status);
  const warn = account.settings.warnPercent ?? thresholds.warnPercent;
  const crit = account.settings.critPercent ?? thresholds.critPercent;
  const meta = [
    providerName(tr, account.provider),
    account.region ? regionName(tr, account.region) : null,
    account.model,
    snapshot?.planName,
  ]
    .filter(Boolean)
    .join(' · ');
  const failing = problemOf(status);

  return (
    <aside id="detail-panel" className="detail" aria-label={t('detail.label')}>
      <header className="detail-head">
        <StatusDot state={status?.state ?? 'loading'} />
        <div className="detail-title">
          <h2>{account.label}</h2>
          <p className="meta">{meta}</p>
          {status?.state === 'active' && status.activeSince !== null ? (
            <p className="meta is-active">
              <ActiveFor since={status.activeSince} />
            </p>
          ) : null}
        </div>
        <button
          type="button"
          className="icon-btn"
          aria-label={t('detail.close')}
          onClick={() => dispatch(selected(null))}
        >
          <Icon name="close" />
        </button>
      </header>
      <div className="detail-actions">
        <button
          type="button"
          className="btn btn-sm"
          aria-label={t('detail.refresh', { label: account.label })}
          onClick={() => void run(() => api.refresh({ accountId: id }))}
        >
          <Icon name="refresh" />
        </button>
        <button
          type="button"
          className="btn btn-sm"
          onClick={() => dispatch(dialogOpened({ kind: 'edit', id }))}
        >
          <Icon name="edit" />
          {t('detail.edit')}
        </button>
        <button
          type="button"
          className="btn btn-sm"
          onClick={() => dispatch(dialogOpened({ kind: 'clone', id }))}
        >
          <Icon name="clone" />
          {t('detail.clone')}
        </button>
        <button
          type="button"
          className="btn btn-sm btn-danger-quiet"
          onClick={() => dispatch(dialogOpened({ kind: 'remove', id }))}
        >
          <Icon name="trash" />
          {t('detail.remove')}
        </button>
      </div>
      <div className="detail-scroll">
        {failing ? (
          <section
            className={`callout ${status?.state === 'error' ? 'callout-error' : 'callout-warn'}`}
            role="status"
          >
            <Icon name="warning" />
            <div>
              <p className="callout-title">{reasonText(tr, failing.kind)}</p>
              <p className="callout-body">{failing.message}</p>
              {stale && status?.lastSuccessAt ? (
                <p className="callout-body">
                  <RelativeTime
                    at={status.lastSuccessAt}
                    wrap={(time) => t('detail.showingLastGood', { time })}
                  />
                </p>
              ) : null}
              <DiagnosticsButton accountId={id} />
            </div>
          </section>
        ) : null}
        {!failing && snapshot?.status === 'no_plan' ? (
          <section className="callout callout-info" role="status">
            <Icon name="info" />
            <div>
              <p className="callout-title">{t('status.no_plan')}</p>
              <p className="callout-body">{t('detail.noPlanBody')}</p>
            </div>
          </section>
        ) : null}
        {snapshot?.windows.length ? (
          <Section id="detail-windows" title={t('detail.windows')} look="detail">
            <div className="cards">
              {snapshot.windows.map((w) => {
                const key = windowKey(w);
                return (
                  <WindowCard
                    key={key}
                    window={w}
                    binding={status?.predictions.bindingWindowKey === key}
                    prediction={status?.predictions.windows.find((p) => p.windowKey === key)}
                    rate={status?.rates.windows.find((r) => r.windowKey === key)}
                    level={usageLevel(w.usedPercent, warn, crit)}
                    display={display}
                    stale={stale}
                  />
                );
              })}
            </div>
          </Section>
        ) : null}
        {snapshot ? (
          <WalletsSection
            wallets={snapshot.wallets}
            rates={status?.rates.wallets ?? []}
            runways={status?.predictions.wallets ?? []}
          />
        ) : null}
        {snapshot ? <PackagesSection packages={snapshot.packages} /> : null}
        <HistorySection
          accountId={id}
          version={status?.lastSuccessAt ?? 0}
          windows={snapshot?.windows ?? []}
        />
        <ActivitySection accountId={id} lastActiveAt={status?.lastActiveAt ?? null} />
        <dl className="detail-foot">
          <div>
            <dt>{t('detail.key')}</dt>
            <dd className="mono">{account.keyMask}</dd>
          </div>
          {status?.lastSuccessAt ? (
            <div>
              <dt>{t('detail.lastCheck')}</dt>
              <dd>
                <RelativeTime at={status.lastSuccessAt} wrap={(time) => t('detail.updated', { time })} />
              </dd>
            </div>
          ) : null}
        </dl>
      </div>
    </aside>
  );
}
