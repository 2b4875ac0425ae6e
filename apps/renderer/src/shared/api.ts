// How a window gets its API: Electron's preload provides `window.cpms`; under `cpms serve` there is
// none, so the WebSocket shim builds the same typed object. Components never know which one it is.
import type { CpmsApi, CpmsWidgetApi } from '@contract';
import { createBridge, createWidgetBridge, toCpmsError } from '@contract';
import type { Connection } from './connection';
import { ALWAYS_OPEN } from './connection';
import type { WsTransport } from './ws-shim';
import { apiSocketUrl, extractToken } from './ws-url';

const TOKEN_KEY = 'cpms.token';

interface HostWindow {
  cpms?: CpmsApi | CpmsWidgetApi;
}

let connection: Connection = ALWAYS_OPEN;
let dashboardApi: Promise<CpmsApi> | undefined;
let widgetApi: Promise<CpmsWidgetApi> | undefined;

/** The token from the page URL (then hidden from the address bar) or from this tab's session. */
function takeToken(): string {
  const { token, cleanHref } = extractToken(window.location.href);
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    window.history.replaceState(window.history.state, '', cleanHref);
    return token;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function openShim(): Promise<WsTransport> {
  const { createWsTransport } = await import('./ws-shim');
  const transport = createWsTransport({ url: apiSocketUrl(window.location.href, takeToken()) });
  connection = transport.connection;
  window.addEventListener('pagehide', () => transport.close());
  return transport;
}

/**
 * Electron's contextBridge keeps only an Error's message, so the preload encodes the error kind in it;
 * this wrapper turns those back into typed CpmsErrors with the plain message.
 */
function withTypedErrors<T extends object>(api: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(api)) {
    out[name] =
      typeof member === 'function' && name !== 'on'
        ? async (...args: unknown[]) => {
            try {
              return await (member as (...a: unknown[]) => Promise<unknown>)(...args);
            } catch (error) {
              throw toCpmsError(error);
            }
          }
        : member;
  }
  return Object.freeze(out) as T;
}

/** The dashboard's API: the preload's `window.cpms`, or the WebSocket shim when there is none. */
export function getApi(): Promise<CpmsApi> {
  dashboardApi ??= (async () => {
    const provided = (window as HostWindow).cpms;
    if (provided) return withTypedErrors(provided as CpmsApi);
    return createBridge(await openShim());
  })();
  return dashboardApi;
}

/** The widget's read-only API, from its preload or from the shim. */
export function getWidgetApi(): Promise<CpmsWidgetApi> {
  widgetApi ??= (async () => {
    const provided = (window as HostWindow).cpms;
    if (provided) return withTypedErrors(provided);
    return createWidgetBridge(await openShim());
  })();
  return widgetApi;
}

/** The link to the core; meaningful once `getApi` or `getWidgetApi` has resolved. */
export function getConnection(): Connection {
  return connection;
}
