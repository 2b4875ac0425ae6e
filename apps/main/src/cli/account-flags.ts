// The flags `accounts add` and `accounts edit` share, checked before any key is asked for, so a typo
// in a flag never costs the user a retyped key.
import type { ProviderId, Region } from '@contract';
import { assertAllowedUrl } from '../core/http';
import { getProviderInfo } from '../core/providers';
import { regionArg } from './args';
import { UsageError } from './io';

/** parseArgs options of add and edit (edit adds --new-key). */
export const ACCOUNT_FLAGS = {
  provider: { type: 'string' },
  region: { type: 'string' },
  model: { type: 'string' },
  label: { type: 'string' },
  'base-url': { type: 'string' },
  json: { type: 'boolean', default: false },
  'data-dir': { type: 'string' },
} as const;

/** A --region checked against the provider's regions; undefined when the flag is absent. */
export function regionFor(provider: ProviderId, value: string | undefined): Region | undefined {
  if (value === undefined) return undefined;
  const region = regionArg(value);
  const regions = getProviderInfo(provider).regions;
  if (region && !regions.includes(region)) {
    throw new UsageError(
      regions.length
        ? `--region for ${provider} must be ${regions.join(' or ')}`
        : `${provider} has no regions`,
    );
  }
  return region ?? undefined;
}

/** A --base-url: https, or http to a loopback host; '' means "the provider's default" (null). */
export function baseUrlFlag(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === '') return null;
  try {
    assertAllowedUrl(value);
  } catch (error) {
    throw new UsageError(`--base-url: ${error instanceof Error ? error.message : String(error)}`);
  }
  return value;
}

/** Rejects positionals a subcommand does not take. */
export function noMorePositionals(positionals: readonly string[], from = 0): void {
  const extra = positionals[from];
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
}
