import { describe, expect, it } from 'vitest';
import { parseBounded } from '../../../../../apps/renderer/src/features/settings-dialog/use-settings';

describe('parseBounded (settings number fields)', () => {
  it('accepts whole numbers within bounds only', () => {
    expect(parseBounded(' 60 ', 10, 3600)).toBe(60);
    expect(parseBounded('5', 10, 3600)).toBeNull();
    expect(parseBounded('6.5', 1, 10)).toBeNull();
    expect(parseBounded('', 1, 10)).toBeNull();
    expect(parseBounded('1e3', 1, 5000)).toBeNull();
  });
});
