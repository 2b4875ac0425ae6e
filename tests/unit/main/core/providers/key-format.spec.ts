import { describe, expect, it } from 'vitest';
import { checkKeyFormat } from '../../../../../apps/main/src/core/providers/key-format';

const ZHIPU = '0123456789abcdef0123456789abcdef.AbCdEfGhIjKlMnOp';

describe('checkKeyFormat', () => {
  it('accepts each provider’s own key shape', () => {
    expect(checkKeyFormat('glm', ZHIPU)).toMatchObject({ ok: true, severity: 'ok', messageId: 'key.ok' });
    expect(checkKeyFormat('glm-coding-plan', ZHIPU).severity).toBe('ok');
    expect(checkKeyFormat('deepseek', 'sk-0123456789abcdef0123456789abcdef').messageId).toBe('key.ok');
    expect(checkKeyFormat('minimax-cn', 'sk-cp-0123456789abcdefghij').messageId).toBe('key.minimax.cp');
  });

  it('explains that an sk-api- key is pay-as-you-go', () => {
    expect(checkKeyFormat('minimax-global', 'sk-api-0123456789abcdefghij')).toMatchObject({
      ok: true,
      severity: 'warning',
      messageId: 'key.minimax.payg',
    });
  });

  it('trims, masks, and never returns the key itself', () => {
    const res = checkKeyFormat('deepseek', '  sk-0123456789abcdef0123456789abcdef\n');
    expect(res).toMatchObject({ ok: true, messageId: 'key.whitespace', normalizedMask: 'sk-…cdef' });
    expect(JSON.stringify(res)).not.toContain('0123456789abcdef0123');
  });

  it('refuses what can never work', () => {
    expect(checkKeyFormat('glm', '   ')).toMatchObject({
      ok: false,
      messageId: 'key.empty',
      severity: 'error',
    });
    expect(checkKeyFormat('deepseek', 'Bearer sk-0123456789abcdef0123').messageId).toBe('key.bearer');
    expect(checkKeyFormat('deepseek', 'sk-0123 456789abcdef').messageId).toBe('key.inner_whitespace');
    expect(checkKeyFormat('deepseek', 'sk-123').messageId).toBe('key.too_short');
  });

  it('warns about another provider’s key or an unknown shape', () => {
    expect(checkKeyFormat('deepseek', 'sk-cp-0123456789abcdefghij')).toMatchObject({
      messageId: 'key.looks_like',
      params: { provider: 'MiniMax' },
    });
    expect(checkKeyFormat('glm', 'sk-0123456789abcdef0123456789').params).toEqual({ provider: 'DeepSeek' });
    expect(checkKeyFormat('glm', 'something-else-entirely').messageId).toBe('key.format.glm');
    expect(checkKeyFormat('minimax-cn', 'something-else-entirely').messageId).toBe('key.format.minimax');
  });
});
