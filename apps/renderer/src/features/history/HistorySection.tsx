// The history section of the detail panel: a range switch and one chart per unit (window percent,
// and each wallet currency), read from the store's rollups through `getHistory`.
import { useEffect, useState } from 'react';
import { windowKey } from '@contract';
import type { HistoryRange, HistorySeries, QuotaWindow } from '@contract';
import { formatMoney, formatPercent } from '../../i18n/format-number';
import { useI18n } from '../../i18n/I18nContext';
import { useApi } from '../../shared/ApiContext';
import { Segmented } from '../../shared/ui/Segmented';
import { windowName } from '../format/text';
import { niceDomain, valueExtent } from './chart-geometry';
import { HistoryChart } from './HistoryChart';

/** Refetch at most this often while the account keeps updating. */
const REFRESH_MS = 30_000;

function useHistory(accountId: string, range: HistoryRange, version: number) {
  const api = useApi();
  const [state, setState] = useState<{ key: string; series: HistorySeries[] | null; error: string | null }>({
    key: '',
    series: null,
    error: null,
  });
  const key = `${accountId}|${range}`;
  const bucket = Math.floor(version / REFRESH_MS);
  useEffect(() => {
    let live = true;
    api.getHistory({ accountId, range }).then(
      (series) => live && setState({ key, series, error: null }),
      (e: unknown) =>
        live && setState({ key, series: [], error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [api, accountId, range, key, bucket]);
  return state.key === key ? state : { key, series: null, error: null };
}

/** Window series named in the active language (the core's labels are the provider's own). */
function localized(
  tr: ReturnType<typeof useI18n>,
  series: HistorySeries[],
  windows: QuotaWindow[],
): HistorySeries[] {
  return series.map((s) => {
    const w = windows.find((x) => windowKey(x) === s.seriesKey);
    return w ? { ...s, label: windowName(tr, w) } : s;
  });
}

/** History charts for an account; `version` (its last update time) triggers a refetch. */
export function HistorySection({
  accountId,
  version,
  windows: accountWindows,
}: {
  accountId: string;
  version: number;
  windows: QuotaWindow[];
}) {
  const tr = useI18n();
  const { t } = tr;
  const [range, setRange] = useState<HistoryRange>('24h');
  const { series, error } = useHistory(accountId, range, version);
  const windows = localized(tr, series?.filter((s) => s.kind === 'window') ?? [], accountWindows);
  const currencies = [
    ...new Set(series?.filter((s) => s.kind === 'wallet').map((s) => s.currency ?? '') ?? []),
  ];
  const span = series?.[0];
  return (
    <section className="detail-section" aria-labelledby="detail-history">
      <div className="section-head">
        <h3 id="detail-history" className="section-title">
          {t('history.title')}
        </h3>
        <Segmented<HistoryRange>
          label={t('history.range')}
          size="sm"
          value={range}
          onChange={setRange}
          options={[
            { value: '24h', label: t('history.24h') },
            { value: '7d', label: t('history.7d') },
            { value: 'cycle', label: t('history.cycle') },
          ]}
        />
      </div>
      {series === null ? <p className="muted small">{t('history.loading')}</p> : null}
      {error ? <p className="error-text small">{t('common.error', { message: error })}</p> : null}
      {series && !error && (!span || series.every((s) => s.points.length === 0)) ? (
        <p className="muted small">{t('history.empty')}</p>
      ) : null}
      {span && windows.some((s) => s.points.length) ? (
        <HistoryChart
          series={windows}
          domain={[0, 100]}
          from={span.from}
          to={span.to}
          label={t('history.chart', { series: windows.map((s) => s.label).join(', ') })}
          formatValue={(v) => formatPercent(tr.lang, v)}
        />
      ) : null}
      {span
        ? currencies.map((c) => {
            const lines = series.filter((s) => s.kind === 'wallet' && (s.currency ?? '') === c);
            const extent = valueExtent(lines.map((s) => s.points));
            if (!extent) return null;
            return (
              <HistoryChart
                key={c}
                series={lines}
                domain={niceDomain(extent, 4)}
                from={span.from}
                to={span.to}
                label={t('history.chart', { series: lines.map((s) => s.label).join(', ') })}
                formatValue={(v) => formatMoney(tr.lang, v, c)}
              />
            );
          })
        : null}
    </section>
  );
}
