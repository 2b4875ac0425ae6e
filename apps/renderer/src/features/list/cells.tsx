// The cells of an account row that show numbers: usage, balance, consumption and reset.
import { formatMoney, formatPercent } from '../../i18n/format-number';
import { useI18n } from '../../i18n/I18nContext';
import { Countdown } from '../../shared/ui/Countdown';
import { Meter } from '../../shared/ui/Meter';
import { isIdleRate, percentText, rateText, windowName } from '../format/text';
import type { RowModel } from './row-model';

/** Headline window: bar, percent with its used/left word, and the window's name. */
export function UsageCell({ row, display }: { row: RowModel; display: 'used' | 'left' }) {
  const tr = useI18n();
  const { t } = tr;
  const w = row.headline;
  if (!w) {
    const note = row.noPlan
      ? t('row.noPlan')
      : row.wallets.length
        ? t('row.walletOnly')
        : row.hasData
          ? '—'
          : t('row.noData');
    return <span className="muted">{note}</span>;
  }
  const shown = display === 'used' ? w.usedPercent : 100 - w.usedPercent;
  const text = percentText(tr, w.usedPercent, display);
  return (
    <div className="usage">
      <Meter
        usedPercent={w.usedPercent}
        display={display}
        level={row.level}
        label={`${row.label} ${windowName(tr, w)}`}
        valueText={text}
        dim={row.stale}
      />
      <span className={`usage-pct level-text-${row.level}`}>
        {formatPercent(tr.lang, Math.max(0, Math.min(100, shown)))}
      </span>
      <span className="usage-word">{display === 'used' ? t('usage.used') : t('usage.left')}</span>
      <span className="usage-window">
        {windowName(tr, w)}
        {row.alsoWindow ? (
          <span className={`usage-also level-text-${row.alsoWindow.level}`}>
            {' · '}
            {windowName(tr, row.alsoWindow.window)}{' '}
            {formatPercent(
              tr.lang,
              display === 'used'
                ? row.alsoWindow.window.usedPercent
                : 100 - row.alsoWindow.window.usedPercent,
            )}
          </span>
        ) : null}
      </span>
    </div>
  );
}

/** Wallet balances, one line per currency. */
export function BalanceCell({ row }: { row: RowModel }) {
  const tr = useI18n();
  const wallets = row.wallets.filter((w) => w.available !== null);
  if (!wallets.length) return <span className="muted">—</span>;
  return (
    <div className="stack-right">
      {wallets.map((w) => (
        <span
          key={w.currency}
          className={w.usable === false ? 'money is-unusable' : 'money'}
          title={w.usable === false ? tr.t('row.unusable') : undefined}
        >
          {formatMoney(tr.lang, w.available ?? 0, w.currency)}
        </span>
      ))}
    </div>
  );
}

/** Consumption rate with its unit, coloured by the engine's level. */
export function RateCell({ row }: { row: RowModel }) {
  const tr = useI18n();
  const rate = row.rate;
  if (!rate || isIdleRate(rate))
    return (
      <span className="muted" title={tr.t('rate.level.none')}>
        —
      </span>
    );
  return (
    <span className={`rate rate-${rate.level}`} title={tr.t(`rate.level.${rate.level}`)}>
      {rateText(tr, rate)}
    </span>
  );
}

/** Countdown to the headline window's reset. */
export function ResetCell({ row }: { row: RowModel }) {
  const { t } = useI18n();
  if (row.resetsAt === null) {
    // A 5-hour window that has not started has no reset yet; it starts with the next request.
    if (row.headline?.kind === 'five_hour') return <span className="muted">{t('row.notStarted')}</span>;
    return <span className="muted">{row.headline ? t('row.noReset') : '—'}</span>;
  }
  return <Countdown at={row.resetsAt} className="countdown" />;
}
