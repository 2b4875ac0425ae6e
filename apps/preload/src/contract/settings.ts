// User settings, persisted in the store and shared by every window.

export type Language = 'system' | 'zh-CN' | 'en';
export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  language: Language;
  theme: Theme;
  /** The global used/left toggle for percentages. */
  percentDisplay: 'used' | 'left';
  /** The activity-detecting tier, seconds (default 10). */
  snapshotIntervalSec: number;
  /** The consumption-tracking tier, seconds (default 60). */
  trackingIntervalSec: number;
  /** Used-percent levels for amber and red. */
  warnPercent: number;
  critPercent: number;
  notifications: boolean;
  /** `http://host:port` proxy for provider requests, or null for none (HTTPS_PROXY still applies). */
  proxyUrl: string | null;
  retention: { rawDays: number; minuteDays: number };
  widget: { enabled: boolean; opacity: number; accountIds: string[] | null };
  /** Update checks contact the release server, so they happen only when the user opts in (zero telemetry). */
  updates: { auto: boolean; channel: 'stable' | 'beta' };
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'system',
  theme: 'system',
  percentDisplay: 'used',
  snapshotIntervalSec: 10,
  trackingIntervalSec: 60,
  warnPercent: 80,
  critPercent: 95,
  notifications: true,
  proxyUrl: null,
  retention: { rawDays: 7, minuteDays: 90 },
  widget: { enabled: false, opacity: 0.92, accountIds: null },
  updates: { auto: false, channel: 'stable' },
};

/** Which protection wraps the vault's data key. */
export type KeyProtection = 'os-keystore' | 'machine-key';

export interface AppInfo {
  version: string;
  host: 'electron' | 'headless';
  platform: string;
  /** The system locale, for the first-run language. */
  systemLocale: string;
  keyProtection: KeyProtection;
  /** A message the user must see once, e.g. a corrupt database was moved aside. */
  storeNotice: string | null;
}

export interface MonitorState {
  paused: boolean;
  pauseReason: 'user' | 'suspend' | 'lock' | 'offline' | null;
  online: boolean;
  lastRefreshAt: number | null;
}

export interface AlertDto {
  id: number;
  accountId: string | null;
  at: number;
  level: 'info' | 'warning' | 'critical';
  kind: 'threshold' | 'runs_out' | 'error' | 'recovered' | 'low_balance' | 'notice';
  /** i18n message id and its parameters, so the alert renders in the active language. */
  messageId: string;
  params: Record<string, string | number>;
}
