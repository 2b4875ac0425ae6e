// Simulated accounts: one per key, living on the host of its provider and region, with a plan,
// wallets, packages and a clock-driven usage model.
import type { Region } from '@contract';
import type { Clock } from '../core/clock/clock';
import type {
  SimAccountSpec,
  SimBurn,
  SimHost,
  SimPackageSpec,
  SimPattern,
  SimPlan,
  SimWindowId,
} from './types';
import { HOST_INFO, defaultRegion, hostFor } from './hosts';
import { generateKey, isPaygMiniMaxKey } from './keys';
import { UsageModel } from './usage-model';
import { windowsForPlan } from './model/plans';
import { createWallet, settledView } from './model/wallets';
import type { WalletState } from './model/wallets';
import { MINUTE } from './model/time';

/** Ground truth of one window now. */
export interface SimWindowTruth {
  id: SimWindowId;
  used: number;
  limit: number;
  remaining: number;
  usedPercent: number;
  start: number | null;
  end: number | null;
}

/** Ground truth of one wallet now; `reported*` is what the provider shows (DeepSeek settles late). */
export interface SimWalletTruth {
  currency: string;
  available: number;
  granted: number;
  paid: number;
  frozen: number;
  spent: number;
  reportedGranted: number;
  reportedPaid: number;
}

export interface SimUsage {
  at: number;
  active: boolean;
  windows: SimWindowTruth[];
  wallets: SimWalletTruth[];
}

function defaultPlan(spec: SimAccountSpec, key: string): SimPlan | null {
  if (spec.provider === 'glm-coding-plan') return { kind: 'glm-coding', level: 'lite' };
  if ((spec.provider === 'minimax-cn' || spec.provider === 'minimax-global') && !isPaygMiniMaxKey(key)) {
    return { kind: 'minimax-token', tier: 'plus' };
  }
  return null;
}

function defaultWallets(spec: SimAccountSpec, key: string): SimAccountSpec['wallets'] {
  if (spec.provider === 'glm' || spec.provider === 'deepseek') return [{ paid: 100, granted: 10 }];
  if (isPaygMiniMaxKey(key)) return [{ paid: 10, granted: 2.34 }];
  return [];
}

export class SimAccount {
  readonly key: string;
  readonly spec: Readonly<SimAccountSpec>;
  readonly host: SimHost;
  readonly region: Region | null;
  readonly plan: SimPlan | null;
  readonly packages: readonly SimPackageSpec[];
  readonly createdAt: number;
  readonly settleDelayMs: number;
  /** The model; handlers advance it to the clock before answering. */
  readonly model: UsageModel;

  constructor(
    spec: SimAccountSpec,
    private readonly clock: Clock,
  ) {
    this.key = spec.key ?? generateKey(spec.provider, spec.keyKind);
    this.region = spec.region ?? defaultRegion(spec.provider);
    this.host = hostFor(spec.provider, this.region);
    this.plan = spec.plan === undefined ? defaultPlan(spec, this.key) : spec.plan;
    this.packages = spec.packages ?? [];
    this.createdAt = clock.now();
    this.settleDelayMs = spec.provider === 'deepseek' ? (spec.settleDelayMs ?? 3 * MINUTE) : 0;
    this.spec = { ...spec, key: this.key, region: this.region, plan: this.plan };
    const info = HOST_INFO[this.host];
    const wallets = (spec.wallets ?? defaultWallets(spec, this.key) ?? []).map((w) =>
      createWallet(
        spec.provider === 'deepseek' ? (w.currency ?? 'CNY') : info.currency,
        w.paid,
        w.granted,
        w.frozen,
        w.spent,
        w.grantedTotal,
      ),
    );
    const planStartedAt = spec.planStartedAt ?? this.createdAt;
    const ctx = { now: this.createdAt, planStartedAt, zoneMs: info.zoneMs };
    this.model = new UsageModel({
      createdAt: this.createdAt,
      windows: this.plan ? windowsForPlan(this.plan, ctx) : [],
      wallets,
      ...(spec.burn ? { burn: spec.burn } : {}),
      ...(spec.pattern ? { pattern: spec.pattern } : {}),
      ...(spec.initialUsed ? { initialUsed: spec.initialUsed } : {}),
      settleDelayMs: this.settleDelayMs,
    });
  }

