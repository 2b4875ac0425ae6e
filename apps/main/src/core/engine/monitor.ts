// The monitoring engine: one scheduler polling every account (the snapshot tier), analysis kept
// fresh per account (the tracking tier), every snapshot persisted, statuses and alerts pushed as
// events. It runs the same in Electron, in `cpms serve`, in tests and in the soak benchmark.
import type { AccountDto, AccountStatus, MonitorState, Overview, Settings } from '@contract';
import { computeOverview } from '../analysis';
import type { EventBus } from '../api/event-bus';
import type { Clock, TimerHandle } from '../clock/clock';
import type { HttpClient } from '../http';
import { isAbortError } from '../http';
import type { Logger } from '../log/logger';
import { fetchSnapshot, hostKey } from '../providers';
import { Scheduler } from '../scheduler/scheduler';
import type { PollOutcome } from '../scheduler/scheduler';
import type { AccountRow, Store } from '../store';
import type { SystemState } from '../core-types';
import { AccountRuntime, walletHistoryFrom } from './account-runtime';
import { AlertTracker } from './alerts';
import { cadenceFor } from './cadence';
import type { Cadence } from './cadence';
import { startMaintenanceLoop } from './maintenance-loop';
import { OverviewPublisher } from './overview-publisher';
import { ANALYSIS_LOOKBACK_MS, analysisOptions, buildStatus, refreshAnalysis } from './status-builder';
import { statusSignature } from './status-signature';

export interface MonitorDeps {
  store: Store;
  clock: Clock;
  events: EventBus;
  logger: Logger;
  /** Builds the HTTP client for a proxy setting (rebuilt when the setting changes). */
  createHttp: (proxyUrl: string | null) => HttpClient;
  /** Decrypts an account's stored key. */
  readKey: (accountId: string) => { value: string | null; mask: string; error: string | null };
  random?: () => number;
}

const WALLET_HISTORY_REFRESH_MS = 30 * 60_000;
const DAY = 86_400_000;

export class Monitor {
  private readonly runtimes = new Map<string, AccountRuntime>();
  private readonly alerts = new AlertTracker();
  private readonly scheduler: Scheduler;
  private settings: Settings;
  private http: HttpClient;
  private readonly overviews: OverviewPublisher;
  private tickTimer: TimerHandle | null = null;
  private stopMaintenance: (() => void) | null = null;
  private online = true;
  private lastRefreshAt: number | null = null;
  private started = false;
  private loaded = false;

  constructor(private readonly deps: MonitorDeps) {
    this.settings = deps.store.settings.get();
    this.http = deps.createHttp(this.settings.proxyUrl);
    this.scheduler = new Scheduler({
      clock: deps.clock,
      poll: (id, signal) => this.poll(id, signal),
      ...(deps.random ? { random: deps.random } : {}),
      onPollCrash: (id, error) => deps.logger.error('poll crashed', { accountId: id, error }),
    });
    this.overviews = new OverviewPublisher(deps.clock, deps.events, () =>
      [...this.runtimes.values()].map((rt) => rt.lastStatus ?? this.statusOf(rt)),
    );
  }

  /** The HTTP client the Api also uses for "test connection" and model lists. */
  get httpClient(): HttpClient {
    return this.http;
  }

  /** Loads accounts and their recent history from the store (no polling yet; the CLI stops here). */
  load(): void {
    if (this.loaded) return;
    this.loaded = true;
    for (const row of this.deps.store.accounts.list()) this.addRuntime(row);
  }

  /** Loads if needed, then starts polling. */
  start(): void {
    if (this.started) return;
    this.load();
    this.started = true;
    this.scheduler.start();
    this.armTick();
    this.stopMaintenance = startMaintenanceLoop(this.deps.store, this.deps.clock, this.deps.logger);
  }

  /** Stops polling (aborting requests in flight) and closes the HTTP pools. */
  async stop(): Promise<void> {
    this.started = false;
    this.tickTimer?.cancel();
    this.stopMaintenance?.();
    this.overviews.stop();
    await this.scheduler.stop();
    await this.http.close();
  }

  // ----- accounts -----

  /** Starts monitoring a new or changed account and polls it now. */
  upsertAccount(row: AccountRow): void {
    const existing = this.runtimes.get(row.id);
    if (existing) {
      const key = this.deps.readKey(row.id);
      existing.row = row;
      existing.key = key.value;
      existing.keyMask = key.mask;
      existing.keyError = key.error;
      this.scheduleAccount(existing);
    } else {
      this.addRuntime(row);
    }
    this.scheduler.refresh(row.id);
    this.emitStatus(row.id, true);
  }

