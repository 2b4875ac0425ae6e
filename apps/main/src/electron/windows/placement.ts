// Keeps remembered window positions on a screen that still exists: a monitor may have been
// unplugged since the window was last closed. Pure geometry.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Returns `rect` moved (and shrunk if needed) to lie wholly inside the work area it overlaps most,
 * or inside `fallback` (the primary display) when it overlaps none.
 */
export function clampToWorkAreas(rect: Rect, workAreas: readonly Rect[], fallback: Rect): Rect {
  let area = fallback;
  let best = 0;
  for (const candidate of workAreas) {
    const o = overlap(rect, candidate);
    if (o > best) {
      best = o;
      area = candidate;
    }
  }
  const width = Math.min(rect.width, area.width);
  const height = Math.min(rect.height, area.height);
  const x = Math.min(Math.max(rect.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(rect.y, area.y), area.y + area.height - height);
  return { x: Math.round(x), y: Math.round(y), width, height };
}

/** The widget's first position: the top-right corner of the work area, inset by `margin`. */
export function topRightCorner(size: { width: number; height: number }, area: Rect, margin = 16): Rect {
  return { x: area.x + area.width - size.width - margin, y: area.y + margin, ...size };
}
