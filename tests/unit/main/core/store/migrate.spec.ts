import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../../../apps/main/src/core/store/errors';
import { migrate, schemaVersion } from '../../../../../apps/main/src/core/store/migrate';
import { MIGRATIONS, type Migration } from '../../../../../apps/main/src/core/store/migrations';
import { tempDir } from './helpers';

function db(): Database.Database {
  return new Database(path.join(tempDir(), 'm.db'));
}

const create = (version: number, table: string): Migration => ({
  version,
  name: table,
  up: (d) => d.exec(`CREATE TABLE ${table} (x)`),
});

describe('migration runner', () => {
  it('applies every pending migration and sets user_version to the newest', () => {
    const d = db();
    expect(migrate(d, [create(10, 'a'), create(20, 'b')], 'm.db').map((m) => m.version)).toEqual([10, 20]);
    expect(schemaVersion(d)).toBe(20);
    expect(
      migrate(d, [create(10, 'a'), create(20, 'b'), create(30, 'c')], 'm.db').map((m) => m.name),
    ).toEqual(['c']);
    expect(schemaVersion(d)).toBe(30);
    expect(migrate(d, [create(10, 'a'), create(20, 'b'), create(30, 'c')], 'm.db')).toEqual([]);
    d.close();
  });

  it('applies them in one transaction: a failing migration leaves nothing behind', () => {
    const d = db();
    const failing: Migration = {
      version: 20,
      name: 'boom',
      up: () => {
        throw new Error('boom');
      },
    };
    expect(() => migrate(d, [create(10, 'a'), failing], 'm.db')).toThrow(StoreError);
    expect(schemaVersion(d)).toBe(0);
    expect(d.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'a'").get()).toEqual({ n: 0 });
    d.close();
  });

  it('refuses a database newer than the newest migration', () => {
    const d = db();
    d.pragma('user_version = 40');
    expect(() => migrate(d, [create(10, 'a')], 'm.db')).toThrow(/version 40.*up to version 10/);
    expect(schemaVersion(d)).toBe(40);
    d.close();
  });

  it('has a registry numbered by 10, one file per migration named NNNN-name.ts', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    versions.forEach((v, i) => expect(v).toBe((i + 1) * 10));
    const dir = fileURLToPath(
      new URL('../../../../../apps/main/src/core/store/migrations/', import.meta.url),
    );
    const files = readdirSync(dir)
      .filter((f) => /^\d{4}-/.test(f))
      .sort();
    expect(files).toEqual(MIGRATIONS.map((m) => `${String(m.version).padStart(4, '0')}-${m.name}.ts`));
  });
});
