// A labelled whole-number setting that commits on blur or Enter and explains an out-of-range value.
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { commitProps } from './commit-props';
import { parseBounded } from './use-settings';

interface NumberSettingProps {
  label: string;
  unit: string;
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
}

/** A number input row of the settings sheet. */
export function NumberSetting({ label, unit, value, min, max, onCommit }: NumberSettingProps) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(value);
  const parsed = parseBounded(text, min, max);
  const commit = () => {
    if (parsed !== null && parsed !== value) onCommit(parsed);
    if (parsed !== null) setDraft(null);
  };
  return (
    <div className="setting">
      <label htmlFor={id} className="setting-label">
        {label}
      </label>
      <div className="setting-control">
        <input
          id={id}
          className="input input-num"
          inputMode="numeric"
          value={text}
          aria-invalid={parsed === null}
          aria-describedby={parsed === null ? `${id}-err` : undefined}
          onChange={(e) => setDraft(e.target.value)}
          {...commitProps(commit)}
        />
        <span className="setting-unit">{unit}</span>
        {parsed === null ? (
          <span id={`${id}-err`} className="field-msg msg-error" role="alert">
            {t('settings.invalid', { min, max })}
          </span>
        ) : null}
      </div>
    </div>
  );
}
