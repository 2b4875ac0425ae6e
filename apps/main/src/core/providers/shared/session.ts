// One fetch of one account: sends the adapter's requests to the resolved base URL, keeps every
// exchange for diagnostics, and knows which strings are secrets.
import type { HttpResponse } from '../../http/client';
import type { FetchDeps, ParseContext, ProbeTarget } from '../types';
import type { Exchange } from './diagnostics';
import { formatDiagnostics } from './diagnostics';

export class ProviderSession {
  readonly exchanges: Exchange[] = [];
  readonly key: string;
  private readonly extraSecrets: string[] = [];

  constructor(
    readonly target: ProbeTarget,
    readonly deps: FetchDeps,
    /** Origin (plus an optional path prefix from an override), without a trailing slash. */
    readonly baseUrl: string,
  ) {
    this.key = target.key.trim();
  }

  /** Every string that must never appear in an error, a log line or diagnostics. */
  get secrets(): string[] {
    return [this.target.key, this.key, ...this.extraSecrets];
  }

  /** Registers a derived credential (a signed JWT) as a secret of this fetch. */
  addSecret(secret: string): void {
    this.extraSecrets.push(secret);
  }

  /** GETs `path` (which starts with `/`) on the base URL; HttpError propagates after being recorded. */
  async get(path: string, headers: Record<string, string>): Promise<HttpResponse> {
    const pathOnly = path.split('?')[0] ?? path;
    try {
      const res = await this.deps.http.request({
        url: `${this.baseUrl}${path}`,
        method: 'GET',
        headers: { accept: 'application/json', ...headers },
        secrets: this.secrets,
        ...(this.deps.signal ? { signal: this.deps.signal } : {}),
      });
      this.exchanges.push({ method: 'GET', path: pathOnly, status: res.status, body: res.body, error: null });
      return res;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.exchanges.push({ method: 'GET', path: pathOnly, status: null, body: null, error: message });
      throw error;
    }
  }

  /** The parse context for a response that just arrived. */
  context(res: HttpResponse): ParseContext {
    return {
      provider: this.target.provider,
      now: this.deps.now(),
      region: this.target.region,
      httpStatus: res.status,
      headers: res.headers,
    };
  }

  /** Redacted text of every exchange so far. */
  diagnostics(): string {
    return formatDiagnostics(this.exchanges, this.secrets);
  }
}
