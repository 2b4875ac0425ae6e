// System notifications for raised alerts (when the user keeps notifications on) and for the
// outcome of a "Check for updates…" the user asked for. Clicking one opens the dashboard.
import { Notification } from 'electron';
import type { AlertDto, CpmsApi } from '@contract';
import { resolveLanguage } from '../locale';
import type { UiLanguage } from '../locale';
import type { SettingsMirror } from '../settings-mirror';
import type { StatusBoard } from '../status-board';
import type { UpdateOutcome } from '../updater/updater';
import { ALERT_STRINGS, UPDATE_STRINGS } from './strings';

export interface NotificationContent {
  title: string;
  body: string;
  urgency: 'low' | 'normal' | 'critical';
  silent: boolean;
}

/** Title and body for an alert, naming the account by its label when known. */
export function alertContent(
  alert: AlertDto,
  label: string | null,
  language: UiLanguage,
): NotificationContent {
  const text = ALERT_STRINGS[language][alert.kind];
  return {
    title: text.title,
    body: text.body(label),
    urgency: alert.level === 'critical' ? 'critical' : alert.level === 'warning' ? 'normal' : 'low',
    silent: alert.level === 'info',
  };
}

export interface NotificationDeps {
  api: Pick<CpmsApi, 'on'>;
  board: Pick<StatusBoard, 'get'>;
  settings: SettingsMirror;
  systemLocale: string;
  openDashboard(): void;
}

export interface Notifier {
  /** Tells the user what their manual update check found. */
  showUpdateOutcome(outcome: UpdateOutcome): void;
  dispose(): void;
}

/** Shows a notification for each raised alert while `settings.notifications` is on. */
export function setupNotifications(deps: NotificationDeps): Notifier {
  const language = (): UiLanguage => resolveLanguage(deps.settings.current().language, deps.systemLocale);
  // Held until closed: a notification that is garbage-collected loses its click handler.
  const live = new Set<Notification>();
  const show = (
    content: Omit<NotificationContent, 'urgency'> & { urgency?: NotificationContent['urgency'] },
  ) => {
    if (!Notification.isSupported()) return;
    const notification = new Notification(content);
    live.add(notification);
    notification.on('click', () => deps.openDashboard());
    notification.on('close', () => live.delete(notification));
    notification.show();
  };
  const off = deps.api.on('alert:raised', (alert) => {
    if (!deps.settings.current().notifications) return;
    const label = alert.accountId ? (deps.board.get(alert.accountId)?.account.label ?? null) : null;
    show(alertContent(alert, label, language()));
  });
  return {
    showUpdateOutcome(outcome) {
      show({ ...UPDATE_STRINGS[language()][outcome], silent: true });
    },
    dispose: off,
  };
}
