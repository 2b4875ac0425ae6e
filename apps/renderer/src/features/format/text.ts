// Words for the usage model: provider and window names, percentages, amounts with units, rates and
// failure reasons, in the active language.
import type { ProviderId, QuotaUnit, QuotaWindow, Region } from '@contract';
import { formatCount, formatMoney, formatPercent, formatRateValue } from '../../i18n/format-number';
import type { Translator } from '../../i18n/translate';
import type { RateView } from '../list/headline';

/** The provider's display name. */
export function providerName(tr: Translator, id: ProviderId): string {
  return tr.t(`provider.${id}`);
}

/** The region's display name. */
export function regionName(tr: Translator, region: Region): string {
  return tr.t(`region.${region}`);
}

/** A window's name: its kind in the language (the provider's label for `other`), plus its pool. */
export function windowName(tr: Translator, w: Pick<QuotaWindow, 'kind' | 'label' | 'scope'>): string {
  const base = w.kind === 'other' ? w.label : tr.t(`window.${w.kind}`);
  return w.scope && w.scope !== 'general' ? `${base} · ${w.scope}` : base;
}

/** "41% used" or "59% left", following the global toggle. */
export function percentText(
  tr: Translator,
  usedPercent: number,
  display: 'used' | 'left',
  digits = 0,
): string {
  const used = Math.min(100, Math.max(0, usedPercent));
  const value = formatPercent(tr.lang, display === 'used' ? used : 100 - used, digits);
  return tr.t(display === 'used' ? 'pct.used' : 'pct.left', { value });
}

/** The unit's word ("credits", "次请求"). */
export function unitName(tr: Translator, unit: QuotaUnit): string {
  return tr.t(`unit.${unit}`);
}

/** A count with its unit: "1,185 credits", "7.35M tokens". */
export function amountText(tr: Translator, value: number, unit: QuotaUnit): string {
  if (unit === 'percent') return formatPercent(tr.lang, value, 1);
  return `${formatCount(tr.lang, value)} ${unitName(tr, unit)}`;
}

/** A rate with its unit: "12.4 credits/min", "3.1%/h", "¥0.42/h". */
export function rateText(tr: Translator, rate: RateView): string {
  switch (rate.kind) {
    case 'units':
      // Slow burns (a few tool calls an hour) read better per hour than as 0.06/min.
      return rate.perMinute > 0 && rate.perMinute < 0.1
        ? tr.t('rate.perHourUnits', {
            value: formatRateValue(tr.lang, rate.perMinute * 60),
            unit: unitName(tr, rate.unit),
          })
        : tr.t('rate.perMinute', {
            value: formatRateValue(tr.lang, rate.perMinute),
            unit: unitName(tr, rate.unit),
          });
    case 'percent':
      return tr.t('rate.percentPerHour', { value: formatRateValue(tr.lang, rate.perHour) });
    case 'money':
      return tr.t('rate.moneyPerHour', { value: formatMoney(tr.lang, rate.perHour, rate.currency, true) });
  }
}

/** True when a rate is effectively zero (shown as "not burning" rather than "0/min"). */
export function isIdleRate(rate: RateView): boolean {
  return (rate.kind === 'units' ? rate.perMinute : rate.perHour) <= 0;
}

/** The failure kind in words; kinds the UI does not know keep their id visible. */
export function reasonText(tr: Translator, kind: string): string {
  return tr.tId(`status.${kind}`, { kind }, 'status.unknown');
}
