// Builds the undici dispatcher: one keep-alive pool per origin, behind the settings' proxy when
// one is set, else behind HTTPS_PROXY / HTTP_PROXY with NO_PROXY honoured (EnvHttpProxyAgent).
import { EnvHttpProxyAgent, ProxyAgent } from 'undici';
import type { Dispatcher } from 'undici';

export interface DispatcherOptions {
  proxyUrl: string | null;
  connectTimeoutMs: number;
  requestTimeoutMs: number;
  connectionsPerOrigin: number;
}

/** Creates the dispatcher every request of one HttpClient goes through. */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const shared = {
    // At most this many sockets per origin; further requests wait in the pool's queue.
    connections: options.connectionsPerOrigin,
    connect: { timeout: options.connectTimeoutMs },
    headersTimeout: options.requestTimeoutMs,
    bodyTimeout: options.requestTimeoutMs,
    // Polls come every 10-60 s; keep sockets long enough to reuse them (servers may say less).
    keepAliveTimeout: 30_000,
    keepAliveMaxTimeout: 60_000,
  };
  if (options.proxyUrl) {
    return new ProxyAgent({
      ...shared,
      uri: options.proxyUrl,
      proxyTls: { timeout: options.connectTimeoutMs },
      requestTls: { timeout: options.connectTimeoutMs },
    });
  }
  return new EnvHttpProxyAgent(shared);
}
