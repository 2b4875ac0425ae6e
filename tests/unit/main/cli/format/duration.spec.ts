import { describe, expect, it } from 'vitest';
import { formatAge, formatDuration } from '../../../../../apps/main/src/cli/format/duration';

const S = 1000;
const M = 60 * S;
const H = 60 * M;

describe('formatDuration', () => {
  it('uses the two largest units, rounding down', () => {
    expect(formatDuration(45 * S + 900)).toBe('45s');
    expect(formatDuration(12 * M + 59 * S)).toBe('12m');
    expect(formatDuration(3 * H + 5 * M + 59 * S)).toBe('3h 5m');
    expect(formatDuration(2 * 24 * H + 4 * H + 30 * M)).toBe('2d 4h');
    expect(formatDuration(-5 * S)).toBe('0s');
  });

  it('says how long ago, or never', () => {
    expect(formatAge(1_000, 13_000)).toBe('12s ago');
    expect(formatAge(null, 13_000)).toBe('never');
  });
});
