// Counts the core's HTTP requests in flight through undici's diagnostics channels, so a virtual-time
// driver can wait exactly until every poll a step started has finished (response read, snapshot
// stored, status pushed) instead of sleeping a fixed time.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';

const CREATED = 'undici:request:create';
const ENDED = ['undici:request:trailers', 'undici:request:error'] as const;

/** Lets queued callbacks run: one full event-loop turn. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class RequestTracker {
  inFlight = 0;
  started = 0;
  private changes = 0;
  private waiter: (() => void) | null = null;

  private readonly onCreate = (): void => {
    this.inFlight++;
    this.started++;
    this.changes++;
  };

  private readonly onEnd = (): void => {
    this.inFlight = Math.max(0, this.inFlight - 1);
    this.changes++;
    const w = this.waiter;
    this.waiter = null;
    w?.();
  };

  constructor() {
    subscribe(CREATED, this.onCreate);
    for (const name of ENDED) subscribe(name, this.onEnd);
  }

  /**
   * Resolves once no request is in flight and none started or ended for a few loop turns: the code
   * after a response (body read, one setImmediate in the client, parse, store, analysis) has run and
   * no adapter issued a follow-up request.
   */
  async settled(quietTurns = 3): Promise<void> {
    let quiet = 0;
    let seen = this.changes;
    while (quiet < quietTurns) {
      if (this.inFlight > 0) {
        await new Promise<void>((resolve) => (this.waiter = resolve));
        quiet = 0;
        seen = this.changes;
        continue;
      }
      await turn();
      if (this.changes === seen && this.inFlight === 0) quiet++;
      else {
        quiet = 0;
        seen = this.changes;
      }
    }
  }

  dispose(): void {
    unsubscribe(CREATED, this.onCreate);
    for (const name of ENDED) unsubscribe(name, this.onEnd);
  }
}
