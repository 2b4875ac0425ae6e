// Toasts for alerts raised by the core and the app's own notices. A live region announces them;
// each closes by itself after a while or with its button.
import { useCallback, useEffect } from 'react';
import type { AlertDto } from '@contract';
import { useI18n } from '../../i18n/I18nContext';
import { Icon } from '../../shared/ui/Icon';
import { selectAccountById } from '../list/selectors';
import { useAppDispatch, useAppSelector } from '../store';
import type { Notice } from './alerts-slice';
import { alertDismissed, noticeDismissed } from './alerts-slice';
import { alertText } from './alert-text';

const LIFETIME_MS = 8000;

function useAutoDismiss(onDismiss: () => void, ms = LIFETIME_MS) {
  useEffect(() => {
    const timer = window.setTimeout(onDismiss, ms);
    return () => window.clearTimeout(timer);
  }, [onDismiss, ms]);
}

function AlertToast({ alert }: { alert: AlertDto }) {
  const tr = useI18n();
  const dispatch = useAppDispatch();
  const label = useAppSelector((s) =>
    alert.accountId ? (selectAccountById(s, alert.accountId)?.label ?? null) : null,
  );
  const dismiss = useCallback(() => dispatch(alertDismissed(alert.id)), [dispatch, alert.id]);
  useAutoDismiss(dismiss, alert.level === 'critical' ? LIFETIME_MS * 3 : LIFETIME_MS);
  return (
    <div className={`toast toast-${alert.level}`}>
      <Icon name={alert.level === 'info' ? 'info' : 'warning'} />
      <span className="toast-text">{alertText(tr, alert, label)}</span>
      <button type="button" className="icon-btn" aria-label={tr.t('alert.dismiss')} onClick={dismiss}>
        <Icon name="close" />
      </button>
    </div>
  );
}

function NoticeToast({ notice }: { notice: Notice }) {
  const { t } = useI18n();
  const dispatch = useAppDispatch();
  const dismiss = useCallback(() => dispatch(noticeDismissed(notice.id)), [dispatch, notice.id]);
  useAutoDismiss(dismiss);
  return (
    <div className={`toast toast-${notice.tone === 'error' ? 'critical' : 'note'}`}>
      <Icon name={notice.tone === 'error' ? 'warning' : 'check'} />
      <span className="toast-text">{notice.text}</span>
      <button type="button" className="icon-btn" aria-label={t('alert.dismiss')} onClick={dismiss}>
        <Icon name="close" />
      </button>
    </div>
  );
}

/** The toast stack in the window's corner. */
export function Toasts() {
  const { t } = useI18n();
  const alerts = useAppSelector((s) => s.alerts.toasts);
  const notices = useAppSelector((s) => s.alerts.notices);
  return (
    <div className="toasts" role="status" aria-live="polite" aria-label={t('alert.region')}>
      {notices.map((n) => (
        <NoticeToast key={`n${n.id}`} notice={n} />
      ))}
      {alerts.map((a) => (
        <AlertToast key={`a${a.id}`} alert={a} />
      ))}
    </div>
  );
}
