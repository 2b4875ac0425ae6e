// Turns untrusted settings (a stored row from an older version, a patch from a window) into valid
// Settings: wrong types fall back to `base`, numbers are clamped to what the engine can honour.
import type { Settings } from '@contract';

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function clamp(value: unknown, min: number, max: number, fallback: number, integer = true): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const v = integer ? Math.round(value) : value;
  return Math.min(max, Math.max(min, v));
}

function proxy(value: unknown, fallback: string | null): string | null {
  if (value === null) return null;
  if (typeof value !== 'string') return fallback;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function idList(value: unknown, fallback: string[] | null): string[] | null {
  if (value === null) return null;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return [...value];
  return fallback;
}

const DAY_LIMIT = 36500;

/** Validates `input` field by field over `base`; nested groups may be partial. */
export function normalizeSettings(input: unknown, base: Settings): Settings {
  const s = isObject(input) ? input : {};
  const retention = isObject(s.retention) ? s.retention : {};
  const widget = isObject(s.widget) ? s.widget : {};
  const updates = isObject(s.updates) ? s.updates : {};
  const rawDays = clamp(retention.rawDays, 1, DAY_LIMIT, base.retention.rawDays);
  return {
    language: oneOf(s.language, ['system', 'zh-CN', 'en'], base.language),
    theme: oneOf(s.theme, ['system', 'light', 'dark'], base.theme),
    percentDisplay: oneOf(s.percentDisplay, ['used', 'left'], base.percentDisplay),
    snapshotIntervalSec: clamp(s.snapshotIntervalSec, 5, 86400, base.snapshotIntervalSec),
    trackingIntervalSec: clamp(s.trackingIntervalSec, 5, 86400, base.trackingIntervalSec),
    warnPercent: clamp(s.warnPercent, 1, 100, base.warnPercent, false),
    critPercent: clamp(s.critPercent, 1, 100, base.critPercent, false),
    notifications: bool(s.notifications, base.notifications),
    proxyUrl: proxy(s.proxyUrl, base.proxyUrl),
    retention: {
      rawDays,
      // Minute rollups are built from raw rows, so they must outlive them.
      minuteDays: Math.max(rawDays, clamp(retention.minuteDays, 1, DAY_LIMIT, base.retention.minuteDays)),
    },
    widget: {
      enabled: bool(widget.enabled, base.widget.enabled),
      opacity: clamp(widget.opacity, 0.2, 1, base.widget.opacity, false),
      accountIds: idList(widget.accountIds, base.widget.accountIds),
    },
    updates: {
      auto: bool(updates.auto, base.updates.auto),
      channel: oneOf(updates.channel, ['stable', 'beta'], base.updates.channel),
    },
  };
}
