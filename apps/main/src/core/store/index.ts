// The SQLite store: `openStore` opens (or creates, upgrades, recovers) <dataDir>/cpms.db and returns
// synchronous repositories over it. Types are exported from here; the rest of the folder is private.
import type { Settings } from '@contract';
import type { Logger } from '../log/logger';
import { AccountKeys } from './account-keys';
import { createAccountsRepo } from './accounts-repo';
import { openDatabase } from './db';
import { createEventsRepo } from './events-repo';
import { createHistoryReader } from './history';
import { InternTable } from './intern-table';
import { createMaintenance } from './maintenance';
import { createMetaRepo } from './meta-repo';
import { createRetention } from './retention';
import { createRollupBuilder, MINUTE } from './rollup-builder';
import type { SeriesSetEntry } from './rollup-codec';
import { createRollupsRepo } from './rollups-repo';
import { createSecretsRepo } from './secrets-repo';
import { createSettingsRepo } from './settings-repo';
import type { SnapshotShape } from './snapshot-codec';
import { createSnapshotsRepo } from './snapshots-repo';
import type { Store } from './types';

export type * from './types';
export type { SeriesBucket, SeriesStats, WindowSeriesStats, WalletSeriesStats } from './rollup-codec';
export { StoreError, type StoreErrorCode } from './errors';
export { resolveNativeBinding } from './native-binding';
export { DB_FILE } from './db';
export { LATEST_VERSION as SCHEMA_VERSION } from './migrations';

export interface OpenStoreOptions {
  dataDir: string;
  logger?: Logger;
  /** Epoch ms; tests and the simulator pass a virtual clock. */
  now?: () => number;
  /** Path of a better-sqlite3 binary built for the running ABI (see native-binding.ts). */
  nativeBinding?: string;
}

const DAY = 86_400_000;

/** Opens the store in `options.dataDir`; throws StoreError 'newer_version' for a database from a newer CPMS. */
export function openStore(options: OpenStoreOptions): Store {
  const now = options.now ?? Date.now;
  const { db, file, notice } = openDatabase({ ...options, now });
  const keys = new AccountKeys(db);
  const shapes = new InternTable<SnapshotShape>(db, 'snapshot_shapes');
  const sets = new InternTable<SeriesSetEntry[]>(db, 'series_sets');

  let current: Settings | null = null;
  const settingsRepo = createSettingsRepo(db, (s) => (current = s));
  const settings = (): Settings => (current ??= settingsRepo.get());

  const events = createEventsRepo(db);
  const builder = createRollupBuilder(db, shapes, sets);
  const maintenance = createMaintenance({
    db,
    rollups: builder,
    retention: createRetention(db),
    events,
    settings,
  });
  const history = createHistoryReader({ db, shapes, sets, now, settings });
  const rawCutoff = (): number => Math.floor((now() - settings().retention.rawDays * DAY) / MINUTE) * MINUTE;

  const wipe = db.transaction(() => {
    db.exec(`DELETE FROM accounts; DELETE FROM events; DELETE FROM settings;
             DELETE FROM snapshot_shapes; DELETE FROM series_sets; DELETE FROM sqlite_sequence;`);
  });

  return {
    file,
    notice,
    accounts: createAccountsRepo(db, keys, now),
    secrets: createSecretsRepo(db),
    snapshots: createSnapshotsRepo({ db, keys, shapes, rawCutoff }),
    rollups: createRollupsRepo({ db, keys, sets, builder, history }),
    settings: settingsRepo,
    meta: createMetaRepo(db),
    events,
    maintenance: {
      step(budget, nowMs) {
        try {
          return maintenance.step(budget, nowMs);
        } catch (error) {
          sets.clear();
          throw error;
        }
      },
    },
    deleteAll() {
      wipe();
      keys.clear();
      shapes.clear();
      sets.clear();
      current = null;
      // Deleted pages would otherwise keep old history (and ciphertexts) in the file until reused.
      db.exec('VACUUM');
      db.pragma('wal_checkpoint(TRUNCATE)');
      options.logger?.info('store wiped', { file });
    },
    close() {
      if (db.open) db.close();
    },
  };
}
