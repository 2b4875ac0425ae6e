import { describe, expect, it } from 'vitest';
import { isPlainData } from '../../../../../apps/main/src/electron/ipc/plain-data';

describe('isPlainData', () => {
  it('accepts what the contract sends', () => {
    expect(isPlainData(undefined)).toBe(true);
    expect(isPlainData(null)).toBe(true);
    expect(
      isPlainData({
        id: 'a',
        patch: { label: 'x', settings: { warnPercent: 80 } },
        tags: ['a', 1, true, null],
      }),
    ).toBe(true);
    expect(isPlainData(Object.create(null) as object)).toBe(true);
  });

  it('refuses functions, symbols, bigints, class instances and dangerous keys', () => {
    expect(isPlainData({ f: () => 1 })).toBe(false);
    expect(isPlainData(Symbol('x'))).toBe(false);
    expect(isPlainData(10n)).toBe(false);
    expect(isPlainData(new Uint8Array(2))).toBe(false);
    expect(isPlainData({ [Symbol('k')]: 1 })).toBe(false);
    expect(isPlainData(JSON.parse('{"a": {"__proto__": {}}}'))).toBe(false);
    expect(isPlainData({ prototype: 1 })).toBe(false);
    expect(isPlainData(Number.NaN)).toBe(false);
  });

  it('refuses absurd nesting', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(isPlainData(deep)).toBe(false);
  });
});
