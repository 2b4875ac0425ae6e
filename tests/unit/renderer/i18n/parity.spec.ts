import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LANGS } from '../../../../apps/renderer/src/i18n/translate';
import { templateParams } from '../../../../apps/renderer/src/features/alerts/alert-text';

describe('dictionaries', () => {
  const en = DICTIONARIES.en;
  const keys = Object.keys(en).sort();

  it.each(LANGS)('%s has exactly the reference keys', (lang) => {
    const own = Object.keys(DICTIONARIES[lang]).sort();
    expect(
      own.filter((k) => !keys.includes(k)),
      'extra keys',
    ).toEqual([]);
    expect(
      keys.filter((k) => !own.includes(k)),
      'missing keys',
    ).toEqual([]);
  });

  it.each(LANGS)('%s has no empty message', (lang) => {
    const dict: Record<string, string> = DICTIONARIES[lang];
    expect(
      Object.entries(dict)
        .filter(([, v]) => v === '')
        .map(([k]) => k),
    ).toEqual([]);
  });

  it.each(LANGS)('%s uses the same {parameters} as English in every message', (lang) => {
    const dict: Record<string, string> = DICTIONARIES[lang];
    const mismatched = keys.filter((k) => {
      const a = templateParams((en as Record<string, string>)[k] ?? '')
        .sort()
        .join();
      const b = templateParams(dict[k] ?? '')
        .sort()
        .join();
      return a !== b;
    });
    expect(mismatched).toEqual([]);
  });

  it('the Chinese dictionary is actually translated (most messages differ from English)', () => {
    const zh: Record<string, string> = DICTIONARIES['zh-CN'];
    const same = keys.filter((k) => zh[k] === (en as Record<string, string>)[k]);
    expect(same.length / keys.length).toBeLessThan(0.15);
  });
});
