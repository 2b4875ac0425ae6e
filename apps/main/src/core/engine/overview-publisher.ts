// Pushes the overview strip's totals: coalesced (many polls finishing together produce one push)
// and only when the totals actually changed.
import type { AccountStatus, Overview } from '@contract';
import { computeOverview } from '../analysis';
import type { EventBus } from '../api/event-bus';
import type { Clock, TimerHandle } from '../clock/clock';

/** At most one overview push per this long, however many statuses change. */
const COALESCE_MS = 250;

export class OverviewPublisher {
  private timer: TimerHandle | null = null;
  private last = '';

  /** `statuses` returns the statuses already pushed, so a push never rebuilds every account's status. */
  constructor(
    private readonly clock: Clock,
    private readonly events: EventBus,
    private readonly statuses: () => AccountStatus[],
  ) {}

  /** Publishes soon, once, however often it is called in the meantime. */
  schedule(): void {
    if (this.timer) return;
    this.timer = this.clock.setTimer(COALESCE_MS, () => {
      this.timer = null;
      this.publishNow();
    });
  }

  /** Publishes now if the totals changed. */
  publishNow(): Overview {
    const overview = computeOverview(this.statuses());
    const serialized = JSON.stringify(overview);
    if (serialized !== this.last) {
      this.last = serialized;
      this.events.emit('overview:updated', overview);
    }
    return overview;
  }

  stop(): void {
    this.timer?.cancel();
    this.timer = null;
  }
}
