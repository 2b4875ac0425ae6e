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
