// The provider adapters' public API: the engine, the CLI and the UI Api call exactly this.
import type { ModelOption, ProviderId, ProviderInfo, Region } from '@contract';
import { PROVIDER_IDS } from '@contract';
import { HttpError, isAbortError, redactSecrets } from '../http/errors';
import { fetchModelUsage } from './glm-coding-plan/model-usage';
import type { ModelUsageSeries } from './glm-coding-plan/parse-model-usage';
import { adapterFor, baseUrlFor, effectiveRegion, infoFor } from './registry';
import { ProviderError } from './shared/provider-error';
import { snapshotError } from './shared/response';
import { ProviderSession } from './shared/session';
import { failedSnapshot } from './shared/snapshot';
import type { FetchDeps, FetchResult, ProbeTarget } from './types';

export type { FetchDeps, FetchResult, ParseContext, ProbeTarget } from './types';
export type { ModelUsageSeries } from './glm-coding-plan/parse-model-usage';
export { ProviderError } from './shared/provider-error';
export { checkKeyFormat } from './key-format';

/**
 * One snapshot of one account. Provider and network problems never throw: they come back as
 * snapshot.status + snapshot.error (diagnostics set for every non-ok status). Only the caller's
 * own abort rejects, with an HttpError whose `aborted` is true.
 */
export async function fetchSnapshot(target: ProbeTarget, deps: FetchDeps): Promise<FetchResult> {
  const adapter = adapterFor(target.provider);
  if (!target.key.trim()) {
    const error = snapshotError('auth_error', 'no API key');
    return { snapshot: failedSnapshot(target.provider, deps.now(), error), diagnostics: null };
  }
  let baseUrl: string;
  try {
    baseUrl = baseUrlFor(target);
  } catch (error) {
    const message = `refused: ${error instanceof Error ? error.message : String(error)}`;
    return {
      snapshot: failedSnapshot(target.provider, deps.now(), snapshotError('network_error', message)),
      diagnostics: null,
    };
  }
  const session = new ProviderSession(target, deps, baseUrl);
  let snapshot;
  try {
    snapshot = await adapter.fetch(session);
  } catch (error) {
    if (isAbortError(error)) throw error;
    const detail =
      error instanceof HttpError
        ? snapshotError(error.kind, error.message)
        : snapshotError(
            'provider_error',
            `unexpected failure: ${error instanceof Error ? error.message : String(error)}`,
          );
    deps.logger?.debug('provider fetch failed', {
      provider: target.provider,
      kind: detail.kind,
      message: detail.message,
    });
    snapshot = failedSnapshot(target.provider, deps.now(), detail);
  }
  if (snapshot.error) snapshot.error.message = redactSecrets(snapshot.error.message, session.secrets);
  return { snapshot, diagnostics: snapshot.status === 'ok' ? null : session.diagnostics() };
}

/** The models an account can bind: the provider's /models where it has one, else the seed list. */
export async function listModels(target: ProbeTarget, deps: FetchDeps): Promise<ModelOption[]> {
  const adapter = adapterFor(target.provider);
  if (adapter.listModels && target.key.trim()) {
    try {
      const session = new ProviderSession(target, deps, baseUrlFor(target));
      const models = await adapter.listModels(session);
      if (models) return models;
    } catch (error) {
      if (isAbortError(error)) throw error;
      deps.logger?.debug('model list unavailable, using the seed list', { provider: target.provider, error });
    }
  }
  return infoFor(target.provider).models;
}

/** Static facts for every provider, in the contract's order. */
export function providerInfoList(): ProviderInfo[] {
  return PROVIDER_IDS.map(infoFor);
}

/** Static facts for one provider. */
export function getProviderInfo(id: ProviderId): ProviderInfo {
  return infoFor(id);
}

/** The override (validated by assertAllowedUrl; throws UrlPolicyError) or the region's default host. */
export function resolveBaseUrl(target: Pick<ProbeTarget, 'provider' | 'region' | 'baseUrl'>): string {
  return baseUrlFor(target);
}

/** The origin requests go to (the scheduler limits concurrency per host); an invalid override is returned as typed. */
export function hostKey(target: Pick<ProbeTarget, 'provider' | 'region' | 'baseUrl'>): string {
  try {
    return new URL(baseUrlFor(target)).origin;
  } catch {
    return target.baseUrl?.trim() ?? target.provider;
  }
}

/** The provider's default region (null for providers without regions). */
export function defaultRegion(provider: ProviderId): Region | null {
  return adapterFor(provider).info.defaultRegion;
}

/** The region an account actually uses (its own if the provider has it, else the default). */
export { effectiveRegion };

/**
 * GLM Coding Plan per-model token series between `range.from` and `range.to` (epoch ms), for the
 * detail view. Rejects with ProviderError (kind = the failure) or, on the caller's abort, HttpError.
 */
export async function fetchCodingPlanModelUsage(
  target: ProbeTarget,
  deps: FetchDeps,
  range: { from: number; to: number },
): Promise<ModelUsageSeries> {
  if (target.provider !== 'glm-coding-plan') {
    throw new ProviderError(
      snapshotError('provider_error', `model usage is a GLM Coding Plan feature, not ${target.provider}`),
    );
  }
  let session: ProviderSession;
  try {
    session = new ProviderSession(target, deps, baseUrlFor(target));
  } catch (error) {
    throw new ProviderError(
      snapshotError('network_error', `refused: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
  try {
    return await fetchModelUsage(session, range);
  } catch (error) {
    if (isAbortError(error) || error instanceof ProviderError) throw error;
    if (error instanceof HttpError) throw new ProviderError(snapshotError(error.kind, error.message));
    throw error;
  }
}
