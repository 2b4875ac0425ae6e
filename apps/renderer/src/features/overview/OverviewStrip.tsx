// Totals across accounts: balance per currency, accounts in use, average consumption, at risk,
// spend per day.
import type { ReactNode } from 'react';
import { formatMoney, formatRateValue } from '../../i18n/format-number';
import { useI18n } from '../../i18n/I18nContext';
import { useAppSelector } from '../store';

function Stat({
  label,
  children,
  tone,
  hint,
}: {
  label: string;
  children: ReactNode;
  tone?: string;
  hint?: string;
}) {
  return (
    <div className={`stat${tone ? ` stat-${tone}` : ''}`} title={hint}>
      <dt className="stat-label">{label}</dt>
      <dd className="stat-value">{children}</dd>
    </div>
  );
}

/** The overview strip under the toolbar. */
export function OverviewStrip() {
  const tr = useI18n();
  const { t } = tr;
  const o = useAppSelector((s) => s.session.overview);
  if (!o || o.accountCount === 0) return null;
  const none = <span className="muted">{t('overview.none')}</span>;
  return (
    <section className="overview" aria-label={t('overview.label')}>
      <dl className="stats">
        <Stat label={t('overview.balance')}>
          {o.balances.length
            ? o.balances.map((b) => (
                <span key={b.currency} className="stat-money">
                  {formatMoney(tr.lang, b.total, b.currency)}
                </span>
              ))
            : none}
        </Stat>
        <Stat label={t('overview.activeNow')} tone={o.activeCount ? 'active' : undefined}>
          {t('overview.activeOf', { active: o.activeCount, total: o.accountCount })}
        </Stat>
        <Stat label={t('overview.avgRate')}>
          {o.avgPercentPerHour === null
            ? none
            : t('rate.percentPerHour', { value: formatRateValue(tr.lang, o.avgPercentPerHour) })}
        </Stat>
        <Stat
          label={t('overview.atRisk')}
          tone={o.atRiskCount ? 'risk' : undefined}
          hint={t('overview.atRiskHint')}
        >
          {o.atRiskCount}
        </Stat>
        <Stat label={t('overview.spendPerDay')}>
          {o.spendPerDay.length
            ? o.spendPerDay.map((s) => (
                <span key={s.currency} className="stat-money">
                  {formatMoney(tr.lang, s.amount, s.currency)}
                </span>
              ))
            : none}
        </Stat>
        {o.errorCount ? (
          <Stat label={t('overview.errors')} tone="error">
            {o.errorCount}
          </Stat>
        ) : null}
      </dl>
    </section>
  );
}
