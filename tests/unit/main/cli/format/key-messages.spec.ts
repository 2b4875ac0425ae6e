import { describe, expect, it } from 'vitest';
import { keyMessage } from '../../../../../apps/main/src/cli/format/key-messages';

describe('keyMessage', () => {
  it('words every verdict the key check gives', () => {
    expect(keyMessage({ messageId: 'key.looks_like', params: { provider: 'MiniMax' } })).toBe(
      'the key looks like a MiniMax key',
    );
    expect(keyMessage({ messageId: 'key.format.deepseek' })).toBe('expected sk-…');
    expect(keyMessage({ messageId: 'key.future_id' })).toBe('key.future_id');
  });
});
