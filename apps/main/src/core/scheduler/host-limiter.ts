// Per-host limits: at most N requests in flight, and a request budget per rolling minute, so many
// accounts on one provider never look like abuse to it.

export interface HostLimits {
  maxInFlight: number;
  /** Requests allowed per host per rolling 60 s. */
  perMinuteBudget: number;
}

export const DEFAULT_HOST_LIMITS: HostLimits = { maxInFlight: 4, perMinuteBudget: 120 };

export class HostLimiter {
  private readonly inFlight = new Map<string, number>();
  private readonly recent = new Map<string, number[]>();

  constructor(private readonly limits: HostLimits = DEFAULT_HOST_LIMITS) {}

  /** True when a request to `host` may start at `now`. */
  canStart(host: string, now: number): boolean {
    if ((this.inFlight.get(host) ?? 0) >= this.limits.maxInFlight) return false;
    return this.window(host, now).length < this.limits.perMinuteBudget;
  }

  /** When the budget frees a slot for `host` (epoch ms), or `now` if it has room. */
  budgetFreeAt(host: string, now: number): number {
    const w = this.window(host, now);
    if (w.length < this.limits.perMinuteBudget) return now;
    return (w[w.length - this.limits.perMinuteBudget] ?? now) + 60_000;
  }

  start(host: string, now: number): void {
    this.inFlight.set(host, (this.inFlight.get(host) ?? 0) + 1);
    this.window(host, now).push(now);
  }

  finish(host: string): void {
    const n = (this.inFlight.get(host) ?? 1) - 1;
    if (n <= 0) this.inFlight.delete(host);
    else this.inFlight.set(host, n);
  }

  inFlightFor(host: string): number {
    return this.inFlight.get(host) ?? 0;
  }

  private window(host: string, now: number): number[] {
    let w = this.recent.get(host);
    if (!w) {
      w = [];
      this.recent.set(host, w);
    }
    let drop = 0;
    while (drop < w.length && (w[drop] ?? 0) <= now - 60_000) drop++;
    if (drop) w.splice(0, drop);
    return w;
  }
}
