// The host's copy of the user's settings: read once at start, then kept current from the
// `settings:changed` event, so the tray, widget, notifications and updater read it synchronously.
import { DEFAULT_SETTINGS } from '@contract';
import type { CpmsApi, Settings } from '@contract';
import type { Logger } from '../core/log/logger';

export interface SettingsMirror {
  current(): Settings;
  /** Calls `listener` after each change with the new and the previous settings; returns the unsubscribe. */
  onChange(listener: (next: Settings, previous: Settings) => void): () => void;
}

/** Loads the settings (defaults if the core cannot answer) and follows their changes. */
export async function createSettingsMirror(
  api: Pick<CpmsApi, 'getSettings' | 'on'>,
  log: Logger,
): Promise<SettingsMirror> {
  let current: Settings = DEFAULT_SETTINGS;
  try {
    current = await api.getSettings();
  } catch (error) {
    log.warn('settings unavailable, using defaults', { error });
  }
  const listeners = new Set<(next: Settings, previous: Settings) => void>();
  api.on('settings:changed', (next) => {
    const previous = current;
    current = next;
    for (const listener of [...listeners]) listener(next, previous);
  });
  return {
    current: () => current,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
