// Tiny numeric helpers shared by the analysis modules.

/** Median of the values, or null for an empty list. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const hi = s[mid] ?? 0;
  return s.length % 2 ? hi : ((s[mid - 1] ?? hi) + hi) / 2;
}

/** `v` limited to [lo, hi]. */
export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** Saturating growth 0..1: 1 − e^(−x/scale), 0 for x ≤ 0. */
export function saturate(x: number, scale: number): number {
  return x <= 0 ? 0 : 1 - Math.exp(-x / scale);
}
