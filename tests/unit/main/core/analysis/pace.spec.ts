import { describe, expect, it } from 'vitest';
import { pacePercent } from '../../../../../apps/main/src/core/analysis';
import { DAY, HOUR, MIN, T0 } from './series/build';

const RULE = { minFraction: 0.1, minMs: 15 * MIN };
const fiveHour = (usedPercent: number, elapsedMs: number) => ({
  usedPercent,
  windowMinutes: 300,
  resetsAt: T0 - elapsedMs + 5 * HOUR,
});

describe('pacePercent', () => {
  it('is hidden until 10 % of the window (and 15 min) has passed', () => {
    expect(pacePercent(fiveHour(30, 10 * MIN), T0, RULE)).toBeNull();
    expect(pacePercent(fiveHour(30, 29 * MIN), T0, RULE)).toBeNull();
    expect(pacePercent(fiveHour(30, 30 * MIN), T0, RULE)).toBeCloseTo(20, 9);
  });

  it('is used percent minus the elapsed share: ahead positive, behind negative', () => {
    expect(pacePercent(fiveHour(52, 2 * HOUR), T0, RULE)).toBeCloseTo(12, 9);
    expect(pacePercent(fiveHour(20, 2 * HOUR), T0, RULE)).toBeCloseTo(-20, 9);
  });

  it('needs the window length and reset time, and a window that has not ended', () => {
    expect(pacePercent({ usedPercent: 50, windowMinutes: null, resetsAt: T0 + HOUR }, T0, RULE)).toBeNull();
    expect(pacePercent({ usedPercent: 50, windowMinutes: 300, resetsAt: null }, T0, RULE)).toBeNull();
    expect(pacePercent({ usedPercent: 50, windowMinutes: 300, resetsAt: T0 - MIN }, T0, RULE)).toBeNull();
  });

  it('uses the 15-minute floor for short windows and 10 % for long ones', () => {
    const hourly = { usedPercent: 40, windowMinutes: 60, resetsAt: T0 + 50 * MIN };
    expect(pacePercent(hourly, T0, RULE)).toBeNull(); // 10 min elapsed, 10 % reached but not 15 min
    const weekly = { usedPercent: 20, windowMinutes: 7 * 24 * 60, resetsAt: T0 + 7 * DAY - 16 * HOUR };
    expect(pacePercent(weekly, T0, RULE)).toBeNull(); // 16 h < 16.8 h
    expect(pacePercent({ ...weekly, resetsAt: T0 + 6 * DAY }, T0, RULE)).toBeCloseTo(20 - 100 / 7, 9);
  });
});
