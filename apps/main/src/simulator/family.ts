// What each host family (GLM, MiniMax, DeepSeek) provides to the server: who is calling, the real
// answer, and its own wire form of the error-type faults.
import type { AccountRegistry } from './accounts';
import type { Reply, RequestContext } from './reply';
import type { SimFault } from './types';

/** Faults answered with a provider-specific error body (the rest are wire-level and generic). */
export type ErrorFault = Extract<
  SimFault,
  { kind: 'http_401' | 'auth_200' | 'no_plan' | 'rate_limited' | 'http_500' }
>;

export interface FamilyDeps {
  registry: AccountRegistry;
  /** GLM hosts answer auth failures of unknown keys as HTTP 200 + code 1000 instead of 401. */
  glmAuthErrorsAsHttp200: boolean;
}

export interface HostFamily {
  /** The key the request presents (a JWT maps to its key), for per-key faults; never logged. */
  presentedKey(ctx: RequestContext, registry: AccountRegistry): string | undefined;
  /** The real answer. */
  handle(ctx: RequestContext, deps: FamilyDeps): Promise<Reply>;
  /** The body of an error-type fault on this path, or null when the fault does not apply to it. */
  faultReply(fault: ErrorFault, ctx: RequestContext): Reply | null;
}
