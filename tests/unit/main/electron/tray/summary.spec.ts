import { describe, expect, it } from 'vitest';
import { TRAY_STRINGS } from '../../../../../apps/main/src/electron/tray/strings';
import { summarize, tooltipText } from '../../../../../apps/main/src/electron/tray/summary';

describe('summarize', () => {
  it('counts and picks the worst state; stale counts as an error, paused and detecting as idle', () => {
    expect(summarize([])).toEqual({ state: 'idle', total: 0, active: 0, errors: 0 });
    expect(summarize(['idle', 'detecting', 'paused'])).toMatchObject({ state: 'idle', total: 3 });
    expect(summarize(['idle', 'active'])).toMatchObject({ state: 'active', active: 1 });
    expect(summarize(['active', 'stale'])).toMatchObject({ state: 'error', errors: 1, active: 1 });
  });
});

describe('tooltipText', () => {
  it('is one line in either language', () => {
    const summary = { state: 'active', total: 1, active: 1, errors: 0 } as const;
    expect(tooltipText(TRAY_STRINGS.en, summary, false)).toBe('CPMS — 1 account, 1 active, 0 with errors');
    expect(tooltipText(TRAY_STRINGS['zh-CN'], summary, false)).toBe('CPMS — 1 个账户，1 个使用中，0 个异常');
    expect(tooltipText(TRAY_STRINGS['zh-CN'], summary, true)).toBe('CPMS — 监控已暂停');
  });

  it('has every label in both languages', () => {
    expect(Object.keys(TRAY_STRINGS['zh-CN']).sort()).toEqual(Object.keys(TRAY_STRINGS.en).sort());
  });
});
