// User settings: one row per top-level key (JSON), merged over DEFAULT_SETTINGS on every read, so a
// setting added by a newer version simply takes its default until the user changes it.
import { DEFAULT_SETTINGS, type Settings } from '@contract';
import type { Db } from './migrations';
import { normalizeSettings } from './settings-normalize';
import type { SettingsPatch, SettingsRepo } from './types';

const GROUPS = new Set(['retention', 'widget', 'updates']);

/** Builds the settings repository; `onChange` learns the settings now in force after each update. */
export function createSettingsRepo(
  db: Db,
  onChange: (settings: Settings) => void = () => undefined,
): SettingsRepo {
  const all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const put = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );

  const read = (): Settings => {
    const stored: Record<string, unknown> = {};
    for (const row of all.all()) {
      try {
        stored[row.key] = JSON.parse(row.value);
      } catch {
        // An unreadable value falls back to its default.
      }
    }
    return normalizeSettings(stored, DEFAULT_SETTINGS);
  };

  const update = db.transaction((patch: SettingsPatch): Settings => {
    const current = read();
    const merged: Record<string, unknown> = { ...current };
    for (const [key, value] of Object.entries(patch)) {
      const prev = (current as unknown as Record<string, unknown>)[key];
      merged[key] =
        GROUPS.has(key) && value !== null && typeof value === 'object'
          ? { ...(prev as object), ...value }
          : value;
    }
    const next = normalizeSettings(merged, current);
    for (const [key, value] of Object.entries(next)) {
      if (JSON.stringify(value) !== JSON.stringify((current as unknown as Record<string, unknown>)[key])) {
        put.run(key, JSON.stringify(value));
      }
    }
    return next;
  });

  return {
    get: read,
    update(patch) {
      const next = update(patch);
      onChange(next);
      return next;
    },
  };
}
