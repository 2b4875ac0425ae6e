// The polling loop: single flight per account, per-host concurrency and budget, jittered cadence,
// exponential backoff honouring Retry-After, and pause/resume. Time comes from a Clock, so tests
// and the soak benchmark run it on virtual time.
import type { FailureKind } from '@contract';
import type { Clock, TimerHandle } from '../clock/clock';
import { HostLimiter, DEFAULT_HOST_LIMITS } from './host-limiter';
import type { HostLimits } from './host-limiter';
import { DEFAULT_MAX_BACKOFF_MS, delayAfterFailure, delayAfterSuccess, initialDelay } from './policy';
import type { CadenceConfig } from './policy';

export interface ScheduledAccount {
  id: string;
  /** Requests to the same host share its concurrency limit and budget. */
  host: string;
  intervalMs: number;
}

export type PollOutcome = { ok: true } | { ok: false; kind: FailureKind; retryAfterMs?: number };
export type PollFn = (accountId: string, signal: AbortSignal) => Promise<PollOutcome>;

export type PauseReason = 'user' | 'suspend' | 'lock' | 'offline';

export interface SchedulerOptions {
  clock: Clock;
  poll: PollFn;
  random?: () => number;
  hostLimits?: HostLimits;
  jitter?: number;
  maxBackoffMs?: number;
  /** Called when an unexpected exception escapes `poll` (a bug, not a provider failure). */
  onPollCrash?: (accountId: string, error: unknown) => void;
}

interface Entry {
  account: ScheduledAccount;
  dueAt: number;
  failures: number;
  /** Earliest time a manual refresh may run (a provider's Retry-After). */
  notBefore: number;
  running: { controller: AbortController; done: Promise<void> } | null;
}

export class Scheduler {
  private readonly entries = new Map<string, Entry>();
  private readonly limiter: HostLimiter;
  private readonly random: () => number;
  private readonly pauseReasons = new Set<PauseReason>();
  private timer: TimerHandle | null = null;
  private timerAt = Infinity;
  private running = false;

  constructor(private readonly options: SchedulerOptions) {
    this.limiter = new HostLimiter(options.hostLimits ?? DEFAULT_HOST_LIMITS);
    this.random = options.random ?? Math.random;
  }

  /** Adds an account or updates its host and interval; a new account is polled soon. */
  upsert(account: ScheduledAccount): void {
    const existing = this.entries.get(account.id);
    if (existing) {
      const intervalChanged = existing.account.intervalMs !== account.intervalMs;
      existing.account = account;
      if (intervalChanged && existing.failures === 0) {
        existing.dueAt = Math.min(
          existing.dueAt,
          this.now() + delayAfterSuccess(this.cadence(account), this.random),
        );
      }
    } else {
      this.entries.set(account.id, {
        account,
        dueAt: this.now() + initialDelay(this.cadence(account), this.random),
        failures: 0,
        notBefore: 0,
        running: null,
      });
    }
    this.pump();
  }

