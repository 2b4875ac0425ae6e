// English words for the key-format verdicts of `accounts:checkKey` (the app translates the same ids).
import type { KeyCheck } from '@contract';

const MESSAGES: Record<string, string> = {
  'key.empty': 'no key entered',
  'key.whitespace': 'spaces or line breaks around the key were removed',
  'key.inner_whitespace': 'the key contains spaces or line breaks inside it',
  'key.bearer': 'the key was pasted with a "Bearer " prefix; give the key alone',
  'key.too_short': 'far too short to be a key',
  'key.format.glm': 'expected the Zhipu form id.secret',
  'key.format.minimax': 'expected sk-cp-… (Token Plan) or sk-api-… (pay-as-you-go)',
  'key.format.deepseek': 'expected sk-…',
  'key.minimax.cp': 'a Token Plan key: plan quota will be shown',
  'key.minimax.payg': 'a pay-as-you-go sk-api- key: the balance works, plan quota does not',
};

/** The verdict as a sentence, e.g. `the key looks like a DeepSeek key`. */
export function keyMessage(check: Pick<KeyCheck, 'messageId' | 'params'>): string {
  if (check.messageId === 'key.looks_like')
    return `the key looks like a ${check.params?.provider ?? 'different provider'} key`;
  return MESSAGES[check.messageId ?? ''] ?? check.messageId ?? 'unexpected key format';
}
