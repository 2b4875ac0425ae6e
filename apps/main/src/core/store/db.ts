// Opens cpms.db: refuses a newer schema without touching the file, moves a corrupt file aside (never
// deletes it) and starts fresh, then sets the pragmas and runs pending migrations.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from '../log/logger';
import { assertNotNewer, migrate, schemaVersion } from './migrate';
import { LATEST_VERSION, MIGRATIONS, type Db } from './migrations';

export const DB_FILE = 'cpms.db';

export interface OpenDatabaseOptions {
  dataDir: string;
  nativeBinding?: string;
  now: () => number;
  logger?: Logger;
}

export interface OpenedDatabase {
  db: Db;
  file: string;
  /** Set when the user must be told something (a corrupt file was moved aside). */
  notice: string | null;
}

/** True for SQLite errors that mean the file itself is damaged or not a database. */
export function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}

// Reads the version through a read-only connection first: a read-write open could checkpoint a WAL
// left by a newer CPMS into the main file, which "left untouched" forbids.
function probe(file: string, nativeBinding: string | undefined): number {
  const ro = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    const version = schemaVersion(ro);
    ro.prepare('SELECT count(*) FROM sqlite_master').get();
    return version;
  } finally {
    ro.close();
  }
}

function connect(file: string, nativeBinding: string | undefined): Db {
  const db = new Database(file, { nativeBinding });
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Keeps the -wal file from staying huge after a bulk write has been checkpointed.
    db.pragma('journal_size_limit = 67108864');
    migrate(db, MIGRATIONS, file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Renames the database and its -wal/-shm companions to `<file>.corrupt-<stamp>`; returns the new path. */
export function moveAside(file: string, nowMs: number): string {
  const stamp = new Date(nowMs).toISOString().replace(/[:.]/g, '-');
  let target = `${file}.corrupt-${stamp}`;
  for (let n = 2; existsSync(target); n++) target = `${file}.corrupt-${stamp}-${n}`;
  renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  return target;
}

/** Opens (creating or upgrading) the database in `dataDir`. */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  mkdirSync(options.dataDir, { recursive: true });
  const file = path.resolve(options.dataDir, DB_FILE);
  let notice: string | null = null;
  const recover = (error: unknown): void => {
    const moved = moveAside(file, options.now());
    options.logger?.error('database damaged, moved aside', { file, moved, error });
    notice =
      `The CPMS database could not be read (${error instanceof Error ? error.message : String(error)}). ` +
      `The damaged file was kept as ${moved} and a new, empty database was created: add your accounts again.`;
  };

  if (existsSync(file)) {
    let version = 0;
    try {
      version = probe(file, options.nativeBinding);
    } catch (error) {
      if (!isCorruption(error)) throw error;
      recover(error);
    }
    assertNotNewer(version, LATEST_VERSION, file);
  }
  try {
    return { db: connect(file, options.nativeBinding), file, notice };
  } catch (error) {
    // Damage the quick probe missed can still surface while migrating.
    if (!isCorruption(error) && !isCorruption((error as { cause?: unknown }).cause)) throw error;
    recover(error);
    return { db: connect(file, options.nativeBinding), file, notice };
  }
}
