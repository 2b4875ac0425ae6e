import { describe, expect, it } from 'vitest';
import type { WindowPrediction } from '@contract';
import {
  confidenceLevel,
  confidenceText,
  outcomeText,
  paceText,
  runwayText,
} from '../../../../../apps/renderer/src/features/format/prediction';
import { createTranslator } from '../../../../../apps/renderer/src/i18n/translate';

const en = createTranslator('en');
const zh = createTranslator('zh-CN');
const H = 3_600_000;
const M = 60_000;
const now = 1_000_000_000;
const p = (over: Partial<WindowPrediction>): WindowPrediction => ({
  windowKey: 'five_hour:',
  outcome: 'unknown',
  exhaustsAt: null,
  resetsAt: null,
  marginMs: null,
  pacePercent: null,
  confidence: 0.8,
  ...over,
});

describe('prediction in words', () => {
  it('says when it runs out and how long before the reset', () => {
    const runs = p({
      outcome: 'runs_out',
      exhaustsAt: now + 3 * H + 5 * M,
      resetsAt: now + 4 * H + 45 * M,
      marginMs: H + 40 * M,
    });
    expect(outcomeText(en, runs, now)).toBe('Runs out in 3 h 5 m — 1 h 40 m before reset');
    expect(outcomeText(zh, runs, now)).toBe('3 小时 5 分后用完，比重置早 1 小时 40 分');
  });

  it('handles a window without a reset, lasting windows, exhausted ones and unknowns', () => {
    expect(outcomeText(en, p({ outcome: 'runs_out', exhaustsAt: now + 2 * H }), now)).toBe('Runs out in 2 h');
    expect(outcomeText(en, p({ outcome: 'lasts' }), now)).toBe('Lasts until reset');
    expect(outcomeText(en, p({ outcome: 'exhausted', resetsAt: now + 30 * M }), now)).toBe(
      'Used up — resets in 30 m',
    );
    expect(outcomeText(en, p({ outcome: 'exhausted' }), now)).toBe('Used up');
    expect(outcomeText(en, p({ outcome: 'unknown' }), now)).toBe('Not enough data to predict yet');
  });

  it('describes pace against an even burn, hidden while unknown', () => {
    expect(paceText(en, 12)).toBe('12% ahead of pace');
    expect(paceText(en, -5.4)).toBe('5% under pace');
    expect(paceText(en, 0.3)).toBe('On pace');
    expect(paceText(en, null)).toBeNull();
    expect(paceText(zh, 12)).toBe('比匀速消耗快 12%');
  });

  it('turns confidence into a word', () => {
    expect(confidenceLevel(0.9)).toBe('high');
    expect(confidenceLevel(0.5)).toBe('medium');
    expect(confidenceLevel(0.1)).toBe('low');
    expect(confidenceText(en, 0.9)).toBe('Confidence: high');
    expect(confidenceText(zh, 0.1)).toBe('可信度：低');
  });

  it('gives a wallet runway at both rates', () => {
    expect(
      runwayText(en, { currency: 'CNY', runwayMs24h: 10 * 24 * H + 6 * H, runwayMs7d: 14 * 24 * H }),
    ).toBe('Lasts about 10 d 6 h at the 24-hour rate, 14 d at the 7-day rate');
    expect(runwayText(en, { currency: 'CNY', runwayMs24h: null, runwayMs7d: null })).toBe(
      'Not enough spending to estimate a runway',
    );
  });
});
