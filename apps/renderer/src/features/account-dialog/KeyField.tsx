// The write-only key field: checked as the user types (debounced, through `checkKey`), with the
// check's message in the active language and an optional reveal toggle while typing.
import { useEffect, useState } from 'react';
import type { KeyCheck, ProviderId } from '@contract';
import { useI18n } from '../../i18n/I18nContext';
import { useApi } from '../../shared/ApiContext';
import { Field } from '../../shared/ui/Field';
import { Icon } from '../../shared/ui/Icon';

const DEBOUNCE_MS = 250;

interface KeyFieldProps {
  provider: ProviderId;
  value: string;
  onChange: (key: string) => void;
  hint: string;
  savedMask: string | null;
  error: string | null;
}

/** The API key input with live format feedback. */
export function KeyField({ provider, value, onChange, hint, savedMask, error }: KeyFieldProps) {
  const tr = useI18n();
  const { t } = tr;
  const api = useApi();
  const [check, setCheck] = useState<KeyCheck | null>(null);
  const [reveal, setReveal] = useState(false);
  useEffect(() => {
    if (!value) {
      setCheck(null);
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      api.checkKey({ provider, key: value }).then(
        (c) => {
          if (live) setCheck(c);
        },
        () => {
          if (live) setCheck(null);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, provider, value]);

  const message = error ?? (check?.messageId ? tr.tId(check.messageId, check.params, 'key.generic') : null);
  const tone = error ? 'error' : (check?.severity ?? 'ok');
  return (
    <Field
      id="account-key"
      label={t('account.key')}
      message={
        <p
          id="account-key-msg"
          className={`field-msg msg-${tone}`}
          role={tone === 'error' ? 'alert' : undefined}
        >
          {message ? (
            <>
              <Icon name={tone === 'ok' ? 'check' : tone === 'warning' ? 'info' : 'warning'} />
              {message}
            </>
          ) : (
            <span className="muted">{t('account.keyWriteOnly')}</span>
          )}
        </p>
      }
    >
      <div className="input-group">
        <input
          id="account-key"
          className="input mono"
          type={reveal ? 'text' : 'password'}
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder={
            savedMask ? t('account.keyKeep', { mask: savedMask }) : t('account.keyPlaceholder', { hint })
          }
          aria-invalid={tone === 'error'}
          aria-describedby="account-key-msg"
          onChange={(e) => onChange(e.target.value)}
        />
        <button
          type="button"
          className="icon-btn input-addon"
          aria-label={reveal ? t('account.hideKey') : t('account.showKey')}
          aria-pressed={reveal}
          onClick={() => setReveal((r) => !r)}
        >
          <Icon name={reveal ? 'eyeOff' : 'eye'} />
        </button>
      </div>
    </Field>
  );
}
