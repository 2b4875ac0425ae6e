// Calendar arithmetic in fixed zones, and the grids built on it.
import { describe, expect, it } from 'vitest';
import {
  BEIJING,
  addMonths,
  formatLocal,
  parseLocal,
  startOfDay,
  startOfWeek,
} from '../../../../../apps/main/src/simulator/model/time';
import { monthlyGrid, periodicGrid } from '../../../../../apps/main/src/simulator/model/windows';
import { activityOf } from '../../../../../apps/main/src/simulator/model/pattern';

describe('time', () => {
  it('finds days and Monday weeks in UTC and Beijing time', () => {
    const t = Date.UTC(2026, 6, 27, 15, 31); // Monday 15:31 UTC = Monday 23:31 Beijing
    expect(startOfDay(t, 0)).toBe(Date.UTC(2026, 6, 27));
    expect(startOfDay(t, BEIJING)).toBe(Date.UTC(2026, 6, 26, 16));
    expect(startOfWeek(t, 0)).toBe(Date.UTC(2026, 6, 27));
    expect(startOfWeek(Date.UTC(2026, 7, 2, 23), 0)).toBe(Date.UTC(2026, 6, 27)); // Sunday belongs to the week before
  });

  it('adds calendar months with the day clamped, and grids them', () => {
    expect(addMonths(Date.UTC(2026, 0, 31, 2), 1, 0)).toBe(Date.UTC(2026, 1, 28, 2));
    const grid = monthlyGrid(Date.UTC(2026, 0, 31), (t, k) => addMonths(t, k, 0));
    expect(grid(Date.UTC(2026, 2, 1))).toEqual([Date.UTC(2026, 1, 28), Date.UTC(2026, 2, 31)]);
    expect(grid(Date.UTC(2026, 0, 30))).toEqual([Date.UTC(2025, 11, 31), Date.UTC(2026, 0, 31)]);
    expect(periodicGrid(100, 50)(260)).toEqual([250, 300]);
  });

  it('formats and parses local times', () => {
    const t = Date.UTC(2026, 8, 17, 2, 3, 4);
    expect(formatLocal(t, BEIJING)).toBe('2026-09-17 10:03:04');
    expect(formatLocal(t, BEIJING, 'hour')).toBe('2026-09-17 10:00');
    expect(formatLocal(t, BEIJING, 'second', 'T')).toBe('2026-09-17T10:03:04');
    expect(parseLocal('2026-09-17 10:03:04', BEIJING)).toBe(t);
    expect(parseLocal('2026-09-17', 0)).toBe(Date.UTC(2026, 8, 17));
    expect(parseLocal('yesterday', 0)).toBeNull();
  });

  it('tells when a burst pattern flips', () => {
    const a = activityOf({ kind: 'bursts', activeMinutes: 1, idleMinutes: 2 }, 0);
    expect([a.isActive(0), a.isActive(59_999), a.isActive(60_000), a.isActive(180_000)]).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect(a.nextChange(0)).toBe(60_000);
    expect(a.nextChange(60_000)).toBe(180_000);
    expect(activityOf({ kind: 'active' }, 0).nextChange(5)).toBe(Infinity);
  });
});
