import { describe, expect, it } from 'vitest';
import { createTicker } from '../../../../apps/renderer/src/shared/ticker';

/** Fake timers: the test fires the interval by hand. */
function fakeTimers() {
  const running = new Map<number, () => void>();
  let next = 1;
  return {
    start: (fn: () => void) => {
      running.set(next, fn);
      return next++;
    },
    stop: (h: unknown) => running.delete(h as number),
    fire: () => {
      for (const fn of running.values()) fn();
    },
    count: () => running.size,
  };
}

describe('shared ticker', () => {
  it('runs one interval for any number of listeners, and none without listeners', () => {
    const timers = fakeTimers();
    const ticker = createTicker(timers.start, timers.stop, () => 0);
    expect(timers.count()).toBe(0);
    const offA = ticker.subscribe(() => undefined);
    const offB = ticker.subscribe(() => undefined);
    expect(timers.count()).toBe(1);
    offA();
    expect(timers.count()).toBe(1);
    offB();
    expect(timers.count()).toBe(0);
  });

  it('notifies every listener on each tick with the new time', () => {
    const timers = fakeTimers();
    let clock = 1000;
    const ticker = createTicker(timers.start, timers.stop, () => clock);
    const seen: number[] = [];
    ticker.subscribe(() => seen.push(ticker.now()));
    ticker.subscribe(() => seen.push(ticker.now()));
    clock = 2000;
    expect(ticker.now()).toBe(1000);
    timers.fire();
    expect(seen).toEqual([2000, 2000]);
  });

  it('reads the clock directly while nothing listens', () => {
    let clock = 5;
    const ticker = createTicker(
      () => 1,
      () => undefined,
      () => clock,
    );
    clock = 9;
    expect(ticker.now()).toBe(9);
  });
});
