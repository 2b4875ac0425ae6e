// Applies pending migrations against `PRAGMA user_version`, all in one transaction, and refuses a
// database written by a newer CPMS.
import { StoreError } from './errors';
import type { Db, Migration } from './migrations';

/** Reads the schema version stored in the database header. */
export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws the `newer_version` StoreError when `version` is past what this build knows. */
export function assertNotNewer(version: number, latest: number, file: string): void {
  if (version > latest) {
    throw new StoreError(
      'newer_version',
      `The database ${file} has schema version ${version}, but this CPMS only knows up to version ${latest}. ` +
        'It was written by a newer CPMS; update CPMS to open it. The file was left untouched.',
    );
  }
}

/** Runs every migration newer than the database's version in one transaction; returns the applied ones. */
export function migrate(db: Db, migrations: readonly Migration[], file: string): Migration[] {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  assertNotNewer(current, latest, file);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  try {
    db.transaction(() => {
      for (const m of pending) m.up(db);
      db.pragma(`user_version = ${latest}`);
    })();
  } catch (error) {
    const names = pending.map((m) => `${m.version}-${m.name}`).join(', ');
    throw new StoreError('migration_failed', `Could not upgrade the database ${file} (${names}).`, {
      cause: error,
    });
  }
  return pending;
}
