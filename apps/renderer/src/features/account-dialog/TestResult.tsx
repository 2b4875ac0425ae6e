// What "Test connection" found: the probe's status, plan, windows and wallets, before saving.
import type { AccountSnapshot } from '@contract';
import { formatMoney } from '../../i18n/format-number';
import { useI18n } from '../../i18n/I18nContext';
import { Icon } from '../../shared/ui/Icon';
import { percentText, reasonText, windowName } from '../format/text';
import './account-dialog.css';

/** A compact summary of a probe snapshot. */
export function TestResult({ snapshot }: { snapshot: AccountSnapshot }) {
  const tr = useI18n();
  const { t } = tr;
  const ok = snapshot.status === 'ok' || snapshot.status === 'no_plan';
  return (
    <div className={`test-result ${ok ? 'is-ok' : 'is-error'}`} role="status">
      <p className="test-title">
        <Icon name={ok ? 'check' : 'warning'} />
        {ok ? t('account.testFound') : t('account.testFailed')}
        {snapshot.status !== 'ok' ? (
          <span className="test-status"> — {reasonText(tr, snapshot.status)}</span>
        ) : null}
      </p>
      {snapshot.error ? <p className="test-detail">{snapshot.error.message}</p> : null}
      {ok ? (
        <ul className="test-facts">
          {snapshot.planName ? (
            <li>
              <span>{t('detail.plan')}</span>
              <b>{snapshot.planName}</b>
            </li>
          ) : null}
          {snapshot.windows.map((w) => (
            <li key={`${w.kind}-${w.scope ?? ''}-${w.label}`}>
              <span>{windowName(tr, w)}</span>
              <b>{percentText(tr, w.usedPercent, 'used', 1)}</b>
            </li>
          ))}
          {snapshot.wallets.map((w) => (
            <li key={w.currency}>
              <span>
                {t('detail.available')} · {w.currency}
              </span>
              <b>{w.available === null ? '—' : formatMoney(tr.lang, w.available, w.currency)}</b>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
