// Keys in each provider's real format, so adapters' key checks and redaction see realistic input.
import { randomBytes } from 'node:crypto';
import type { ProviderId } from '@contract';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomFrom(alphabet: string, length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length] ?? '';
  return out;
}

/** A fresh key: GLM `<32 hex>.<16 alnum>`, MiniMax `sk-cp-…`/`sk-api-…`, DeepSeek `sk-<32 hex>`. */
export function generateKey(provider: ProviderId, kind: 'cp' | 'api' = 'cp'): string {
  switch (provider) {
    case 'glm':
    case 'glm-coding-plan':
      return `${randomBytes(16).toString('hex')}.${randomFrom(ALNUM, 16)}`;
    case 'minimax-cn':
    case 'minimax-global':
      return `sk-${kind}-${randomFrom(`${ALNUM}_-`, 88)}`;
    case 'deepseek':
      return `sk-${randomBytes(16).toString('hex')}`;
  }
}

/** Whether a MiniMax key is a pay-as-you-go key (its plan endpoints answer 2062). */
export const isPaygMiniMaxKey = (key: string): boolean => key.startsWith('sk-api-');
