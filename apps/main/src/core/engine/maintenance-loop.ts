// Rollups and retention run a bounded step at a time, so nothing ever blocks the poll loop for long:
// every few seconds while there is a backlog (after a restart or a long sleep), then once a minute.
import type { Clock, TimerHandle } from '../clock/clock';
import type { Logger } from '../log/logger';
import type { Store } from '../store';

const CATCH_UP_MS = 5_000;
const IDLE_MS = 60_000;
const STEPS_PER_RUN = 4;
const ROWS_PER_STEP = 2_000;

/** Starts the loop; the returned function stops it. */
export function startMaintenanceLoop(store: Store, clock: Clock, logger: Logger): () => void {
  let timer: TimerHandle | null = null;
  let stopped = false;
  const arm = (delayMs: number): void => {
    if (stopped) return;
    timer = clock.setTimer(delayMs, () => {
      let done = false;
      try {
        const now = clock.now();
        for (let i = 0; i < STEPS_PER_RUN && !done; i++)
          done = store.maintenance.step({ maxRows: ROWS_PER_STEP }, now).done;
      } catch (error) {
        // A failing step is retried at the relaxed pace rather than hammered every few seconds.
        logger.error('store maintenance failed', { error });
        done = true;
      }
      arm(done ? IDLE_MS : CATCH_UP_MS);
    });
  };
  arm(CATCH_UP_MS);
  return () => {
    stopped = true;
    timer?.cancel();
  };
}
