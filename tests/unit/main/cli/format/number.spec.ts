import { describe, expect, it } from 'vitest';
import { compactNumber, money } from '../../../../../apps/main/src/cli/format/number';

describe('numbers', () => {
  it('keeps three significant digits below a thousand and groups larger values', () => {
    expect(compactNumber(6.034)).toBe('6.03');
    expect(compactNumber(0.05123)).toBe('0.0512');
    expect(compactNumber(18.04)).toBe('18');
    expect(compactNumber(2_000_000)).toBe('2,000,000');
    expect(compactNumber(Number.POSITIVE_INFINITY)).toBe('—');
    expect(money(110)).toBe('110.00');
    expect(money(9.923912205)).toBe('9.92');
  });
});