  removeAccount(id: string): void {
    this.runtimes.delete(id);
    this.alerts.forget(id);
    this.scheduler.remove(id);
    this.deps.events.emit('status:removed', { accountId: id });
    this.overviews.publishNow();
  }

  /** Forgets every account (after "delete all data"). */
  clear(): void {
    for (const id of [...this.runtimes.keys()]) this.removeAccount(id);
  }

  // ----- commands -----

  refresh(accountId?: string): void {
    this.lastRefreshAt = this.deps.clock.now();
    this.scheduler.refresh(accountId);
  }

  setUserPaused(paused: boolean): MonitorState {
    this.scheduler.setPaused('user', paused);
    return this.stateChanged();
  }

  setSystemState(state: SystemState): void {
    if (state.suspended !== undefined) this.scheduler.setPaused('suspend', state.suspended);
    if (state.locked !== undefined) this.scheduler.setPaused('lock', state.locked);
    if (state.online !== undefined) {
      this.online = state.online;
      this.scheduler.setPaused('offline', !state.online);
    }
    this.stateChanged();
  }

  monitorState(): MonitorState {
    return {
      paused: this.scheduler.isPaused,
      pauseReason: this.scheduler.pauseReason,
      online: this.online,
      lastRefreshAt: this.lastRefreshAt,
    };
  }

  /** Applies new settings: intervals, thresholds and the proxy. */
  settingsChanged(settings: Settings): void {
    const proxyChanged = settings.proxyUrl !== this.settings.proxyUrl;
    this.settings = settings;
    if (proxyChanged) {
      const old = this.http;
      this.http = this.deps.createHttp(settings.proxyUrl);
      void old.close();
    }
    for (const rt of this.runtimes.values()) this.scheduleAccount(rt);
    this.armTick();
  }

  // ----- reads -----

  /** The accounts in the user's order, as windows see them (no status is built). */
  accounts(): AccountDto[] {
    return [...this.runtimes.values()]
      .sort((a, b) => a.row.sortOrder - b.row.sortOrder)
      .map((rt) => rt.dto());
  }

  statuses(): AccountStatus[] {
    return [...this.runtimes.values()]
      .sort((a, b) => a.row.sortOrder - b.row.sortOrder)
      .map((rt) => this.statusOf(rt));
  }

  status(id: string): AccountStatus | null {
    const rt = this.runtimes.get(id);
    return rt ? this.statusOf(rt) : null;
  }

  /** Fresh totals across all accounts (a read: nothing is pushed). */
  overview(): Overview {
    return computeOverview(this.statuses());
  }

  runtime(id: string): AccountRuntime | undefined {
    return this.runtimes.get(id);
  }

  cadence(rt: AccountRuntime): Cadence {
    return cadenceFor(rt.row.provider, this.settings);
  }

  // ----- internals -----

  private addRuntime(row: AccountRow): AccountRuntime {
    const rt = new AccountRuntime(row, this.deps.readKey(row.id), ANALYSIS_LOOKBACK_MS + 10 * 60_000);
    const now = this.deps.clock.now();
    // History survives restarts: the recent samples and the latest result come back from the store.
    rt.samples.load(this.deps.store.snapshots.range(row.id, now - ANALYSIS_LOOKBACK_MS, now));
    const latest = this.deps.store.snapshots.latest(row.id);
    const latestOk = this.deps.store.snapshots.latestOk(row.id);
    if (latestOk) rt.record(latestOk, null);
    if (latest && latest.fetchedAt !== latestOk?.fetchedAt) rt.record(latest, null);
    this.runtimes.set(row.id, rt);
    this.loadWalletHistory(rt, now);
    refreshAnalysis(rt, this.optionsFor(rt, now), true);
    this.scheduleAccount(rt);
    return rt;
  }

  private scheduleAccount(rt: AccountRuntime): void {
    let host: string;
    try {
      host = hostKey(rt.row);
    } catch {
      host = `invalid:${rt.id}`;
    }
    this.scheduler.upsert({ id: rt.id, host, intervalMs: this.cadence(rt).snapshotIntervalMs });
  }

  private optionsFor(rt: AccountRuntime, now: number) {
    return analysisOptions(rt, this.cadence(rt), this.settings, now);
  }

  private loadWalletHistory(rt: AccountRuntime, now: number): void {
    if (now - rt.walletHistoryAt < WALLET_HISTORY_REFRESH_MS) return;
    if (rt.lastGood?.wallets.length === 0) return;
    rt.walletHistory = walletHistoryFrom(
      this.deps.store.rollups.buckets(rt.id, '1h', { from: now - 7 * DAY, to: now }),
    );
    rt.walletHistoryAt = now;
  }

