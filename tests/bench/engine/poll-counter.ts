// Counts finished polls from the core's push events: every completed poll leaves the account with a
// new latest snapshot, which `status:updated` carries, so a changed `fetchedAt` is one poll.
import type { EventBus } from '../../../apps/main/src/core/api/event-bus';

export interface PollCounter {
  readonly polls: number;
  dispose(): void;
}

/** Starts counting polls seen on `events`. */
export function countPolls(events: EventBus): PollCounter {
  const last = new Map<string, number>();
  let polls = 0;
  const off = events.on('status:updated', (status) => {
    const at = status.snapshot?.fetchedAt;
    if (at === undefined || last.get(status.account.id) === at) return;
    last.set(status.account.id, at);
    polls++;
  });
  return {
    get polls() {
      return polls;
    },
    dispose: off,
  };
}
