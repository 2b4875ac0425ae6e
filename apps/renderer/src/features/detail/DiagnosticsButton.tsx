// "Copy diagnostics" for an account in error: the core returns a redacted report; it goes to the
// clipboard, or into a selectable box when the clipboard is refused (e.g. plain-http pages).
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { useApi } from '../../shared/ApiContext';
import { Icon } from '../../shared/ui/Icon';
import { noticeShown } from '../alerts/alerts-slice';
import { useAppDispatch } from '../store';

/** A button that copies the account's redacted diagnostics. */
export function DiagnosticsButton({ accountId }: { accountId: string }) {
  const { t } = useI18n();
  const api = useApi();
  const dispatch = useAppDispatch();
  const [fallback, setFallback] = useState<string | null>(null);
  const copy = async () => {
    let text: string;
    try {
      text = await api.getDiagnostics({ accountId });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      dispatch(noticeShown({ text: t('detail.diagnosticsFailed', { message }), tone: 'error' }));
      return;
    }
    try {
      await navigator.clipboard.writeText(text);
      dispatch(noticeShown({ text: t('detail.diagnosticsCopied'), tone: 'info' }));
    } catch {
      setFallback(text);
    }
  };
  return (
    <>
      <button type="button" className="btn btn-sm" onClick={() => void copy()}>
        <Icon name="copy" />
        {t('detail.diagnostics')}
      </button>
      {fallback !== null ? (
        <textarea
          className="diagnostics-text"
          readOnly
          value={fallback}
          aria-label={t('detail.diagnostics')}
        />
      ) : null}
    </>
  );
}
