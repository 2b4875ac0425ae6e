// Pure helpers of the headless shim: where the access token comes from and where the socket goes.

/** The token found in a page URL (`?token=` or `#token=`) and the URL with it removed. */
export function extractToken(href: string): { token: string | null; cleanHref: string } {
  const url = new URL(href);
  let token = url.searchParams.get('token');
  if (token !== null) url.searchParams.delete('token');
  const hash = new URLSearchParams(url.hash.replace(/^#/, ''));
  const fromHash = hash.get('token');
  if (fromHash !== null) {
    token ??= fromHash;
    hash.delete('token');
    const rest = hash.toString();
    url.hash = rest ? `#${rest}` : '';
  }
  return { token: token === '' ? null : token, cleanHref: url.toString() };
}

/** The WebSocket URL of the API on the page's own host. */
export function apiSocketUrl(pageHref: string, token: string): string {
  const page = new URL(pageHref);
  const scheme = page.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${page.host}/api?token=${encodeURIComponent(token)}`;
}

/** Delay before reconnect attempt `attempt` (0-based): 0.5 s doubling to 10 s, ±20 % jitter. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(10_000, 500 * 2 ** Math.max(0, attempt));
  return Math.round(base * (0.8 + 0.4 * random()));
}
