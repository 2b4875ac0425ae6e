// Shown until the first load completes, or with a retry when it failed.
import { useI18n } from '../../i18n/I18nContext';
import { useAppSelector } from '../store';
import './states.css';

/** The loading placeholder, or the load error with a retry button. */
export function LoadingState({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  const phase = useAppSelector((s) => s.session.phase);
  const error = useAppSelector((s) => s.session.error);
  if (phase === 'failed')
    return (
      <section className="loading" role="alert">
        <p>{t('app.loadFailed', { message: error ?? '' })}</p>
        <button type="button" className="btn" onClick={onRetry}>
          {t('app.retry')}
        </button>
      </section>
    );
  return (
    <section className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <p>{t('app.loading')}</p>
    </section>
  );
}
