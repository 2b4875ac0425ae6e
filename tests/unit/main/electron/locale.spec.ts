import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../../apps/main/src/electron/locale';

describe('resolveLanguage', () => {
  it('uses the setting when the user chose one', () => {
    expect(resolveLanguage('zh-CN', 'en-US')).toBe('zh-CN');
    expect(resolveLanguage('en', 'zh-CN')).toBe('en');
  });

  it('follows the OS locale for system: any Chinese locale gives Chinese', () => {
    expect(resolveLanguage('system', 'zh-CN')).toBe('zh-CN');
    expect(resolveLanguage('system', 'zh-TW')).toBe('zh-CN');
    expect(resolveLanguage('system', 'de-DE')).toBe('en');
  });
});
