// One bounded unit of background work: roll up, then prune, within `maxRows` rows and one
// transaction, so the engine can interleave it with polling and never block for long.
import type { Settings } from '@contract';
import type { EventsRepo, Maintenance, MaintenanceResult } from './types';
import type { Db } from './migrations';
import type { RollupBuilder } from './rollup-builder';
import type { Retention, RetentionState } from './retention';

const DAY = 86_400_000;

export interface MaintenanceDeps {
  db: Db;
  rollups: RollupBuilder;
  retention: Retention;
  events: EventsRepo;
  settings: () => Settings;
}

/** Builds the maintenance stepper. */
export function createMaintenance({
  db,
  rollups,
  retention,
  events,
  settings,
}: MaintenanceDeps): Maintenance {
  const states = db.prepare<[], RetentionState>(
    'SELECT acc, last_t, ok_t, minute_wm, hour_wm FROM account_state ORDER BY acc',
  );

  const step = db.transaction((maxRows: number, nowMs: number): MaintenanceResult => {
    const { retention: keep } = settings();
    const accounts = states.all();
    let budget = Math.max(1, Math.floor(maxRows));
    let rolledUp = 0;
    let pruned = 0;
    let done = true;

    for (const level of ['minutes', 'hours'] as const) {
      for (const s of accounts) {
        if (budget <= 0) {
          done = false;
          break;
        }
        const r = level === 'minutes' ? rollups.minutes(s, nowMs, budget) : rollups.hours(s, budget);
        rolledUp += r.rows;
        budget -= r.rows;
        if (!r.complete) done = false;
      }
    }

    for (const s of accounts) {
      for (const prune of [
        () => retention.raw(s, nowMs, keep.rawDays, budget),
        () => retention.minutes(s, nowMs, keep.minuteDays, budget),
      ]) {
        const asked = budget;
        if (asked <= 0) {
          done = false;
          break;
        }
        const n = prune();
        pruned += n;
        budget -= n;
        if (n >= asked) done = false;
      }
    }
    if (budget > 0) {
      const n = events.prune(nowMs - keep.minuteDays * DAY, budget);
      pruned += n;
      if (n >= budget) done = false;
    } else {
      done = false;
    }
    return { rolledUp, pruned, done };
  });

  return { step: (budget, nowMs) => step(budget.maxRows, nowMs) };
}
