// Pushed statuses reach the store once per frame, not once per message. Every WebSocket message (or
// IPC event) is its own task, so 50 accounts updated together meant 50 store updates, 50 React
// commits and up to 50 layouts and paints. Here they are kept (the latest per account, so a hidden
// window that gets no frames holds at most one per account) and applied together on the next frame,
// or after FALLBACK_MS when frames are throttled. Any other event flushes them first, so the store
// sees every event in the order it was sent.
import type { AccountStatus } from '@contract';
import type { AppDispatch } from '../store';
import { statusesUpdated } from './actions';

/** Upper bound on the delay when the window gets no animation frames (hidden, minimized). */
const FALLBACK_MS = 100;

export interface StatusBatcher {
  push(status: AccountStatus): void;
  /** Applies what is pending now. */
  flush(): void;
  /** Applies what is pending and stops the timers. */
  dispose(): void;
}

type Cancel = () => void;

/** Runs `fn` on the next animation frame or after FALLBACK_MS, whichever comes first. */
function nextFrame(fn: () => void): Cancel {
  const timer = setTimeout(fn, FALLBACK_MS);
  const raf = globalThis.requestAnimationFrame as ((cb: () => void) => number) | undefined;
  const frame = raf ? raf(fn) : null;
  return () => {
    clearTimeout(timer);
    if (frame !== null) globalThis.cancelAnimationFrame(frame);
  };
}

/** A batcher dispatching `statusesUpdated`; `schedule` is injectable for tests. */
export function createStatusBatcher(dispatch: AppDispatch, schedule = nextFrame): StatusBatcher {
  const pending = new Map<string, AccountStatus>();
  let cancel: Cancel | null = null;
  const flush = (): void => {
    cancel?.();
    cancel = null;
    if (pending.size === 0) return;
    const statuses = [...pending.values()];
    pending.clear();
    dispatch(statusesUpdated(statuses));
  };
  return {
    push(status) {
      pending.set(status.account.id, status);
      cancel ??= schedule(flush);
    },
    flush,
    dispose: flush,
  };
}
