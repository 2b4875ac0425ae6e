// A quota bar: the fill shows used or left (the global toggle), the colour the level of *used*.
import type { UsageLevel } from '../../features/list/headline';

interface MeterProps {
  usedPercent: number;
  display: 'used' | 'left';
  level: UsageLevel;
  label: string;
  valueText: string;
  dim?: boolean;
  size?: 'sm' | 'md';
}

/** A horizontal meter with role="meter" and a spoken value. */
export function Meter({ usedPercent, display, level, label, valueText, dim, size = 'sm' }: MeterProps) {
  const used = Math.min(100, Math.max(0, usedPercent));
  const shown = display === 'used' ? used : 100 - used;
  return (
    <div
      className={`meter meter-${size} level-${level}${dim ? ' is-dim' : ''}`}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(shown * 10) / 10}
      aria-valuetext={valueText}
    >
      <div className="meter-fill" style={{ transform: `scaleX(${shown / 100})` }} />
    </div>
  );
}
