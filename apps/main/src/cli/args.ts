// Shared argument handling for the CLI: strict flag parsing (unknown flags are errors, exit 2) and
// the checks several commands share.
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { PROVIDER_IDS, REGIONS } from '@contract';
import type { ProviderId, Region } from '@contract';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses argv strictly; bad flags become a UsageError (exit code 2). */
export function parseFlags<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Checks a provider id given on the command line. */
export function providerArg(value: string | undefined): ProviderId {
  if (!value) throw new UsageError(`--provider is required (one of ${PROVIDER_IDS.join(', ')})`);
  if (!(PROVIDER_IDS as readonly string[]).includes(value)) {
    throw new UsageError(`unknown provider "${value}" (one of ${PROVIDER_IDS.join(', ')})`);
  }
  return value as ProviderId;
}

/** Checks a region given on the command line. */
export function regionArg(value: string | undefined): Region | null {
  if (value === undefined) return null;
  if (!(REGIONS as readonly string[]).includes(value))
    throw new UsageError(`--region must be cn or global, not "${value}"`);
  return value as Region;
}
