// Numbers, percentages and money through Intl, in the active language. Formatters are cached
// because rows format on every update and Intl constructors are comparatively slow.
import type { Lang } from './translate';

const cache = new Map<string, Intl.NumberFormat>();

function nf(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(id);
  if (!f) {
    f = new Intl.NumberFormat(lang, options);
    cache.set(id, f);
  }
  return f;
}

/** A plain number with grouping and at most `maxDigits` decimals. */
export function formatNumber(lang: Lang, value: number, maxDigits = 1): string {
  return nf(lang, { maximumFractionDigits: maxDigits }).format(value);
}

/** A large count in compact form (7.4M, 735万); small counts stay exact. */
export function formatCount(lang: Lang, value: number): string {
  if (Math.abs(value) < 100_000) return formatNumber(lang, value, 0);
  return nf(lang, { notation: 'compact', maximumFractionDigits: 2 }).format(value);
}

/** A rate value: three significant digits keep 0.042 and 1,240 both readable. */
export function formatRateValue(lang: Lang, value: number): string {
  if (Math.abs(value) >= 1000) return formatCount(lang, value);
  return nf(lang, { maximumSignificantDigits: 3 }).format(value);
}

/** A percentage given in 0..100; `digits` decimals, but a tiny non-zero value keeps one. */
export function formatPercent(lang: Lang, percent: number, digits = 0): string {
  const abs = Math.abs(percent);
  const d = digits === 0 && abs > 0 && abs < 1 ? 1 : digits;
  return nf(lang, { style: 'percent', maximumFractionDigits: d }).format(percent / 100);
}

/** Money with the currency's narrow symbol (CNY → ¥, USD → $); unknown codes print the code. */
export function formatMoney(lang: Lang, amount: number, currency: string, precise = false): string {
  const small = precise && Math.abs(amount) > 0 && Math.abs(amount) < 1;
  const digits: Intl.NumberFormatOptions = small
    ? { maximumSignificantDigits: 2 }
    : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  try {
    return nf(lang, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', ...digits }).format(
      amount,
    );
  } catch {
    return `${nf(lang, digits).format(amount)} ${currency}`;
  }
}
