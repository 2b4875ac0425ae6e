import { describe, expect, it } from 'vitest';
import {
  amountText,
  isIdleRate,
  percentText,
  rateText,
  reasonText,
  windowName,
} from '../../../../../apps/renderer/src/features/format/text';
import { createTranslator } from '../../../../../apps/renderer/src/i18n/translate';

const en = createTranslator('en');
const zh = createTranslator('zh-CN');

describe('usage words', () => {
  it('names windows by kind in the language, with their pool', () => {
    expect(windowName(en, { kind: 'five_hour', label: '5h', scope: null })).toBe('5-hour');
    expect(windowName(zh, { kind: 'weekly', label: 'weekly', scope: 'general' })).toBe('每周');
    expect(windowName(en, { kind: 'daily', label: 'video', scope: 'video' })).toBe('Daily · video');
    expect(windowName(en, { kind: 'other', label: 'Boost', scope: null })).toBe('Boost');
  });

  it('labels percentages used or left', () => {
    expect(percentText(en, 40.7, 'used')).toBe('41% used');
    expect(percentText(en, 40.7, 'left')).toBe('59% left');
    expect(percentText(zh, 40.7, 'left', 1)).toBe('剩余 59.3%');
    expect(percentText(en, 130, 'used')).toBe('100% used');
  });

  it('names units with amounts', () => {
    expect(amountText(en, 1185, 'credits')).toBe('1,185 credits');
    expect(amountText(zh, 7_350_000, 'tokens')).toBe('735万 tokens');
    expect(amountText(en, 4, 'percent')).toBe('4%');
  });

  it('prints rates with their unit', () => {
    expect(rateText(en, { kind: 'units', perMinute: 12.44, unit: 'credits', level: 'high' })).toBe(
      '12.4 credits/min',
    );
    expect(rateText(en, { kind: 'percent', perHour: 3.14, level: 'low' })).toBe('3.14 %/h');
    expect(rateText(en, { kind: 'money', perHour: 0.42, currency: 'CNY', level: 'low' })).toBe('¥0.42/h');
    expect(rateText(zh, { kind: 'units', perMinute: 2, unit: 'requests', level: 'low' })).toBe(
      '2 次请求/分钟',
    );
    expect(isIdleRate({ kind: 'percent', perHour: 0, level: 'none' })).toBe(true);
  });

  it('prints slow unit rates per hour instead of as a tiny per-minute figure', () => {
    expect(rateText(en, { kind: 'units', perMinute: 0.0649, unit: 'calls', level: 'low' })).toBe(
      '3.89 calls/h',
    );
    expect(rateText(zh, { kind: 'units', perMinute: 0.05, unit: 'calls', level: 'low' })).toMatch(
      /^3 .+\/小时$/,
    );
  });

  it('explains failure kinds, keeping unknown kinds visible', () => {
    expect(reasonText(en, 'auth_error')).toBe('Key rejected');
    expect(reasonText(zh, 'timeout')).toBe('请求超时');
    expect(reasonText(en, 'quota_exceeded')).toBe('Problem: quota_exceeded');
  });
});