  /** One poll of one account: fetch, persist, analyse, push. */
  private async poll(id: string, signal: AbortSignal): Promise<PollOutcome> {
    const rt = this.runtimes.get(id);
    if (!rt) return { ok: true };
    if (rt.key === null) {
      this.emitStatus(id);
      return { ok: false, kind: 'auth_error' };
    }
    let result;
    try {
      result = await fetchSnapshot(
        {
          provider: rt.row.provider,
          region: rt.row.region,
          baseUrl: rt.row.baseUrl,
          model: rt.row.model,
          key: rt.key,
          settings: rt.row.settings,
        },
        { http: this.http, now: () => this.deps.clock.now(), signal, logger: this.deps.logger },
      );
    } catch (error) {
      if (isAbortError(error)) return { ok: true };
      throw error;
    }
    if (this.runtimes.get(id) !== rt) return { ok: true }; // removed while in flight
    const { snapshot, diagnostics } = result;
    try {
      this.deps.store.snapshots.insert(id, snapshot);
    } catch (error) {
      this.deps.logger.error('could not store a snapshot', { accountId: id, error });
    }
    rt.record(snapshot, diagnostics);
    this.emitStatus(id);
    if (snapshot.status === 'ok' || snapshot.status === 'no_plan') return { ok: true };
    return {
      ok: false,
      kind: snapshot.status,
      ...(snapshot.error?.retryAfterMs !== undefined ? { retryAfterMs: snapshot.error.retryAfterMs } : {}),
    };
  }

  private statusOf(rt: AccountRuntime): AccountStatus {
    const now = this.deps.clock.now();
    return buildStatus(
      rt,
      this.optionsFor(rt, now),
      this.scheduler.isPaused,
      this.scheduler.nextPollAt(rt.id),
    );
  }

  /** Re-analyses one account and pushes its status (and alerts, and the overview) when it changed. */
  private emitStatus(id: string, force = false): void {
    const rt = this.runtimes.get(id);
    if (!rt) return;
    const now = this.deps.clock.now();
    const opts = this.optionsFor(rt, now);
    this.loadWalletHistory(rt, now);
    refreshAnalysis(rt, opts);
    const status = buildStatus(rt, opts, this.scheduler.isPaused, this.scheduler.nextPollAt(id));
    // A poll always brings a new snapshot; without one, push only when something visible moved.
    const signature = statusSignature(status, rt.ratesAt);
    if (!force && signature === rt.lastEmitted) return;
    rt.lastEmitted = signature;
    rt.lastStatus = status;
    this.deps.events.emit('status:updated', status);
    this.raiseAlerts(status, now);
    this.overviews.schedule();
  }

  private raiseAlerts(status: AccountStatus, now: number): void {
    for (const alert of this.alerts.evaluate(status, this.settings, now)) {
      try {
        this.deps.events.emit('alert:raised', this.deps.store.events.add(alert));
      } catch (error) {
        this.deps.logger.error('could not record an alert', { error });
      }
    }
  }

  private stateChanged(): MonitorState {
    const state = this.monitorState();
    this.deps.events.emit('monitor:stateChanged', state);
    for (const id of this.runtimes.keys()) this.emitStatus(id);
    return state;
  }

  /** The tracking tick: re-derives every state (stale detection needs no poll) at the tracking interval. */
  private armTick(): void {
    this.tickTimer?.cancel();
    if (!this.started) return;
    this.tickTimer = this.deps.clock.setTimer(this.settings.trackingIntervalSec * 1000, () => {
      try {
        this.syncWithStore();
      } catch (error) {
        this.deps.logger.error('could not re-read accounts', { error });
      }
      for (const id of this.runtimes.keys()) this.emitStatus(id);
      this.armTick();
    });
  }

  /**
   * Picks up accounts another process changed in the same data folder (`cpms accounts add` while the
   * app or `cpms serve` runs): new or edited rows are (re)loaded, vanished ones dropped.
   */
  syncWithStore(): void {
    const rows = this.deps.store.accounts.list();
    let changed = false;
    for (const row of rows) {
      const rt = this.runtimes.get(row.id);
      if (rt?.row.updatedAt === row.updatedAt) continue;
      this.upsertAccount(row);
      changed = true;
    }
    const ids = new Set(rows.map((r) => r.id));
    for (const id of [...this.runtimes.keys()]) {
      if (ids.has(id)) continue;
      this.removeAccount(id);
      changed = true;
    }
    if (changed) this.deps.events.emit('accounts:changed', this.accounts());
  }
}
