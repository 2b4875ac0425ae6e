// The first schema. History tables key on the account's integer `num` (not its 36-char uuid) and are
// WITHOUT ROWID, keyed (account, time): with compact number blobs a year of 20 accounts fits well
// under 300 MB.
import type { Migration } from './types';

export const migration0010: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE accounts (
        num INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        provider TEXT NOT NULL,
        region TEXT,
        model TEXT,
        label TEXT NOT NULL,
        base_url TEXT,
        settings TEXT NOT NULL DEFAULT '{}',
        sort_order INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );

      CREATE TABLE secrets (
        account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        ciphertext BLOB NOT NULL,
        key_mask TEXT NOT NULL
      );

      -- A snapshot without its changing numbers, stored once (see snapshot-codec.ts).
      CREATE TABLE snapshot_shapes (
        id INTEGER PRIMARY KEY,
        body TEXT NOT NULL UNIQUE
      );

      CREATE TABLE snapshots (
        acc INTEGER NOT NULL REFERENCES accounts(num) ON DELETE CASCADE,
        t INTEGER NOT NULL,
        shape INTEGER NOT NULL,
        nums BLOB NOT NULL,
        PRIMARY KEY (acc, t)
      ) WITHOUT ROWID;

      -- Per account: the latest and latest-ok snapshot times (O(1) reads that survive pruning) and the
      -- rollup watermarks (every bucket before them is final).
      CREATE TABLE account_state (
        acc INTEGER PRIMARY KEY REFERENCES accounts(num) ON DELETE CASCADE,
        last_t INTEGER,
        ok_t INTEGER,
        minute_wm INTEGER NOT NULL DEFAULT 0,
        hour_wm INTEGER NOT NULL DEFAULT 0
      );

      -- The ordered list of series (windows and wallets) a rollup row holds.
      CREATE TABLE series_sets (
        id INTEGER PRIMARY KEY,
        body TEXT NOT NULL UNIQUE
      );

      CREATE TABLE rollups_1m (
        acc INTEGER NOT NULL REFERENCES accounts(num) ON DELETE CASCADE,
        t INTEGER NOT NULL,
        series INTEGER NOT NULL,
        stats BLOB NOT NULL,
        PRIMARY KEY (acc, t)
      ) WITHOUT ROWID;

      CREATE TABLE rollups_1h (
        acc INTEGER NOT NULL REFERENCES accounts(num) ON DELETE CASCADE,
        t INTEGER NOT NULL,
        series INTEGER NOT NULL,
        stats BLOB NOT NULL,
        PRIMARY KEY (acc, t)
      ) WITHOUT ROWID;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      CREATE TABLE events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        account_id TEXT REFERENCES accounts(id) ON DELETE CASCADE,
        level TEXT NOT NULL,
        kind TEXT NOT NULL,
        message_id TEXT NOT NULL,
        params TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX events_at ON events(at);
      CREATE INDEX events_account ON events(account_id);
    `);
  },
};
