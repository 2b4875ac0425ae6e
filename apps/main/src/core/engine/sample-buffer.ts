// The recent successful samples of one account, kept in memory for the analysis (which runs on every
// poll) and reloaded from the store at start, so rates and activity survive a restart.
import type { AccountSnapshot } from '@contract';
import type { Sample } from '../analysis';

export class SampleBuffer {
  private samples: Sample[] = [];

  constructor(private readonly keepMs: number) {}

  /** Replaces the contents with stored snapshots (oldest first). */
  load(snapshots: readonly AccountSnapshot[]): void {
    this.samples = snapshots.filter((s) => s.status === 'ok').map((s) => ({ t: s.fetchedAt, snapshot: s }));
  }

  /** Appends a successful snapshot and forgets what has aged past the horizon. */
  push(snapshot: AccountSnapshot): void {
    if (snapshot.status !== 'ok') return;
    // The same reading can arrive twice (restored at start, then recorded); keep time strictly rising.
    const last = this.samples[this.samples.length - 1];
    if (last && snapshot.fetchedAt <= last.t) return;
    this.samples.push({ t: snapshot.fetchedAt, snapshot });
    const cutoff = snapshot.fetchedAt - this.keepMs;
    let drop = 0;
    while (drop < this.samples.length && (this.samples[drop]?.t ?? Infinity) < cutoff) drop++;
    // Splice in chunks: cheaper than shifting on every poll, and the array never grows unbounded.
    if (drop > 32 || drop === this.samples.length) this.samples.splice(0, drop);
  }

  /** Samples newer than `since` (all when omitted), oldest first. */
  all(since = -Infinity): readonly Sample[] {
    if (since === -Infinity) return this.samples;
    let i = 0;
    while (i < this.samples.length && (this.samples[i]?.t ?? 0) < since) i++;
    return this.samples.slice(i);
  }

  get size(): number {
    return this.samples.length;
  }
}
