// The clock-driven usage model of one account. Nothing ticks: each request advances the model from
// the last time it was read to the clock's now, segment by segment (activity changes, window ends,
// hour edges), consuming at the burn rate while active. A pool stops consuming when any of its
// windows is full, as the real services refuse calls then; wallets stop at zero.
import type { SimBurn, SimPattern, SimWindowId } from './types';
import type { Activity } from './model/pattern';
import { activityOf } from './model/pattern';
import type { Pool } from './model/history';
import { UsageHistory } from './model/history';
import type { WindowState } from './model/windows';
import { rollWindow, touchWindow } from './model/windows';
import type { WalletState } from './model/wallets';
import { pruneLog, spend } from './model/wallets';
import { HOUR, MINUTE } from './model/time';

const POOLS: readonly Pool[] = ['main', 'mcp', 'video'];

export interface UsageModelInit {
  createdAt: number;
  windows: WindowState[];
  wallets: WalletState[];
  burn?: SimBurn;
  pattern?: SimPattern;
  initialUsed?: Partial<Record<SimWindowId, number>>;
  /** How far back wallet spend must stay answerable (DeepSeek settle delay). */
  settleDelayMs?: number;
}

export class UsageModel {
  readonly windows: WindowState[];
  readonly wallets: WalletState[];
  readonly history = new UsageHistory();
  private at: number;
  private burn: SimBurn;
  private activity: Activity;
  private readonly settleDelayMs: number;

  constructor(init: UsageModelInit) {
    this.at = init.createdAt;
    this.windows = init.windows;
    this.wallets = init.wallets;
    this.burn = { ...init.burn };
    this.activity = activityOf(init.pattern ?? { kind: 'idle' }, init.createdAt);
    this.settleDelayMs = init.settleDelayMs ?? 0;
    this.applyInitial(init.initialUsed ?? {});
  }

  /** Moves the model to `t`; earlier times are ignored (the clock never runs back). */
  advanceTo(t: number): void {
    let cur = this.at;
    while (cur < t) {
      for (const w of this.windows) rollWindow(w, cur);
      const active = this.activity.isActive(cur);
      let next = Math.min(t, this.activity.nextChange(cur));
      for (const w of this.windows) if (w.end !== null && w.end > cur) next = Math.min(next, w.end);
      if (active) {
        // Hour edges keep the usage history exact per hour.
        next = Math.min(next, (Math.floor(cur / HOUR) + 1) * HOUR);
        this.consume(cur, next);
      }
      cur = next;
    }
    for (const w of this.windows) rollWindow(w, Math.max(t, this.at));
    this.at = Math.max(t, this.at);
    this.history.prune(this.at);
    for (const w of this.wallets) pruneLog(w, this.at - this.settleDelayMs - MINUTE);
  }

  /** The time the model was last advanced to. */
  get time(): number {
    return this.at;
  }

  /** Whether the account is consuming at the model's current time. */
  get active(): boolean {
    return this.activity.isActive(this.at);
  }

  /** Replaces the activity pattern from `now` on (bursts start counting at `now`). */
  setPattern(pattern: SimPattern, now: number): void {
    this.advanceTo(now);
    this.activity = activityOf(pattern, now);
  }

  /** Changes burn rates from `now` on; omitted fields keep their value. */
  setBurn(burn: Partial<SimBurn>, now: number): void {
    this.advanceTo(now);
    this.burn = { ...this.burn, ...burn };
  }

  /** Empties every window now; first-use windows wait for the next use again. */
  resetWindows(now: number): void {
    this.advanceTo(now);
    for (const w of this.windows) {
      w.used = 0;
      if (w.rule.kind === 'first_use') w.start = w.end = null;
    }
  }

  /** The window with `id`, if the plan has it. */
  window(id: SimWindowId): WindowState | undefined {
    return this.windows.find((w) => w.id === id);
  }

  private rate(pool: Pool): number {
    if (pool === 'main') return this.burn.perMinute ?? 0;
    if (pool === 'mcp') return (this.burn.mcpCallsPerHour ?? 0) / 60;
    return (this.burn.videoPerDay ?? 0) / 1440;
  }

  private consume(from: number, to: number): void {
    const minutes = (to - from) / MINUTE;
    for (const pool of POOLS) {
      const wanted = this.rate(pool) * minutes;
      const windows = this.windows.filter((w) => w.pool === pool);
      if (wanted <= 0 || windows.length === 0) continue;
      const headroom = Math.min(...windows.map((w) => w.limit - w.used));
      const amount = Math.min(wanted, Math.max(0, headroom));
      if (amount <= 0) continue;
      for (const w of windows) {
        touchWindow(w, from);
        w.used += amount;
      }
      this.history.add(from, pool, amount);
    }
    const money = (this.burn.moneyPerMinute ?? 0) * minutes;
    if (money > 0) this.drain(money, from, to);
  }

  private drain(money: number, from: number, to: number): void {
    const perMs = money / (to - from);
    let left = money;
    let t = from;
    // A wallet that runs dry mid-segment hands over to the next at the moment it hit zero.
    for (const w of this.wallets) {
      if (left <= 0) break;
      const { spent, until } = spend(w, left, t, perMs);
      left -= spent;
      t = until;
    }
  }

  private applyInitial(initial: Partial<Record<SimWindowId, number>>): void {
    const now = this.at;
    const five = this.window('five_hour') ?? this.window('interval');
    const fiveUsed = initial.five_hour ?? initial.interval ?? 0;
    for (const w of this.windows) {
      let used = initial[w.id] ?? 0;
      if (w.id === 'weekly') used = Math.max(used, fiveUsed);
      if (w.id === 'video_weekly') used = Math.max(used, initial.video_daily ?? 0);
      w.used = Math.min(w.limit, Math.max(0, used));
      if (w.used > 0) touchWindow(w, now);
    }
    // Give the usage series a plausible past: the current window's share in its own span, the rest of
    // the week before it, the month's tool calls over the month so far.
    if (five && five.used > 0) this.history.spread(five.start ?? now, now, 'main', five.used);
    const weekly = this.window('weekly');
    if (weekly?.start != null && five) {
      const older = weekly.used - five.used;
      this.history.spread(weekly.start, five.start ?? now, 'main', older);
    }
    const mcp = this.window('mcp_monthly');
    if (mcp?.start != null) this.history.spread(mcp.start, now, 'mcp', mcp.used);
  }
}
