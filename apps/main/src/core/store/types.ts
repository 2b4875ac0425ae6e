// The store's public surface: repositories over one SQLite file, all synchronous.
import type {
  AccountDto,
  AccountSettings,
  AccountSnapshot,
  AlertDto,
  HistorySeries,
  ProviderId,
  Region,
  Settings,
} from '@contract';
import type { SeriesBucket } from './rollup-codec';

/** An account as stored: the contract's AccountDto without the key mask (kept with the secret), plus its place in the list. */
export interface AccountRow extends Omit<AccountDto, 'keyMask'> {
  sortOrder: number;
}

/** A new account; `id` (a uuid) is generated and `sortOrder` put last when absent. */
export interface NewAccount {
  id?: string;
  provider: ProviderId;
  region: Region | null;
  model: string | null;
  label: string;
  baseUrl: string | null;
  settings?: AccountSettings;
  sortOrder?: number;
}

export type AccountUpdate = Partial<
  Pick<AccountRow, 'region' | 'model' | 'label' | 'baseUrl' | 'settings' | 'sortOrder'>
>;

export interface AccountsRepo {
  /** Every account, in the user's order. */
  list(): AccountRow[];
  get(id: string): AccountRow | null;
  insert(input: NewAccount): AccountRow;
  /** Throws StoreError 'not_found' for an unknown id. */
  update(id: string, patch: AccountUpdate): AccountRow;
  /** Removes the account with its secret, history and events; false when there was none. */
  remove(id: string): boolean;
  /** Sets the order to `ids` (ids not listed keep their relative order, after the listed ones). */
  reorder(ids: readonly string[]): void;
}

export interface SecretRow {
  accountId: string;
  ciphertext: Buffer;
  keyMask: string;
}

export interface SecretsRepo {
  /** Stores (or replaces) the account's encrypted key; the account must exist. */
  put(accountId: string, ciphertext: Buffer, keyMask: string): void;
  get(accountId: string): SecretRow | null;
  remove(accountId: string): boolean;
}

export interface SnapshotRow {
  accountId: string;
  snapshot: AccountSnapshot;
}

export interface SnapshotsRepo {
  /** Stores one snapshot; a second one with the same fetchedAt for the account replaces the first. */
  insert(accountId: string, snapshot: AccountSnapshot): void;
  /** Stores many snapshots in one transaction. */
  insertMany(rows: readonly SnapshotRow[]): void;
  /** The snapshot with the greatest fetchedAt, failed or not. */
  latest(accountId: string): AccountSnapshot | null;
  /** The latest snapshot whose status is 'ok'; kept even when older than raw retention. */
  latestOk(accountId: string): AccountSnapshot | null;
  /** Raw snapshots with fromMs <= fetchedAt <= toMs, oldest first, at most `limit` (default 10,000). */
  range(accountId: string, fromMs: number, toMs: number, limit?: number): AccountSnapshot[];
  countFor(accountId: string): number;
}

export interface TimeRange {
  from: number;
  to: number;
}

export interface RollupsRepo {
  /**
   * Chart lines (one per window and wallet) for [from, to]: raw, 1-minute or hourly resolution picked
   * by span and retention, the not-yet-rolled-up tail stitched from finer data, at most `maxPoints`
   * points per line.
   */
  series(accountId: string, range: TimeRange, maxPoints?: number): HistorySeries[];
  /**
   * Writes finished buckets directly (history import, benchmark fixtures) and moves the account's
   * watermark past them, so maintenance treats them as final.
   */
  importBuckets(accountId: string, resolution: '1m' | '1h', buckets: readonly SeriesBucket[]): void;
  /** Rollup buckets as stored, oldest first (for export, diagnostics and tests). */
  buckets(accountId: string, resolution: '1m' | '1h', range: TimeRange): SeriesBucket[];
}

/** A settings change; nested groups may be partial. */
export type SettingsPatch = Partial<Omit<Settings, 'retention' | 'widget' | 'updates'>> & {
  retention?: Partial<Settings['retention']>;
  widget?: Partial<Settings['widget']>;
  updates?: Partial<Settings['updates']>;
};

export interface SettingsRepo {
  /** Stored settings merged over DEFAULT_SETTINGS, validated and clamped. */
  get(): Settings;
  /** Applies `patch` (wrong types ignored, numbers clamped) and returns the settings now in force. */
  update(patch: SettingsPatch): Settings;
}

export interface MetaRepo {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export type NewAlert = Omit<AlertDto, 'id'>;

export interface EventsRepo {
  add(alert: NewAlert): AlertDto;
  /** Newest first; only one account's events when `accountId` is given. */
  list(limit?: number, accountId?: string): AlertDto[];
  /** Deletes up to `maxRows` events older than `beforeMs`; returns how many. */
  prune(beforeMs: number, maxRows: number): number;
}

export interface MaintenanceResult {
  /** Raw and 1-minute rows folded into rollups in this step. */
  rolledUp: number;
  /** Rows deleted by retention in this step. */
  pruned: number;
  /** True when nothing is left to roll up or prune at `nowMs`. */
  done: boolean;
}

export interface Maintenance {
  /** Does at most about `maxRows` rows of rollup and pruning work in one short transaction. */
  step(budget: { maxRows: number }, nowMs: number): MaintenanceResult;
}

export interface Store {
  /** Absolute path of cpms.db. */
  readonly file: string;
  /** A message the user must see once (e.g. a corrupt database was moved aside), or null. */
  readonly notice: string | null;
  readonly accounts: AccountsRepo;
  readonly secrets: SecretsRepo;
  readonly snapshots: SnapshotsRepo;
  readonly rollups: RollupsRepo;
  readonly settings: SettingsRepo;
  readonly meta: MetaRepo;
  readonly events: EventsRepo;
  readonly maintenance: Maintenance;
  /** Wipes accounts, secrets, history and events, resets settings (the vault header stays), compacts the file. */
  deleteAll(): void;
  close(): void;
}
