// One quota window in the detail panel: bar, used/limit/remaining, reset, and the prediction in words.
import { useCallback } from 'react';
import type { QuotaWindow, WindowPrediction, WindowRate } from '@contract';
import { formatPercent } from '../../i18n/format-number';
import { formatDateTime } from '../../i18n/format-time';
import { useI18n } from '../../i18n/I18nContext';
import { useTicking } from '../../shared/ticker';
import { Countdown } from '../../shared/ui/Countdown';
import { Meter } from '../../shared/ui/Meter';
import { amountText, percentText, rateText, windowName } from '../format/text';
import { confidenceText, outcomeText, paceText } from '../format/prediction';
import type { UsageLevel } from '../list/headline';
import { windowRateView } from '../list/headline';

interface WindowCardProps {
  window: QuotaWindow;
  prediction: WindowPrediction | undefined;
  rate: WindowRate | undefined;
  binding: boolean;
  level: UsageLevel;
  display: 'used' | 'left';
  stale: boolean;
}

function Prediction({ p }: { p: WindowPrediction }) {
  const tr = useI18n();
  const compute = useCallback((now: number) => outcomeText(tr, p, now), [tr, p]);
  const outcome = useTicking(compute);
  const pace = paceText(tr, p.pacePercent);
  const tone =
    p.outcome === 'runs_out' || p.outcome === 'exhausted' ? 'is-risk' : p.outcome === 'lasts' ? 'is-ok' : '';
  return (
    <div className="prediction">
      <p
        className={`prediction-outcome ${tone}`}
        title={p.exhaustsAt ? formatDateTime(tr.lang, p.exhaustsAt) : undefined}
      >
        {outcome}
      </p>
      <p className="prediction-meta">
        {pace ? <span title={tr.t('predict.paceHint')}>{pace}</span> : null}
        {p.outcome !== 'unknown' ? <span>{confidenceText(tr, p.confidence)}</span> : null}
      </p>
    </div>
  );
}

/** A card for one window. */
export function WindowCard({ window: w, prediction, rate, binding, level, display, stale }: WindowCardProps) {
  const tr = useI18n();
  const { t } = tr;
  const name = windowName(tr, w);
  const text = percentText(tr, w.usedPercent, display, 1);
  const rateView = rate ? windowRateView(rate) : null;
  return (
    <article className={`window-card${binding ? ' is-binding' : ''}`} aria-label={name}>
      <header className="window-head">
        <h4 className="window-name">{name}</h4>
        {binding ? (
          <span className="badge badge-risk" title={t('detail.bindingHint')}>
            {t('detail.binding')}
          </span>
        ) : null}
        <span className={`window-pct level-text-${level}`}>{text}</span>
      </header>
      <Meter
        usedPercent={w.usedPercent}
        display={display}
        level={level}
        label={name}
        valueText={text}
        dim={stale}
        size="md"
      />
      <dl className="facts">
        {w.used !== null ? (
          <div>
            <dt>{t('detail.used')}</dt>
            <dd>{amountText(tr, w.used, w.unit)}</dd>
          </div>
        ) : (
          <div>
            <dt>{t('detail.used')}</dt>
            <dd>{formatPercent(tr.lang, w.usedPercent, 1)}</dd>
          </div>
        )}
        {w.limit !== null ? (
          <div>
            <dt>{t('detail.limit')}</dt>
            <dd>{amountText(tr, w.limit, w.unit)}</dd>
          </div>
        ) : null}
        {w.remaining !== null ? (
          <div>
            <dt>{t('detail.remaining')}</dt>
            <dd>{amountText(tr, w.remaining, w.unit)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('detail.resets')}</dt>
          <dd>
            {w.resetsAt === null ? (
              <span className="muted">{w.kind === 'five_hour' ? t('detail.noResetYet') : '—'}</span>
            ) : (
              <Countdown at={w.resetsAt} />
            )}
          </dd>
        </div>
        {rateView ? (
          <div>
            <dt>{t('col.rate')}</dt>
            <dd className={`rate rate-${rateView.level}`}>{rateText(tr, rateView)}</dd>
          </div>
        ) : null}
      </dl>
      {prediction ? <Prediction p={prediction} /> : null}
    </article>
  );
}
