// Window-wide states above the list: offline or refused link, paused monitoring, a failed load and
// the store's one-time notice.
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { useApi, useRunAction } from '../../shared/ApiContext';
import { getConnection } from '../../shared/api';
import { Icon } from '../../shared/ui/Icon';
import { useAppSelector } from '../store';

function ConnectionBanner() {
  const { t } = useI18n();
  const phase = useAppSelector((s) => s.session.connection);
  if (phase === 'open') return null;
  if (phase === 'unauthorized')
    return (
      <div className="banner banner-error" role="alert">
        <Icon name="warning" />
        <span>{t('conn.unauthorized')}</span>
      </div>
    );
  return (
    <div className="banner banner-offline" role="status">
      <Icon name="offline" />
      <span>{phase === 'connecting' ? t('conn.connecting') : t('conn.reconnecting')}</span>
      <button type="button" className="btn btn-sm" onClick={() => getConnection().retryNow()}>
        {t('conn.retryNow')}
      </button>
    </div>
  );
}

function PausedBanner() {
  const { t } = useI18n();
  const api = useApi();
  const run = useRunAction();
  const monitor = useAppSelector((s) => s.session.monitor);
  if (!monitor?.paused) return null;
  const reason = monitor.pauseReason ?? 'user';
  return (
    <div className="banner banner-paused" role="status">
      <Icon name="pause" />
      <span>{t(`monitor.paused.${reason}`)}</span>
      {reason === 'user' ? (
        <button
          type="button"
          className="btn btn-sm"
          onClick={() => void run(() => api.setPaused({ paused: false }))}
        >
          {t('monitor.resume')}
        </button>
      ) : null}
    </div>
  );
}

function StoreNotice() {
  const { t } = useI18n();
  const notice = useAppSelector((s) => s.session.appInfo?.storeNotice ?? null);
  const [hidden, setHidden] = useState(false);
  if (!notice || hidden) return null;
  return (
    <div className="banner banner-info" role="status">
      <Icon name="info" />
      <span>{notice}</span>
      <button
        type="button"
        className="icon-btn"
        aria-label={t('common.close')}
        onClick={() => setHidden(true)}
      >
        <Icon name="close" />
      </button>
    </div>
  );
}

/** Every banner that applies, in order of urgency. */
export function Banners() {
  return (
    <div className="banners">
      <ConnectionBanner />
      <PausedBanner />
      <StoreNotice />
    </div>
  );
}
