import { describe, expect, it } from 'vitest';
import type { AlertDto } from '@contract';
import { alertText, templateParams } from '../../../../../apps/renderer/src/features/alerts/alert-text';
import { createTranslator } from '../../../../../apps/renderer/src/i18n/translate';

const en = createTranslator('en');
const zh = createTranslator('zh-CN');
const alert = (over: Partial<AlertDto>): AlertDto => ({
  id: 1,
  accountId: 'a',
  at: 0,
  level: 'warning',
  kind: 'threshold',
  messageId: 'alert.threshold',
  params: { window: '5-hour', percent: '85%' },
  ...over,
});

describe('alertText', () => {
  it('renders a known id with its parameters and the account name', () => {
    expect(alertText(en, alert({}), 'Work')).toBe('Work: 5-hour window at 85% used');
    expect(alertText(zh, alert({}), 'Work')).toBe('Work：5-hour窗口已用 85%');
  });

  it('formats the raw numbers the core sends, in the active language', () => {
    const runsOut = alert({
      kind: 'runs_out',
      messageId: 'alert.runs_out',
      params: { label: 'Work', window: '5-hour', inMs: 3_600_000, marginMs: 2 * 3_600_000 + 5 * 60_000 },
    });
    expect(alertText(en, runsOut, null)).toMatch(/^Work: 5-hour window will run out 2 h 5 m before reset$/);
    const low = alert({
      kind: 'low_balance',
      messageId: 'alert.low_balance',
      params: { label: 'DS', currency: 'CNY', available: 3.2 },
    });
    expect(alertText(en, low, null)).toContain('¥3.20');
    const pct = alert({ params: { label: 'Work', window: '5-hour', percent: 85 } });
    expect(alertText(en, pct, null)).toBe('Work: 5-hour window at 85% used');
    const err = alert({
      kind: 'error',
      messageId: 'alert.error',
      params: { label: 'Old', kind: 'auth_error', message: 'invalid api key' },
    });
    expect(alertText(en, err, null)).toMatch(/^Old: .+ — invalid api key$/);
  });

  it('falls back to the kind for unknown ids', () => {
    expect(alertText(en, alert({ messageId: 'alert.brand_new' }), 'Work')).toBe(
      'Work: An account crossed an alert threshold',
    );
  });

  it('falls back to the kind when parameters are missing rather than print {placeholders}', () => {
    expect(
      alertText(en, alert({ kind: 'low_balance', messageId: 'alert.low_balance', params: {} }), null),
    ).toBe('A wallet balance is low');
  });

  it('lists template parameters', () => {
    expect(templateParams('{a} and {b}')).toEqual(['a', 'b']);
  });
});
