import { describe, expect, it } from 'vitest';
import { parseIsoTime, timeFlag } from '../../../../../apps/main/src/cli/export/time-flag';
import { UsageError } from '../../../../../apps/main/src/cli/io';

describe('export time flags', () => {
  it('reads a bare date as a whole UTC day, --to including its last millisecond', () => {
    expect(parseIsoTime('2026-01-31', 'from')).toBe(Date.UTC(2026, 0, 31));
    expect(parseIsoTime('2026-01-31', 'to')).toBe(Date.UTC(2026, 1, 1) - 1);
  });

  it('reads times as UTC unless they carry an offset', () => {
    expect(parseIsoTime('2026-01-31T08:00', 'from')).toBe(Date.UTC(2026, 0, 31, 8));
    expect(parseIsoTime('2026-01-31 08:00:30.5', 'to')).toBe(Date.UTC(2026, 0, 31, 8, 0, 30, 500));
    expect(parseIsoTime('2026-01-31T08:00Z', 'from')).toBe(Date.UTC(2026, 0, 31, 8));
    expect(parseIsoTime('2026-01-31T08:00+08:00', 'from')).toBe(Date.UTC(2026, 0, 31, 0));
    expect(parseIsoTime('2026-01-31T08:00-0130', 'from')).toBe(Date.UTC(2026, 0, 31, 9, 30));
  });

  it('refuses impossible dates and other formats', () => {
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '2026-01-01T24:00',
      '2026-01-01T10:60',
      'yesterday',
      '1767225600000',
      '31/01/2026',
      '',
    ]) {
      expect(parseIsoTime(bad, 'from'), bad).toBeNaN();
    }
    expect(parseIsoTime('2028-02-29', 'from')).toBe(Date.UTC(2028, 1, 29));
  });

  it('turns a malformed flag into a usage error and an absent one into undefined', () => {
    expect(timeFlag(undefined, 'from')).toBeUndefined();
    expect(() => timeFlag('2026-02-30', 'to')).toThrow(UsageError);
    expect(() => timeFlag('soon', 'from')).toThrow(/--from must be an ISO date/);
  });
});
