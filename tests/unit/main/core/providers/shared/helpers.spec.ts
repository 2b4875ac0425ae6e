import { describe, expect, it } from 'vitest';
import { redactPayload } from '../../../../../../apps/main/src/core/providers/shared/diagnostics';
import { num } from '../../../../../../apps/main/src/core/providers/shared/json';
import { parseRetryAfter } from '../../../../../../apps/main/src/core/providers/shared/retry-after';
import { cleanPercent } from '../../../../../../apps/main/src/core/providers/shared/snapshot';
import { parseProviderTime } from '../../../../../../apps/main/src/core/providers/shared/time';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-09-17T13:00:00Z');
  it('reads seconds and HTTP-dates', () => {
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter('Thu, 17 Sep 2026 13:01:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter('Thu, 17 Sep 2026 12:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('num', () => {
  it('reads numbers and decimal strings, and nothing else', () => {
    expect(num(1.5)).toBe(1.5);
    expect(num('110.00')).toBe(110);
    expect(num(' 2.34 ')).toBe(2.34);
    expect(num('')).toBeNull();
    expect(num('about ten')).toBeNull();
    expect(num(null)).toBeNull();
    expect(num(undefined)).toBeNull();
    expect(num(Number.NaN)).toBeNull();
    expect(num(true)).toBeNull();
  });
});

describe('cleanPercent', () => {
  it('clamps and removes float noise', () => {
    expect(cleanPercent((814 / 2000) * 100)).toBe(40.7);
    expect(cleanPercent(130)).toBe(100);
    expect(cleanPercent(-2)).toBe(0);
  });
});

describe('parseProviderTime', () => {
  it('reads epoch ms, epoch seconds and zone-less console dates as Beijing time', () => {
    expect(parseProviderTime(1789658904374)).toBe(1789658904374);
    expect(parseProviderTime(1789658904)).toBe(1789658904000);
    expect(parseProviderTime('2027-07-01T23:59:59')).toBe(Date.parse('2027-07-01T15:59:59Z'));
    expect(parseProviderTime('2027-07-01 23:59:59')).toBe(Date.parse('2027-07-01T15:59:59Z'));
    expect(parseProviderTime('2027-07-01T23:59:59Z')).toBe(Date.parse('2027-07-01T23:59:59Z'));
    expect(parseProviderTime('2026-08-25 22:00')).toBe(Date.parse('2026-08-25T14:00:00Z'));
    expect(parseProviderTime('next week')).toBeNull();
    expect(parseProviderTime(null)).toBeNull();
  });
});

describe('redactPayload', () => {
  it('replaces sensitive fields, secrets and key shapes, keeps counters, shortens long strings', () => {
    const body = JSON.stringify({
      api_key: 'anything',
      customerId: 'c-123',
      tokenBalance: 7350000,
      note: `echo my-secret-value-9 and sk-abcdefghijklmnopqrst`,
      blob: 'x'.repeat(500),
    });
    const out = redactPayload(body, ['my-secret-value-9']);
    expect(out).not.toContain('anything');
    expect(out).not.toContain('c-123');
    expect(out).not.toContain('my-secret-value-9');
    expect(out).not.toContain('abcdefghijklmnopqrst');
    expect(out).toContain('7350000');
    expect(out).toContain('(+300 chars)');
  });

  it('caps the size of non-JSON bodies', () => {
    expect(redactPayload('<html>'.padEnd(20_000, 'a'), []).length).toBeLessThan(9_000);
  });
});
