// `cpms probe`: one account, one fetch, nothing stored (../shared/design/USAGE-MODEL.md).
// stdout carries exactly one AccountSnapshot with --json; exit 0 for ok/no_plan, 2 for bad
// arguments, 3 for any other status.
import { createHttpClient } from '../../core/http';
import { registerSecret } from '../../core/log/redact';
import { fetchSnapshot } from '../../core/providers';
import { baseUrlFlag, noMorePositionals, regionFor } from '../account-flags';
import { parseFlags, providerArg } from '../args';
import { formatSnapshot } from '../format/snapshot-table';
import { EXIT, UsageError } from '../io';
import type { Command } from '../main';

export const probeCommand: Command = async (argv, io) => {
  const { values, positionals } = parseFlags(argv, {
    provider: { type: 'string' },
    key: { type: 'string' },
    region: { type: 'string' },
    'base-url': { type: 'string' },
    model: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  noMorePositionals(positionals);
  const provider = providerArg(values.provider);
  const region = regionFor(provider, values.region) ?? null;
  const key = (values.key ?? io.env.CPMS_KEY ?? '').trim();
  if (!key) throw new UsageError('no key: pass --key or set CPMS_KEY');
  registerSecret(key);
  // '' would mean "the default" for `accounts edit`; for a probe it is simply no override.
  const baseUrl = baseUrlFlag(values['base-url']) ?? null;

  // CPMS_REQUEST_TIMEOUT_MS shortens the 15 s request timeout (slow gateways, tests of the timeout path).
  const timeout = Number(io.env.CPMS_REQUEST_TIMEOUT_MS);
  const http = createHttpClient(Number.isFinite(timeout) && timeout > 0 ? { requestTimeoutMs: timeout } : {});
  try {
    const { snapshot } = await fetchSnapshot(
      { provider, region, baseUrl, model: values.model ?? null, key },
      { http, now: () => Date.now() },
    );
    io.out(values.json ? JSON.stringify(snapshot) : formatSnapshot(snapshot, Date.now()));
    return snapshot.status === 'ok' || snapshot.status === 'no_plan' ? EXIT.ok : EXIT.providerStatus;
  } finally {
    await http.close();
  }
};
