import { describe, expect, it } from 'vitest';
import { walletLevel, windowLevel } from '../../../../../apps/main/src/core/analysis';
import { HOUR, T0 } from './series/build';

const base = {
  usedPercent: 50,
  resetsAt: T0 + 2 * HOUR,
  windowMinutes: 300,
  now: T0,
  warnPercent: 80,
  critPercent: 95,
};

describe('windowLevel', () => {
  it('grades the used percent projected at the reset', () => {
    expect(windowLevel({ ...base, percentPerHour: null })).toBe('none');
    expect(windowLevel({ ...base, percentPerHour: 0 })).toBe('none');
    expect(windowLevel({ ...base, percentPerHour: 10 })).toBe('low'); // 70 %
    expect(windowLevel({ ...base, percentPerHour: 16 })).toBe('medium'); // 82 %
    expect(windowLevel({ ...base, percentPerHour: 23 })).toBe('high'); // 96 %
    expect(windowLevel({ ...base, percentPerHour: 25 })).toBe('critical'); // 100 %
  });

  it('uses the window length without a reset time, and low without either', () => {
    expect(windowLevel({ ...base, resetsAt: null, percentPerHour: 10 })).toBe('critical'); // 50 + 10 × 5 h
    expect(windowLevel({ ...base, resetsAt: null, windowMinutes: null, percentPerHour: 10 })).toBe('low');
  });

  it('honours the user thresholds', () => {
    expect(windowLevel({ ...base, percentPerHour: 10, warnPercent: 60 })).toBe('medium');
  });
});

describe('walletLevel', () => {
  it('grades the runway at the current spend', () => {
    expect(walletLevel(null, 100)).toBe('none');
    expect(walletLevel(0, 100)).toBe('none');
    expect(walletLevel(1, null)).toBe('none');
    const perDay = (d: number) => d / 1440;
    expect(walletLevel(perDay(200), 100)).toBe('critical'); // half a day
    expect(walletLevel(perDay(50), 100)).toBe('high'); // 2 days
    expect(walletLevel(perDay(20), 100)).toBe('medium'); // 5 days
    expect(walletLevel(perDay(5), 100)).toBe('low'); // 20 days
  });
});
