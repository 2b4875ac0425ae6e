import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatMoney,
  formatPercent,
  formatRateValue,
} from '../../../../apps/renderer/src/i18n/format-number';
import { formatDuration, formatRelative, formatWhen } from '../../../../apps/renderer/src/i18n/format-time';
import { createTranslator } from '../../../../apps/renderer/src/i18n/translate';

const en = createTranslator('en');
const zh = createTranslator('zh-CN');
const M = 60_000;
const H = 60 * M;
const D = 24 * H;

describe('formatDuration (countdowns: days, hours, minutes)', () => {
  it('uses two units at most, floored', () => {
    expect(formatDuration(en, 3 * H + 5 * M + 59_000)).toBe('3 h 5 m');
    expect(formatDuration(en, 2 * D + 4 * H + 30 * M)).toBe('2 d 4 h');
    expect(formatDuration(en, 14 * M + 10_000)).toBe('14 m');
    expect(formatDuration(en, 45_500)).toBe('45 s');
  });

  it('drops a zero second unit', () => {
    expect(formatDuration(en, 3 * H)).toBe('3 h');
    expect(formatDuration(en, 2 * D + 10 * M)).toBe('2 d');
  });

  it('says "now" at or past zero', () => {
    expect(formatDuration(en, 0)).toBe('now');
    expect(formatDuration(en, -5000)).toBe('now');
    expect(formatDuration(zh, 500)).toBe('现在');
  });

  it('speaks Chinese', () => {
    expect(formatDuration(zh, 3 * H + 5 * M)).toBe('3 小时 5 分');
    expect(formatDuration(zh, D + 8 * H)).toBe('1 天 8 小时');
  });
});

describe('numbers and money through Intl', () => {
  it('uses narrow currency symbols in both languages', () => {
    expect(formatMoney('en', 110, 'CNY')).toBe('¥110.00');
    expect(formatMoney('en', 4.5, 'USD')).toBe('$4.50');
    expect(formatMoney('zh-CN', 1234.5, 'CNY')).toBe('¥1,234.50');
    expect(formatMoney('zh-CN', 4.5, 'USD')).toBe('$4.50');
  });

  it('keeps small rates readable when precise', () => {
    expect(formatMoney('en', 0.0042, 'CNY', true)).toBe('¥0.0042');
    expect(formatMoney('en', 0.0042, 'CNY')).toBe('¥0.00');
  });

  it('prints an unknown currency code instead of guessing', () => {
    expect(formatMoney('en', 5, 'credits')).toBe('5.00 credits');
  });

  it('formats percents and counts', () => {
    expect(formatPercent('en', 40.7)).toBe('41%');
    expect(formatPercent('en', 40.7, 1)).toBe('40.7%');
    expect(formatPercent('en', 0.4)).toBe('0.4%');
    expect(formatCount('en', 7_350_000)).toBe('7.35M');
    expect(formatCount('zh-CN', 7_350_000)).toBe('735万');
    expect(formatCount('en', 1185)).toBe('1,185');
    expect(formatRateValue('en', 12.44)).toBe('12.4');
  });
});

describe('relative and absolute times', () => {
  const now = new Date(2026, 8, 17, 14, 0).getTime();

  it('picks a sensible unit', () => {
    expect(formatRelative('en', now - 3 * M, now)).toBe('3 minutes ago');
    expect(formatRelative('en', now + 2 * H, now)).toBe('in 2 hours');
    expect(formatRelative('zh-CN', now - 3 * M, now)).toBe('3分钟前');
    expect(formatRelative('en', now - 2 * D, now)).toBe('2 days ago');
  });

  it('shows only the time for today and adds the day otherwise', () => {
    expect(formatWhen('en', now + 35 * M, now)).toMatch(/^2:35\sPM$/);
    expect(formatWhen('en', now + 2 * D, now)).toMatch(/^Sat/);
    expect(formatWhen('en', now + 20 * D, now)).toMatch(/^Oct 7/);
  });
});
