// What each provider folder provides to the registry.
import type { AccountSnapshot, ModelOption, ProviderInfo } from '@contract';
import type { ProviderSession } from './session';

export interface ProviderAdapter {
  info: ProviderInfo;
  /** Fetches one snapshot; may throw HttpError (the registry turns it into a status). */
  fetch(session: ProviderSession): Promise<AccountSnapshot>;
  /** Asks the provider for its models where it has an endpoint; null when the answer is unusable. */
  listModels?(session: ProviderSession): Promise<ModelOption[] | null>;
}
