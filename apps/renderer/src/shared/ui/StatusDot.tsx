// The account's state at a glance. Live states are filled dots (idle green, active red, detecting
// blue); the others change shape so they never read as live: stale is a hollow grey ring, error a
// warning triangle, paused two bars.
import type { AccountState } from '@contract';
import { useI18n } from '../../i18n/I18nContext';
import { Icon } from './Icon';

/** A state mark with an accessible name; `title` adds the reason on hover. */
export function StatusDot({ state, title }: { state: AccountState | 'loading'; title?: string }) {
  const { t } = useI18n();
  const name = state === 'loading' ? t('state.detecting') : t(`state.${state}`);
  return (
    <span className={`dot dot-${state}`} role="img" aria-label={name} title={title ?? name}>
      {state === 'error' ? <Icon name="warning" /> : null}
      {state === 'paused' ? <Icon name="pause" /> : null}
    </span>
  );
}
