import { describe, expect, it } from 'vitest';
import { resolveTheme } from '../../../../apps/renderer/src/theme/theme';

describe('resolveTheme', () => {
  it('follows the system for "system" and obeys explicit choices', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});
