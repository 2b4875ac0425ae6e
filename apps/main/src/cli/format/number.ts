// Numbers as a person reads them in a table: three significant digits for small values, grouped
// integers for large ones (2,000,000 tokens), never scientific notation.

/** A short, readable rendering of `n`. */
export function compactNumber(n: number): string {
  if (!Number.isFinite(n)) return '—';
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en-US');
  return n.toLocaleString('en-US', { maximumSignificantDigits: 3, useGrouping: false });
}

/** A balance with two decimals, e.g. `110.00`. */
export function money(n: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
