// Secrets must never reach a log line, an error message or the renderer. Every string that leaves
// the core through those paths goes through `redact`, which removes registered secrets and anything
// shaped like a provider key.

const registered = new Set<string>();

/** Remembers a secret so every later `redact` call removes it wherever it appears. */
export function registerSecret(secret: string): void {
  const s = secret.trim();
  if (s.length >= 6) registered.add(s);
}

/** Forgets a secret (after an account is removed). */
export function forgetSecret(secret: string): void {
  registered.delete(secret.trim());
}

/** Masks a key for display: its well-known prefix and last four characters, e.g. `sk-cp-…abcd`. */
export function maskKey(key: string): string {
  const k = key.trim();
  // Short strings would leak most of themselves through the last four characters.
  if (k.length < 12) return '••••';
  const prefix = /^(sk-(?:cp-|api-)?|eyJ)/.exec(k)?.[0] ?? k.slice(0, 3);
  return `${prefix}…${k.slice(-4)}`;
}

// Provider key shapes: sk-… (DeepSeek, MiniMax sk-cp-/sk-api-), Zhipu id.secret, JWT-looking eyJ…,
// and Authorization header values.
const KEY_PATTERNS: RegExp[] = [
  /\bsk-[A-Za-z0-9_-]{8,}/g,
  /\b[a-f0-9]{32}\.[A-Za-z0-9]{16}\b/g,
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g,
  /(authorization["']?\s*[:=]\s*["']?)(bearer\s+)?[^\s"',}]+/gi,
];

/** Returns `text` with every registered secret and key-shaped token replaced by a mask. */
export function redact(text: string): string {
  let out = text;
  for (const s of registered) {
    if (out.includes(s)) out = out.split(s).join(maskKey(s));
  }
  for (const pattern of KEY_PATTERNS) {
    out = out.replace(pattern, (match: string, prefix?: string) =>
      typeof prefix === 'string' ? `${prefix}[redacted]` : maskKey(match),
    );
  }
  return out;
}
