// The host's security posture (Electron security checklist): a strict CSP header, every permission
// denied, navigation and window.open denied, `shell.openExternal` only for allow-listed https URLs,
// and no <webview>. The guards are pure functions so each one is unit-tested on its own.
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shell } from 'electron';
import type { App, Session, WebContents } from 'electron';
import type { AppOrigin } from './paths';

/** The same policy as the pages' meta tag: no remote code, no eval, no inline script. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Only for `npm run dev`: Vite's dev server injects an inline React-refresh preamble and inline
 * styles and talks HMR over a WebSocket. Never used for a built app.
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'",
)
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*");

/** Provider consoles (and their subdomains) a user may be sent to from the app. */
const EXTERNAL_DOMAINS = ['z.ai', 'bigmodel.cn', 'minimaxi.com', 'minimax.io'];
/** Hosts allowed exactly, without their subdomains. */
const EXTERNAL_HOSTS = ['platform.deepseek.com'];
/** The project's release notes and downloads. */
const RELEASE_PAGE = { host: 'github.com', path: '/cpms/cpms/releases' };

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** True only for https URLs on the allow-list, with no credentials and no explicit port. */
export function isAllowedExternalUrl(raw: string): boolean {
  const url = parse(raw);
  if (url?.protocol !== 'https:' || url.username || url.password || url.port) return false;
  const host = url.hostname;
  if (EXTERNAL_HOSTS.includes(host)) return true;
  if (EXTERNAL_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`))) return true;
  return (
    host === RELEASE_PAGE.host &&
    (url.pathname === RELEASE_PAGE.path || url.pathname.startsWith(`${RELEASE_PAGE.path}/`))
  );
}

/** True when `raw` is one of the app's own pages: inside the built renderer folder, or the dev server. */
export function isAppUrl(raw: string, origin: AppOrigin): boolean {
  const url = parse(raw);
  if (!url) return false;
  if (origin.kind === 'dev') return url.origin === origin.origin;
  if (url.protocol !== 'file:' || url.host !== '') return false;
  const rel = relative(origin.rendererDir, fileURLToPath(url));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Response headers with the app's CSP in place of any the response carried. */
export function withCsp(
  headers: Record<string, string[]> | undefined,
  policy: string = CONTENT_SECURITY_POLICY,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [policy];
  return out;
}

/**
 * The permission policy: the app needs no camera, notifications-from-web, geolocation or anything
 * else, except writing sanitized text to the clipboard ("copy diagnostics"). Reading is never allowed.
 */
export function isPermissionAllowed(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}

/** Opens `url` in the user's browser when allow-listed; returns whether it did. */
export function openExternalIfAllowed(url: string): boolean {
  if (!isAllowedExternalUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}

/** Denies navigation, redirects, new windows and <webview> on one web contents. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    // A plain link to a provider console should still reach the browser.
    openExternalIfAllowed(event.url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Hardens every web contents the app ever creates, present or future. */
export function setupAppHardening(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

/** CSP header on every response and every permission request or check denied, for one session. */
export function setupSessionSecurity(session: Session, policy: string = CONTENT_SECURITY_POLICY): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(isPermissionAllowed(permission));
  });
  session.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, policy) });
  });
}
