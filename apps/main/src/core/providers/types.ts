// Types shared by the provider adapters and their callers (engine, CLI, Api).
import type { AccountSettings, AccountSnapshot, ProviderId, Region } from '@contract';
import type { HttpClient } from '../http/client';
import type { Logger } from '../log/logger';

/** One account as the adapters need it: where to ask, and with which key. */
export interface ProbeTarget {
  provider: ProviderId;
  region: Region | null;
  /** Replaces the region's default host (gateways, tests); checked by assertAllowedUrl. */
  baseUrl: string | null;
  model: string | null;
  key: string;
  settings?: AccountSettings;
}

export interface FetchDeps {
  http: HttpClient;
  /** Epoch ms; the time stamped on snapshots and used to turn Retry-After into a delay. */
  now: () => number;
  signal?: AbortSignal;
  logger?: Logger;
}

export interface FetchResult {
  snapshot: AccountSnapshot;
  /** Redacted raw exchange(s) for "copy diagnostics"; set whenever the status is not `ok`. */
  diagnostics: string | null;
}

/** What every pure parser is told besides the body. */
export interface ParseContext {
  provider: ProviderId;
  /** Stamped as fetchedAt. */
  now: number;
  region: Region | null;
  /** HTTP status the body came with (200 when omitted). */
  httpStatus?: number;
  /** Response headers, lower-case (Retry-After is read from here). */
  headers?: Record<string, string>;
}
