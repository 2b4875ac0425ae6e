// Ordinary least squares on (x, y) pairs. Callers centre x (e.g. minutes before the last sample) so
// epoch milliseconds never get squared.

export interface XY {
  x: number;
  y: number;
}

export interface LineFit {
  slope: number;
  intercept: number;
  /** Coefficient of determination 0..1; 1 for a perfectly flat series (nothing left to explain). */
  r2: number;
  n: number;
}

/** Least-squares line through the points, or null with fewer than two distinct x values. */
export function fitLine(points: readonly XY[]): LineFit | null {
  const n = points.length;
  if (n < 2) return null;
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    sx += p.x;
    sy += p.y;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of points) {
    const dx = p.x - mx;
    const dy = p.y - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const r2 = syy === 0 ? 1 : Math.min(1, Math.max(0, (sxy * sxy) / (sxx * syy)));
  return { slope, intercept: my - slope * mx, r2, n };
}
