// Where the client may send a key: anywhere over https, and over plain http only to this machine
// (the simulator, a local gateway). A key must never cross a network in clear text.

export class UrlPolicyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UrlPolicyError';
  }
}

/** True for hosts that never leave this machine: 127.0.0.0/8, localhost and [::1]. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost') return true;
  if (host === '[::1]' || host === '::1') return true;
  const parts = host.split('.');
  return (
    parts.length === 4 && parts[0] === '127' && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)
  );
}

/** Parses `url` and throws UrlPolicyError unless it is https, or http to a loopback host. */
export function assertAllowedUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UrlPolicyError(`not a valid URL: ${url}`);
  }
  if (parsed.username || parsed.password) {
    throw new UrlPolicyError('URLs with embedded credentials are not allowed');
  }
  if (parsed.protocol === 'https:') return parsed;
  if (parsed.protocol === 'http:') {
    if (isLoopbackHost(parsed.hostname)) return parsed;
    throw new UrlPolicyError(
      `http:// is allowed only for loopback hosts (127.0.0.0/8, localhost, [::1]); use https:// for ${parsed.host}`,
    );
  }
  throw new UrlPolicyError(`unsupported protocol ${parsed.protocol} (use https://)`);
}
