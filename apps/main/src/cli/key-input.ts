// Where `cpms accounts add` (and `edit --new-key`) get a key: CPMS_KEY, else a hidden prompt when
// stdin is a terminal, else the first line of stdin. Never a flag, so keys stay out of shell history.
import { registerSecret } from '../core/log/redact';
import type { CliIo } from './io';
import { UsageError } from './io';

/** Reads a key for `provider`; throws UsageError when none was given, PromptAbortedError on Ctrl-C. */
export async function readKey(io: CliIo, provider: string): Promise<string> {
  let key = io.env.CPMS_KEY?.trim() ?? '';
  if (!key && io.readSecret) key = (await io.readSecret(`API key for ${provider} (hidden): `)).trim();
  else if (!key && io.readLine) key = ((await io.readLine()) ?? '').trim();
  if (!key) {
    throw new UsageError(
      'no key: set CPMS_KEY, type it at the hidden prompt (run in a terminal), or pipe it on stdin',
    );
  }
  registerSecret(key);
  return key;
}
