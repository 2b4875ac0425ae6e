import { describe, expect, it } from 'vitest';
import { createTranslator, interpolate } from '../../../../apps/renderer/src/i18n/translate';
import { langFromLocale, resolveLang } from '../../../../apps/renderer/src/i18n/locale';

describe('translate', () => {
  it('looks up and interpolates in each language', () => {
    expect(createTranslator('en').t('list.count', { shown: 3, total: 9 })).toBe('3 of 9 accounts');
    expect(createTranslator('zh-CN').t('list.count', { shown: 3, total: 9 })).toBe('3 / 9 个账户');
  });

  it('formats numeric parameters with the language and keeps unknown placeholders visible', () => {
    expect(interpolate('{n} / {missing}', { n: 12345 }, 'en')).toBe('12,345 / {missing}');
  });

  it('maps key-check ids from the core, with a generic message for unknown ids', () => {
    const en = createTranslator('en');
    expect(en.tId('key.minimax.payg', undefined, 'key.generic')).toContain('sk-api-');
    expect(en.tId('key.format.glm-coding-plan', undefined, 'key.generic')).toContain('id.secret');
    expect(en.tId('key.some.future.id', undefined, 'key.generic')).toBe(en.t('key.generic'));
    expect(createTranslator('zh-CN').tId('key.empty', undefined, 'key.generic')).toBe('请输入 API 密钥。');
  });
});

describe('language resolution', () => {
  it('follows the system locale on first run (setting "system")', () => {
    expect(resolveLang('system', 'zh-CN')).toBe('zh-CN');
    expect(resolveLang('system', 'zh-Hans-SG')).toBe('zh-CN');
    expect(resolveLang('system', 'en-GB')).toBe('en');
    expect(resolveLang('system', 'fr-FR')).toBe('en');
  });

  it('an explicit choice wins over the system locale', () => {
    expect(resolveLang('en', 'zh-CN')).toBe('en');
    expect(resolveLang('zh-CN', 'en-US')).toBe('zh-CN');
  });

  it('missing locales fall back to English', () => {
    expect(langFromLocale(undefined)).toBe('en');
    expect(resolveLang(null, null)).toBe('en');
  });
});
