// One shared clock for every countdown: a single 1 s interval runs while anything listens, and each
// countdown re-renders only when its own text changes (useSyncExternalStore compares snapshots).
import { useCallback, useSyncExternalStore } from 'react';

export interface Ticker {
  readonly subscribe: (listener: () => void) => () => void;
  readonly now: () => number;
}

/** A ticker over injectable timers (tests pass fakes). */
export function createTicker(
  startInterval: (fn: () => void, ms: number) => unknown,
  stopInterval: (handle: unknown) => void,
  clock: () => number = Date.now,
): Ticker {
  const listeners = new Set<() => void>();
  let handle: unknown = null;
  let current = clock();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      if (handle === null) {
        current = clock();
        handle = startInterval(() => {
          current = clock();
          for (const l of [...listeners]) l();
        }, 1000);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && handle !== null) {
          stopInterval(handle);
          handle = null;
        }
      };
    },
    now: () => (handle === null ? clock() : current),
  };
}

const shared = createTicker(
  (fn, ms) => window.setInterval(fn, ms),
  (h) => window.clearInterval(h as number),
);

/** A value derived from the current time, recomputed each second; return a primitive. */
export function useTicking<T extends string | number | boolean>(compute: (now: number) => T): T {
  const snapshot = useCallback(() => compute(shared.now()), [compute]);
  return useSyncExternalStore(shared.subscribe, snapshot);
}
