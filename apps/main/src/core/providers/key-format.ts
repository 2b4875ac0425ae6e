// Checks a key's shape as the user types it, before anything is sent. It warns rather than
// refuses where a provider might change its format; it refuses only what can never work.
//
// Message ids (for the UI's translations; params in braces):
//   key.ok                 the key looks right
//   key.empty              no key entered
//   key.whitespace         spaces or line breaks around the key were removed
//   key.inner_whitespace   the key contains spaces or line breaks inside it
//   key.bearer             the key was pasted with a "Bearer " prefix; paste the key alone
//   key.too_short          far too short to be a key
//   key.format.glm         expected the Zhipu form id.secret
//   key.format.minimax     expected sk-cp-… (Token Plan) or sk-api-… (pay-as-you-go)
//   key.format.deepseek    expected sk-…
//   key.minimax.cp         a Token Plan key: plan quota will be shown
//   key.minimax.payg       a pay-as-you-go sk-api- key: the balance works, plan quota does not
//   key.looks_like         the key looks like a {provider} key
import type { KeyCheck, ProviderId } from '@contract';
import { maskKey } from '../log/redact';

const ZHIPU_KEY = /^[A-Za-z0-9]{8,}\.[A-Za-z0-9]{8,}$/;
const SK_KEY = /^sk-[A-Za-z0-9_-]{16,}$/;
const MINIMAX_PREFIX = /^sk-(cp|api)-/;

type Verdict = Pick<KeyCheck, 'ok' | 'messageId' | 'severity'> & { params?: Record<string, string> };

const ok = (messageId = 'key.ok'): Verdict => ({ ok: true, messageId, severity: 'ok' });
const warn = (messageId: string, params?: Record<string, string>): Verdict => ({
  ok: true,
  messageId,
  severity: 'warning',
  ...(params ? { params } : {}),
});
const refuse = (messageId: string): Verdict => ({ ok: false, messageId, severity: 'error' });

function glmVerdict(key: string): Verdict {
  if (ZHIPU_KEY.test(key)) return ok();
  if (MINIMAX_PREFIX.test(key)) return warn('key.looks_like', { provider: 'MiniMax' });
  if (SK_KEY.test(key)) return warn('key.looks_like', { provider: 'DeepSeek' });
  return warn('key.format.glm');
}

function minimaxVerdict(key: string): Verdict {
  if (key.startsWith('sk-cp-')) return ok('key.minimax.cp');
  if (key.startsWith('sk-api-')) return warn('key.minimax.payg');
  // Some China subscriptions were issued JWT-shaped keys.
  if (/^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(key)) return ok('key.minimax.cp');
  if (ZHIPU_KEY.test(key)) return warn('key.looks_like', { provider: 'Zhipu GLM' });
  return warn('key.format.minimax');
}

function deepseekVerdict(key: string): Verdict {
  if (MINIMAX_PREFIX.test(key)) return warn('key.looks_like', { provider: 'MiniMax' });
  if (SK_KEY.test(key)) return ok();
  if (ZHIPU_KEY.test(key)) return warn('key.looks_like', { provider: 'Zhipu GLM' });
  return warn('key.format.deepseek');
}

/** Checks `key` for `provider`; the key is trimmed first and only its mask is returned. */
export function checkKeyFormat(provider: ProviderId, key: string): KeyCheck {
  const trimmed = key.trim();
  const normalizedMask = trimmed ? maskKey(trimmed) : '';
  const done = (v: Verdict): KeyCheck => ({ normalizedMask, ...v });
  if (!trimmed) return done(refuse('key.empty'));
  if (/^bearer\s/i.test(trimmed)) return done(refuse('key.bearer'));
  if (/\s/.test(trimmed)) return done(refuse('key.inner_whitespace'));
  if (trimmed.length < 12) return done(refuse('key.too_short'));
  let verdict: Verdict;
  if (provider === 'glm' || provider === 'glm-coding-plan') verdict = glmVerdict(trimmed);
  else if (provider === 'deepseek') verdict = deepseekVerdict(trimmed);
  else verdict = minimaxVerdict(trimmed);
  // A clean key that arrived with whitespace around it: say it was tidied.
  if (verdict.severity === 'ok' && trimmed !== key) return done(warn('key.whitespace'));
  return done(verdict);
}
