import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../../../apps/main/src/core/analysis/steps';
import { analyseEvents, holdFor } from '../../../../../apps/main/src/core/analysis/stretches';
import { MIN, SEC, T0, options } from './series/build';

const AW = 3 * MIN;
const ev = (atMin: number, strength: ChangeEvent['strength'], dismissed = false): ChangeEvent => ({
  series: 'w',
  t0: T0 + atMin * MIN - 10 * SEC,
  t1: T0 + atMin * MIN,
  strength,
  amount: 1,
  dismissed,
});

describe('holdFor', () => {
  it('is the activity window without a gap history or for fast changes', () => {
    expect(holdFor([T0], AW, 60 * MIN)).toBe(AW);
    expect(holdFor([T0, T0 + 10 * SEC, T0 + 20 * SEC], AW, 60 * MIN)).toBe(AW);
  });

  it('stretches to twice the time per step for slow steps, up to the cap', () => {
    const every20 = [0, 20, 40, 60].map((m) => T0 + m * MIN);
    expect(holdFor(every20, AW, 60 * MIN)).toBe(40 * MIN);
    const every45 = [0, 45, 90].map((m) => T0 + m * MIN);
    expect(holdFor(every45, AW, 60 * MIN)).toBe(60 * MIN);
  });
});

describe('analyseEvents', () => {
  const opts = options('minimax-cn', T0 + 200 * MIN);

  it('joins two weak steps 20 minutes apart into one stretch', () => {
    const { stretches, pending } = analyseEvents([ev(0, 'weak'), ev(20, 'weak'), ev(40, 'weak')], opts);
    expect(stretches).toHaveLength(1);
    expect(stretches[0]?.events).toHaveLength(3);
    expect(stretches[0]?.holdMs).toBe(40 * MIN);
    expect(pending).toBeNull();
  });

  it('leaves a lone weak step pending and ignores dismissed ones', () => {
    expect(analyseEvents([ev(5, 'weak')], opts)).toMatchObject({
      stretches: [],
      pending: { t1: T0 + 5 * MIN },
    });
    expect(analyseEvents([ev(5, 'weak', true)], opts)).toMatchObject({ stretches: [], pending: null });
  });

  it('does not let weak steps further apart than maxHold confirm each other', () => {
    const { stretches, pending } = analyseEvents([ev(0, 'weak'), ev(90, 'weak')], opts);
    expect(stretches).toEqual([]);
    expect(pending?.t1).toBe(T0 + 90 * MIN);
  });

  it('splits real changes separated by more than the hold', () => {
    const { stretches } = analyseEvents([ev(0, 'real'), ev(1, 'real'), ev(30, 'real')], opts);
    expect(stretches.map((s) => [s.start, s.end])).toEqual([
      [T0 - 10 * SEC, T0 + MIN],
      [T0 + 30 * MIN - 10 * SEC, T0 + 30 * MIN],
    ]);
  });

  it('lets a weak step inside an active stretch continue it', () => {
    const { stretches } = analyseEvents([ev(0, 'real'), ev(2, 'weak')], opts);
    expect(stretches).toHaveLength(1);
    expect(stretches[0]?.end).toBe(T0 + 2 * MIN);
  });
});
