// Activity over time: whether an account is consuming at a moment, and when that next changes.
import type { SimPattern } from '../types';
import { MINUTE } from './time';

export interface Activity {
  isActive(t: number): boolean;
  /** The first moment after `t` at which `isActive` flips; Infinity when it never does. */
  nextChange(t: number): number;
}

/** Builds the activity of `pattern`, with bursts counted from `origin`. */
export function activityOf(pattern: SimPattern, origin: number): Activity {
  switch (pattern.kind) {
    case 'active':
      return { isActive: () => true, nextChange: () => Infinity };
    case 'idle':
      return { isActive: () => false, nextChange: () => Infinity };
    case 'bursts': {
      const on = Math.max(0, pattern.activeMinutes) * MINUTE;
      const period = on + Math.max(0, pattern.idleMinutes) * MINUTE;
      if (on === 0) return activityOf({ kind: 'idle' }, origin);
      if (on === period) return activityOf({ kind: 'active' }, origin);
      const start = origin + (pattern.offsetMinutes ?? 0) * MINUTE;
      const phase = (t: number): number => (((t - start) % period) + period) % period;
      return {
        isActive: (t) => phase(t) < on,
        nextChange: (t) => {
          const p = phase(t);
          return t - p + (p < on ? on : period);
        },
      };
    }
  }
}