  /** Forgets an account, aborting its request in flight. */
  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    entry.running?.controller.abort(new Error('account removed'));
    this.entries.delete(id);
    this.pump();
  }

  start(): void {
    this.running = true;
    this.pump();
  }

  /** Stops the loop, aborts requests in flight and waits for them to settle. */
  async stop(): Promise<void> {
    this.running = false;
    this.disarm();
    const pending: Promise<void>[] = [];
    for (const entry of this.entries.values()) {
      if (entry.running) {
        entry.running.controller.abort(new Error('scheduler stopped'));
        pending.push(entry.running.done);
      }
    }
    await Promise.allSettled(pending);
  }

  /** Polls one account (or all) as soon as limits allow; Retry-After is still honoured. */
  refresh(id?: string): void {
    const now = this.now();
    for (const entry of id ? [this.entries.get(id)].filter((e) => e !== undefined) : this.entries.values()) {
      entry.dueAt = Math.max(now, entry.notBefore);
    }
    this.pump();
  }

  /** Sets or clears one pause reason; when the last one clears, every account refreshes once. */
  setPaused(reason: PauseReason, paused: boolean): void {
    const wasPaused = this.pauseReasons.size > 0;
    if (paused) this.pauseReasons.add(reason);
    else this.pauseReasons.delete(reason);
    const nowPaused = this.pauseReasons.size > 0;
    if (wasPaused && !nowPaused) this.refresh();
    else if (!wasPaused && nowPaused) this.disarm();
  }

  get isPaused(): boolean {
    return this.pauseReasons.size > 0;
  }

  /** The most important reason the scheduler is paused, or null. */
  get pauseReason(): PauseReason | null {
    for (const r of ['user', 'suspend', 'lock', 'offline'] as const) if (this.pauseReasons.has(r)) return r;
    return null;
  }

  nextPollAt(id: string): number | null {
    const entry = this.entries.get(id);
    if (!entry || this.isPaused || !this.running) return null;
    return entry.running ? this.now() : entry.dueAt;
  }

  inFlight(): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.running) n++;
    return n;
  }

  private now(): number {
    return this.options.clock.now();
  }

  private cadence(account: ScheduledAccount): CadenceConfig {
    return {
      intervalMs: account.intervalMs,
      jitter: this.options.jitter ?? 0.1,
      maxBackoffMs: this.options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS,
    };
  }

  /** Starts every due poll that limits allow, then arms the timer for the next one. */
  private pump(): void {
    if (!this.running || this.isPaused) return;
    const now = this.now();
    const due = [...this.entries.values()]
      .filter((e) => !e.running && e.dueAt <= now)
      .sort((a, b) => a.dueAt - b.dueAt);
    for (const entry of due) {
      const host = entry.account.host;
      if (this.limiter.canStart(host, now)) this.launch(entry, now);
      else if (this.limiter.inFlightFor(host) === 0) entry.dueAt = this.limiter.budgetFreeAt(host, now);
      // else: a request to this host is in flight; its completion pumps again.
    }
    this.arm();
  }

  private launch(entry: Entry, now: number): void {
    const { id, host } = entry.account;
    const controller = new AbortController();
    this.limiter.start(host, now);
    const done = (async () => {
      let outcome: PollOutcome;
      try {
        outcome = await this.options.poll(id, controller.signal);
      } catch (error) {
        this.options.onPollCrash?.(id, error);
        outcome = { ok: false, kind: 'network_error' };
      }
      this.limiter.finish(host);
      if (this.entries.get(id) !== entry) return;
      entry.running = null;
      this.settle(entry, outcome);
      this.pump();
    })();
    entry.running = { controller, done };
  }

  private settle(entry: Entry, outcome: PollOutcome): void {
    const now = this.now();
    const cfg = this.cadence(entry.account);
    if (outcome.ok) {
      entry.failures = 0;
      entry.notBefore = 0;
      entry.dueAt = now + delayAfterSuccess(cfg, this.random);
      return;
    }
    entry.failures += 1;
    const delay = delayAfterFailure(cfg, outcome, entry.failures, this.random);
    entry.dueAt = now + delay;
    entry.notBefore = outcome.retryAfterMs ? now + outcome.retryAfterMs : 0;
  }

  private arm(): void {
    const now = this.now();
    let next = Infinity;
    for (const e of this.entries.values()) {
      if (e.running || e.dueAt >= next) continue;
      // A due account whose host is busy waits for that host's next completion, not for a timer.
      if (e.dueAt <= now && !this.limiter.canStart(e.account.host, now)) continue;
      next = e.dueAt;
    }
    if (next === this.timerAt && this.timer) return;
    this.disarm();
    if (!Number.isFinite(next) || !this.running || this.isPaused) return;
    this.timerAt = next;
    this.timer = this.options.clock.setTimer(next - now, () => {
      this.timer = null;
      this.timerAt = Infinity;
      this.pump();
    });
  }

  private disarm(): void {
    this.timer?.cancel();
    this.timer = null;
    this.timerAt = Infinity;
  }
}
