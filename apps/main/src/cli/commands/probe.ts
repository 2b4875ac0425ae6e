// `cpms probe`: one account, one fetch, nothing stored (../shared/design/USAGE-MODEL.md).
// stdout carries exactly one AccountSnapshot with --json; exit 0 for ok/no_plan, 2 for bad
// arguments, 3 for any other status.
import { createHttpClient } from '../../core/http';
import { assertAllowedUrl } from '../../core/http';
import { registerSecret } from '../../core/log/redact';
import { fetchSnapshot, getProviderInfo } from '../../core/providers';
import { parseFlags, providerArg, regionArg } from '../args';
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
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0] ?? ''}"`);
  const provider = providerArg(values.provider);
  const region = regionArg(values.region);
  const regions = getProviderInfo(provider).regions;
  if (region && !regions.includes(region)) {
    throw new UsageError(
      regions.length
        ? `--region for ${provider} must be ${regions.join(' or ')}`
        : `${provider} has no regions`,
    );
  }
  const key = (values.key ?? io.env.CPMS_KEY ?? '').trim();
  if (!key) throw new UsageError('no key: pass --key or set CPMS_KEY');
  registerSecret(key);
  const baseUrl = values['base-url'] ?? null;
  if (baseUrl !== null) {
    try {
      assertAllowedUrl(baseUrl);
    } catch (error) {
      throw new UsageError(`--base-url: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

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
