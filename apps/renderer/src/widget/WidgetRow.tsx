// One account in the widget: dot, name, headline bar with percent, reset countdown.
import { memo } from 'react';
import { formatMoney, formatPercent } from '../i18n/format-number';
import { useI18n } from '../i18n/I18nContext';
import { Countdown } from '../shared/ui/Countdown';
import { Meter } from '../shared/ui/Meter';
import { StatusDot } from '../shared/ui/StatusDot';
import { percentText, reasonText, windowName } from '../features/format/text';
import { usePercentDisplay, useRowModel } from '../features/list/use-row';

/** A compact row; wallet-only accounts show their balance instead of a bar. */
export const WidgetRow = memo(function WidgetRow({ id }: { id: string }) {
  const tr = useI18n();
  const row = useRowModel(id);
  const display = usePercentDisplay();
  if (!row) return null;
  const w = row.headline;
  const wallet = row.wallets.find((x) => x.available !== null);
  const shown = w ? (display === 'used' ? w.usedPercent : 100 - w.usedPercent) : 0;
  return (
    <li className={`w-row${row.stale ? ' is-stale' : ''}`}>
      <StatusDot state={row.state} title={row.reason ? reasonText(tr, row.reason.kind) : undefined} />
      <span className="w-label" title={row.label}>
        {row.label}
      </span>
      {w ? (
        <>
          <Meter
            usedPercent={w.usedPercent}
            display={display}
            level={row.level}
            label={`${row.label} ${windowName(tr, w)}`}
            valueText={percentText(tr, w.usedPercent, display)}
            dim={row.stale}
          />
          <span className={`w-pct level-text-${row.level}`}>
            {formatPercent(tr.lang, Math.max(0, Math.min(100, shown)))}
          </span>
        </>
      ) : wallet ? (
        <span className="w-money">{formatMoney(tr.lang, wallet.available ?? 0, wallet.currency)}</span>
      ) : (
        <span className={`w-note${row.state === 'error' ? ' is-error' : ''}`}>
          {row.reason ? reasonText(tr, row.reason.kind) : row.noPlan ? tr.t('row.noPlan') : '—'}
        </span>
      )}
      <span className="w-reset">{row.resetsAt !== null ? <Countdown at={row.resetsAt} /> : null}</span>
    </li>
  );
});
