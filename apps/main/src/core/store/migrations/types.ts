// The shape of one schema migration.
import type BetterSqlite3 from 'better-sqlite3';

export type Db = BetterSqlite3.Database;

export interface Migration {
  /** The `user_version` the database has after this migration; multiples of 10. */
  version: number;
  name: string;
  up(db: Db): void;
}
