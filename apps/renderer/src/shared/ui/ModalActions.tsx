// The footer buttons of a modal form: anything extra on the left, then Cancel and the submit button on
// the right (the submit button is the form's default, so Enter in a field presses it).
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';

interface ModalActionsProps {
  submitLabel: string;
  submitDisabled: boolean;
  onCancel: () => void;
  /** `danger` for a destructive submit (remove, delete). */
  tone?: 'primary' | 'danger';
  /** Buttons before the spacer, e.g. "Test connection". */
  leading?: ReactNode;
}

/** Cancel and submit buttons for a Modal's `footer`. */
export function ModalActions({
  submitLabel,
  submitDisabled,
  onCancel,
  tone = 'primary',
  leading,
}: ModalActionsProps) {
  const { t } = useI18n();
  return (
    <>
      {leading}
      <span className="spacer" />
      <button type="button" className="btn" onClick={onCancel}>
        {t('account.cancel')}
      </button>
      <button type="submit" className={`btn btn-${tone}`} disabled={submitDisabled}>
        {submitLabel}
      </button>
    </>
  );
}
