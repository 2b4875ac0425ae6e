// Requests arrive over IPC or a WebSocket: typed at compile time, untrusted at run time. These
// checks turn anything malformed into a clear `invalid_input` error before a handler acts on it.
import { PROVIDER_IDS, REGIONS } from '@contract';
import type { ProviderId, Region } from '@contract';
import { invalidInput } from './errors';

/** The request as a plain object, or an error. */
export function obj(value: unknown, what = 'request'): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalidInput(`${what} must be an object`);
  return value as Record<string, unknown>;
}

/** An optional request object: absent (undefined or null) reads as empty. */
export function optObj(value: unknown, what = 'request'): Record<string, unknown> {
  return value === undefined || value === null ? {} : obj(value, what);
}

/** A string field, trimmed, within `max` characters. */
export function str(
  value: unknown,
  field: string,
  opts: { max?: number; allowEmpty?: boolean } = {},
): string {
  if (typeof value !== 'string') throw invalidInput(`${field} must be text`);
  const s = value.trim();
  if (!opts.allowEmpty && s.length === 0) throw invalidInput(`${field} must not be empty`);
  if (s.length > (opts.max ?? 200))
    throw invalidInput(`${field} is longer than ${opts.max ?? 200} characters`);
  return s;
}

/** An optional string field: undefined stays undefined, null and '' become null. */
export function optStr(value: unknown, field: string, max = 200): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || value === '') return null;
  return str(value, field, { max });
}

export function bool(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw invalidInput(`${field} must be true or false`);
  return value;
}

export function providerId(value: unknown): ProviderId {
  if (typeof value !== 'string' || !(PROVIDER_IDS as readonly string[]).includes(value)) {
    throw invalidInput(`provider must be one of ${PROVIDER_IDS.join(', ')}`);
  }
  return value as ProviderId;
}

export function regionOrNull(value: unknown): Region | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || !(REGIONS as readonly string[]).includes(value))
    throw invalidInput('region must be cn or global');
  return value as Region;
}

/** A finite number within bounds, or undefined when absent. */
export function optNumber(value: unknown, field: string, min: number, max: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw invalidInput(`${field} must be a number between ${min} and ${max}`);
  }
  return value;
}
