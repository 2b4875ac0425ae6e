// Hour-by-hour record of what an account consumed, for GLM's model-usage and tool-usage series.
import { HOUR } from './time';

export type Pool = 'main' | 'mcp' | 'video';

const RETENTION = 40 * 24 * HOUR;

export class UsageHistory {
  private readonly buckets = new Map<number, Record<Pool, number>>();

  /** Adds `amount` of `pool` to the hour containing `t`. */
  add(t: number, pool: Pool, amount: number): void {
    if (amount <= 0) return;
    const hour = Math.floor(t / HOUR) * HOUR;
    let bucket = this.buckets.get(hour);
    if (!bucket) {
      bucket = { main: 0, mcp: 0, video: 0 };
      this.buckets.set(hour, bucket);
    }
    bucket[pool] += amount;
  }

  /** Spreads `amount` evenly over the hours of [from, to) (initial usage "already spent" before creation). */
  spread(from: number, to: number, pool: Pool, amount: number): void {
    if (amount <= 0) return;
    const first = Math.floor(from / HOUR);
    const last = Math.max(first, Math.ceil(to / HOUR) - 1);
    const share = amount / (last - first + 1);
    for (let h = first; h <= last; h++) this.add(h * HOUR, pool, share);
  }

  /** Sum of `pool` over the whole hours starting in [from, to). */
  sum(from: number, to: number, pool: Pool): number {
    let total = 0;
    for (let hour = Math.ceil(from / HOUR) * HOUR; hour < to; hour += HOUR)
      total += this.buckets.get(hour)?.[pool] ?? 0;
    return total;
  }

  /** Drops hours older than the retention horizon. */
  prune(now: number): void {
    for (const hour of this.buckets.keys()) if (hour < now - RETENTION) this.buckets.delete(hour);
  }
}
