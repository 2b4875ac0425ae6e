// Saving a settings change: applied to the store at once (instant theme/language), then sent to the
// core, whose `settings:changed` push is the final word.
import { useCallback } from 'react';
import type { Settings } from '@contract';
import { useApi, useRunAction } from '../../shared/ApiContext';
import { settingsPatched } from '../settings/settings-slice';
import { useAppDispatch } from '../store';

/** A function that saves a partial settings change. */
export function useSaveSettings(): (patch: Partial<Settings>) => void {
  const api = useApi();
  const run = useRunAction();
  const dispatch = useAppDispatch();
  return useCallback(
    (patch) => {
      dispatch(settingsPatched(patch));
      void run(() => api.updateSettings(patch));
    },
    [api, run, dispatch],
  );
}

/** Parses a whole number within bounds, or null. */
export function parseBounded(text: string, min: number, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}
