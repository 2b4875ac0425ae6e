// Small key/value facts about the installation (the vault header lives here).
import type { Db } from './migrations';
import type { MetaRepo } from './types';

/** Builds the meta repository. */
export function createMetaRepo(db: Db): MetaRepo {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const set = db.prepare<[string, string]>(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get: (key) => get.get(key)?.value ?? null,
    set: (key, value) => {
      set.run(key, value);
    },
  };
}
