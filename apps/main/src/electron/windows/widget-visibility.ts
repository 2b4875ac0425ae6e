// The widget is shown when `settings.widget.enabled` is true: the setting is the one source of
// truth, so the tray, the dashboard's settings page and the next launch all agree.
import type { CpmsApi } from '@contract';
import type { Logger } from '../../core/log/logger';
import type { SettingsMirror } from '../settings-mirror';
import type { WindowManager } from './window-manager';

export interface WidgetToggle {
  /** Flips `settings.widget.enabled`; the widget follows the saved setting. */
  toggle(): Promise<void>;
}

/** Shows the widget now if enabled and keeps it in step with the setting. */
export function setupWidgetVisibility(
  api: Pick<CpmsApi, 'updateSettings'>,
  settings: SettingsMirror,
  windows: Pick<WindowManager, 'setWidgetVisible' | 'isWidgetVisible'>,
  log: Logger,
): WidgetToggle {
  windows.setWidgetVisible(settings.current().widget.enabled);
  settings.onChange((next, previous) => {
    if (next.widget.enabled !== previous.widget.enabled) windows.setWidgetVisible(next.widget.enabled);
  });
  return {
    async toggle() {
      const enabled = !windows.isWidgetVisible();
      try {
        const saved = await api.updateSettings({ widget: { ...settings.current().widget, enabled } });
        // Also apply the answer directly, in case the change event is not emitted.
        windows.setWidgetVisible(saved.widget.enabled);
      } catch (error) {
        log.warn('widget setting not saved; toggling for this session only', { error });
        windows.setWidgetVisible(enabled);
      }
    },
  };
}
