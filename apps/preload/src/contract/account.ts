// Accounts as the windows and the CLI see them. A key never appears here, only its mask.
import type { ProviderId, Region } from './snapshot';

/** Per-account options the user can change. */
export interface AccountSettings {
  /** GLM pay-as-you-go only: send the plain key, a Zhipu JWT, or try plain then JWT. */
  glmAuthMode?: 'plain' | 'jwt' | 'auto';
  /** Overrides of the global alert thresholds, in used percent. */
  warnPercent?: number;
  critPercent?: number;
  /** Low-balance alert for wallets, in the wallet's currency. */
  lowBalance?: number;
}

export interface AccountDto {
  id: string;
  provider: ProviderId;
  region: Region | null;
  model: string | null;
  label: string;
  baseUrl: string | null;
  settings: AccountSettings;
  /** Masked key, e.g. `sk-…abcd`. */
  keyMask: string;
  createdAt: number;
  updatedAt: number;
}

/** What the add/edit dialog sends. `key` is write-only: it goes in, never comes back. */
export interface AccountInput {
  provider: ProviderId;
  region: Region | null;
  model: string | null;
  label: string;
  baseUrl: string | null;
  settings?: AccountSettings;
  key: string;
}

export interface AccountPatch {
  region?: Region | null;
  model?: string | null;
  label?: string;
  baseUrl?: string | null;
  settings?: AccountSettings;
  /** Present only when the user typed a new key. */
  key?: string;
}

/** A model an account can bind, as offered in the add dialog. */
export interface ModelOption {
  id: string;
  label: string;
}

/** Static facts about a provider that the UI needs to build its forms. */
export interface ProviderInfo {
  id: ProviderId;
  name: string;
  regions: Region[];
  defaultRegion: Region | null;
  defaultBaseUrl: Record<string, string>;
  models: ModelOption[];
  /** A human hint for the key format, e.g. `id.secret` or `sk-…`. */
  keyFormatHint: string;
  /** Minimum polling intervals the scheduler enforces, in seconds. */
  minSnapshotIntervalSec: number;
  minTrackingIntervalSec: number;
  hasModelsEndpoint: boolean;
}

/** Result of checking a key's format as the user types. */
export interface KeyCheck {
  ok: boolean;
  /** The key after trimming whitespace. Never echoed back to the renderer beyond this call's mask. */
  normalizedMask: string;
  /** i18n message id with params, so both languages can explain it. */
  messageId: string | null;
  params?: Record<string, string>;
  severity: 'ok' | 'warning' | 'error';
}
