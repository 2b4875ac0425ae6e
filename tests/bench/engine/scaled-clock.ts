// A clock that runs `speed` times faster than real time from a shared origin. Two processes built
// with the same origin and speed agree on the time without talking, so the simulator can run in a
// child process (its CPU kept out of the engine's) while both see the same accelerated day.
import type { Clock, TimerHandle } from '../../../apps/main/src/core/clock/clock';

export interface ScaledClockSpec {
  /** Real epoch ms (with fraction) at which virtual time equals `originVirtual`. */
  originReal: number;
  originVirtual: number;
  speed: number;
}

/** Real epoch milliseconds with sub-millisecond resolution, comparable across processes. */
export const realNow = (): number => performance.timeOrigin + performance.now();

/** Builds the accelerated clock for `spec`. */
export function scaledClock(spec: ScaledClockSpec): Clock {
  return {
    now: () => Math.floor(spec.originVirtual + (realNow() - spec.originReal) * spec.speed),
    setTimer(ms, fn): TimerHandle {
      const t = setTimeout(fn, Math.max(0, ms) / spec.speed);
      t.unref();
      return { cancel: () => clearTimeout(t) };
    },
  };
}
