// A small line chart drawn in SVG by hand. Why no chart library: the app needs one chart type with a
// few hundred points; the geometry is ~100 tested lines (chart-geometry.ts), renders in well under a
// millisecond, adds no dependency to audit or ship, needs no inline styles or eval (strict CSP), and
// takes its colours from the theme's CSS variables.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PointerEvent, RefObject } from 'react';
import type { HistorySeries } from '@contract';
import { formatWhen } from '../../i18n/format-time';
import { useI18n } from '../../i18n/I18nContext';
import { linePath, linearScale, nearestIndex, thin, timeTicks, valueTicks } from './chart-geometry';
import './chart.css';

interface HistoryChartProps {
  series: HistorySeries[];
  domain: [number, number];
  from: number;
  to: number;
  formatValue: (v: number) => string;
  label: string;
  height?: number;
}

const PAD = { right: 10, top: 8, bottom: 20 };
/** Room for the longest value label; an estimate is enough at this font size. */
const labelRoom = (labels: string[]) => Math.max(28, Math.max(...labels.map((l) => l.length)) * 6.4 + 10);

function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(320);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(160, Math.floor(entry.contentRect.width)));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}

/** Lines of one unit over time, with axes, grid and a hover read-out. */
export function HistoryChart({
  series,
  domain,
  from,
  to,
  formatValue,
  label,
  height = 150,
}: HistoryChartProps) {
  const tr = useI18n();
  const [ref, width] = useWidth();
  const [hoverT, setHoverT] = useState<number | null>(null);
  const yTicks = valueTicks(domain[0], domain[1], 4);
  const yLabels = yTicks.map(formatValue);
  const left = labelRoom(yLabels);
  const x = linearScale(from, to, left, width - PAD.right);
  const y = linearScale(domain[0], domain[1], height - PAD.bottom, PAD.top);
  const lines = useMemo(() => series.map((s) => thin(s.points, Math.max(50, width))), [series, width]);
  const xTicks = timeTicks(
    from,
    to,
    Math.max(2, Math.floor(width / 90)),
    -new Date(from).getTimezoneOffset() * 60_000,
  );

  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - box.left;
    const inside = px >= left && px <= width - PAD.right;
    setHoverT(inside ? from + ((px - left) / (width - left - PAD.right)) * (to - from) : null);
  };
  const hovered = hoverT === null ? [] : lines.map((pts) => pts[nearestIndex(pts, hoverT)]);
  const hoverAt = hovered.find((p) => p)?.t ?? null;

  return (
    <div className="chart" ref={ref}>
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={label}
        onPointerMove={onMove}
        onPointerLeave={() => setHoverT(null)}
      >
        {yTicks.map((v, i) => (
          <g key={v} className="chart-grid">
            <line x1={left} x2={width - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={left - 6} y={y(v)} dy="0.32em" textAnchor="end">
              {yLabels[i]}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text key={t} className="chart-axis" x={x(t)} y={height - 5} textAnchor="middle">
            {formatWhen(tr.lang, t, to)}
          </text>
        ))}
        {lines.map((pts, i) => (
          <path
            key={series[i]?.seriesKey ?? i}
            className={`chart-line series-${i % 4}`}
            d={linePath(pts, x, y)}
          />
        ))}
        {hoverAt !== null ? (
          <line
            className="chart-cursor"
            x1={x(hoverAt)}
            x2={x(hoverAt)}
            y1={PAD.top}
            y2={height - PAD.bottom}
          />
        ) : null}
        {hovered.map((p, i) =>
          p && p.value !== null ? (
            <circle key={i} className={`chart-dot series-${i % 4}`} cx={x(p.t)} cy={y(p.value)} r={3} />
          ) : null,
        )}
      </svg>
      <div className="chart-legend" aria-live="polite" style={{ paddingInlineStart: left }}>
        {hoverAt !== null ? (
          <span className="chart-when">{formatWhen(tr.lang, hoverAt, Date.now())}</span>
        ) : null}
        {series.map((s, i) => {
          const p = hovered[i];
          const last = [...s.points].reverse().find((q) => q.value !== null);
          const v = hoverAt !== null ? p?.value : last?.value;
          return (
            <span key={s.seriesKey} className="legend-item">
              <span className={`swatch series-${i % 4}`} aria-hidden="true" />
              {s.label}
              {v !== null && v !== undefined ? <b className="legend-value">{formatValue(v)}</b> : null}
            </span>
          );
        })}
      </div>
    </div>
  );
}