  /** Advances the model to the clock and returns the time. */
  sync(): number {
    const now = this.clock.now();
    this.model.advanceTo(now);
    return now;
  }

  /** Active consumes at the burn rate from now on; idle stops. */
  setActive(active: boolean): void {
    this.setPattern({ kind: active ? 'active' : 'idle' });
  }

  /** Follows `pattern` from now on (bursts counted from now). */
  setPattern(pattern: SimPattern): void {
    this.model.setPattern(pattern, this.clock.now());
  }

  /** Changes the burn rates from now on; omitted fields keep their value. */
  setBurnRate(burn: Partial<SimBurn>): void {
    this.model.setBurn(burn, this.clock.now());
  }

  /** Adds money now (paid by default) to the wallet in `currency` (default the first; created if missing). */
  topUp(amount: number, options: { currency?: string; granted?: boolean } = {}): void {
    this.sync();
    const wallets = this.model.wallets;
    const currency = options.currency ?? wallets[0]?.currency ?? HOST_INFO[this.host].currency;
    let w = wallets.find((x) => x.currency === currency);
    if (!w) {
      w = createWallet(currency, 0);
      wallets.push(w);
    }
    if (options.granted) {
      w.granted += amount;
      w.grantedTotal += amount;
    } else {
      w.paid += amount;
      w.toppedUpTotal += amount;
    }
  }

  /** Empties every quota window now. */
  resetWindows(): void {
    this.model.resetWindows(this.clock.now());
  }

  /** The ground truth now. */
  usage(): SimUsage {
    const now = this.sync();
    return {
      at: now,
      active: this.model.active,
      windows: this.model.windows.map((w) => ({
        id: w.id,
        used: w.used,
        limit: w.limit,
        remaining: w.limit - w.used,
        usedPercent: (w.used / w.limit) * 100,
        start: w.start,
        end: w.end,
      })),
      wallets: this.model.wallets.map((w) => this.walletTruth(w, now)),
    };
  }

  /** The wallets as the provider reports them now. */
  reportedWallets(): SimWalletTruth[] {
    const now = this.sync();
    return this.model.wallets.map((w) => this.walletTruth(w, now));
  }

  private walletTruth(w: WalletState, now: number): SimWalletTruth {
    const view = settledView(w, now, this.settleDelayMs);
    return {
      currency: w.currency,
      available: w.granted + w.paid,
      granted: w.granted,
      paid: w.paid,
      frozen: w.frozen,
      spent: w.spent,
      reportedGranted: view.granted,
      reportedPaid: view.paid,
    };
  }
}

/** All accounts by key. */
export class AccountRegistry {
  private readonly byKey = new Map<string, SimAccount>();

  constructor(private readonly clock: Clock) {}

  /** Creates and registers an account; a key already present is refused. */
  add(spec: SimAccountSpec): SimAccount {
    const account = new SimAccount(spec, this.clock);
    if (this.byKey.has(account.key)) throw new Error('simulator: an account with this key exists');
    this.byKey.set(account.key, account);
    return account;
  }

  remove(key: string): void {
    this.byKey.delete(key);
  }

  /** The account with `key`, or undefined. */
  find(key: string): SimAccount | undefined {
    return this.byKey.get(key);
  }

  /** The GLM account whose key id (the part before the dot) is `id`. */
  findByGlmId(id: string): SimAccount | undefined {
    for (const a of this.byKey.values()) if (a.key.split('.')[0] === id) return a;
    return undefined;
  }

  /** The account with `key`; throws when there is none. */
  get(key: string): SimAccount {
    const a = this.byKey.get(key);
    if (!a) throw new Error('simulator: no account with this key');
    return a;
  }
}
