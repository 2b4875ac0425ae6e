// The usage model without HTTP: consumption from elapsed clock time, blocking at a full window,
// first-use and grid windows, burst patterns, rate changes and initial usage.
import { describe, expect, it } from 'vitest';
import { UsageModel } from '../../../../apps/main/src/simulator/usage-model';
import { createWindow, periodicGrid } from '../../../../apps/main/src/simulator/model/windows';
import type { WindowState } from '../../../../apps/main/src/simulator/model/windows';

const T0 = Date.UTC(2026, 0, 1);
const MIN = 60_000;
const HOUR = 60 * MIN;

function glmLike(limit5h = 100, limitWeek = 300): WindowState[] {
  return [
    createWindow('five_hour', 'main', limit5h, { kind: 'first_use', lengthMs: 5 * HOUR }, T0),
    createWindow('weekly', 'main', limitWeek, { kind: 'grid', bounds: periodicGrid(T0, 7 * 24 * HOUR) }, T0),
  ];
}

const used = (m: UsageModel, id: 'five_hour' | 'weekly' | 'mcp_monthly'): number | undefined =>
  m.window(id)?.used;

describe('UsageModel', () => {
  it('consumes at the burn rate only while active and computes from elapsed time, not ticks', () => {
    const m = new UsageModel({
      createdAt: T0,
      windows: glmLike(1000, 5000),
      wallets: [],
      burn: { perMinute: 2 },
    });
    m.advanceTo(T0 + HOUR);
    expect(used(m, 'five_hour')).toBe(0);
    expect(m.window('five_hour')?.start).toBeNull();
    m.setPattern({ kind: 'active' }, T0 + HOUR);
    m.advanceTo(T0 + HOUR + 90 * MIN);
    expect(used(m, 'five_hour')).toBe(180);
    expect(m.window('five_hour')).toMatchObject({ start: T0 + HOUR, end: T0 + 6 * HOUR });
    m.setBurn({ perMinute: 1 }, T0 + 3 * HOUR);
    m.advanceTo(T0 + 4 * HOUR);
    expect(used(m, 'five_hour')).toBe(300);
    expect(used(m, 'weekly')).toBe(300);
  });

  it('stops a pool when any of its windows is full, and starts a new first-use window at reset', () => {
    const m = new UsageModel({
      createdAt: T0,
      windows: glmLike(100, 150),
      wallets: [],
      burn: { perMinute: 1 },
      pattern: { kind: 'active' },
    });
    m.advanceTo(T0 + 2 * HOUR);
    expect(used(m, 'five_hour')).toBe(100);
    m.advanceTo(T0 + 5 * HOUR + 30 * MIN); // new 5-hour window from T0+5h; weekly caps it at 50
    expect(m.window('five_hour')).toMatchObject({ start: T0 + 5 * HOUR, used: 30 });
    m.advanceTo(T0 + 7 * HOUR);
    expect(used(m, 'five_hour')).toBe(50);
    expect(used(m, 'weekly')).toBe(150);
    m.advanceTo(T0 + 7 * 24 * HOUR + 10 * MIN); // the week turned over
    expect(m.window('weekly')).toMatchObject({ start: T0 + 7 * 24 * HOUR, used: 10 });
  });

  it('follows bursts: active minutes on, idle minutes off, counted from the pattern start', () => {
    const m = new UsageModel({
      createdAt: T0,
      windows: glmLike(10_000, 10_000),
      wallets: [],
      burn: { perMinute: 1 },
    });
    m.setPattern({ kind: 'bursts', activeMinutes: 10, idleMinutes: 20 }, T0);
    m.advanceTo(T0 + 95 * MIN); // 3 full periods (30) + 5 minutes of the 4th
    expect(used(m, 'five_hour')).toBe(35);
    expect(m.active).toBe(true);
    m.advanceTo(T0 + 100 * MIN + 1);
    expect(m.active).toBe(false);
  });

  it('keeps the hourly history in step with consumption', () => {
    const m = new UsageModel({
      createdAt: T0,
      windows: glmLike(10_000, 10_000),
      wallets: [],
      burn: { perMinute: 1 },
      pattern: { kind: 'active' },
    });
    m.advanceTo(T0 + 150 * MIN);
    expect(m.history.sum(T0, T0 + HOUR, 'main')).toBe(60);
    expect(m.history.sum(T0 + 2 * HOUR, T0 + 3 * HOUR, 'main')).toBe(30);
    expect(m.history.sum(T0, T0 + 3 * HOUR, 'main')).toBe(150);
  });

  it('applies initial usage: the week holds at least the 5-hour window, which starts at creation', () => {
    const m = new UsageModel({
      createdAt: T0,
      windows: glmLike(),
      wallets: [],
      initialUsed: { five_hour: 40 },
    });
    expect(m.window('five_hour')).toMatchObject({ used: 40, start: T0 });
    expect(used(m, 'weekly')).toBe(40);
    const capped = new UsageModel({
      createdAt: T0,
      windows: glmLike(),
      wallets: [],
      initialUsed: { five_hour: 500, weekly: 120 },
    });
    expect(used(capped, 'five_hour')).toBe(100);
    expect(used(capped, 'weekly')).toBe(300);
  });

  it('never runs back in time', () => {
    const m = new UsageModel({
      createdAt: T0,
      windows: glmLike(),
      wallets: [],
      burn: { perMinute: 1 },
      pattern: { kind: 'active' },
    });
    m.advanceTo(T0 + 10 * MIN);
    m.advanceTo(T0 + 5 * MIN);
    expect(m.time).toBe(T0 + 10 * MIN);
    expect(used(m, 'five_hour')).toBe(10);
  });
});
