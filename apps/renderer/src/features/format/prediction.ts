// The engine's prediction in words: "Runs out in 3 h 5 m — 1 h 40 m before reset", pace against an
// even burn, confidence, and a wallet's runway.
import type { WalletRunway, WindowPrediction } from '@contract';
import { formatPercent } from '../../i18n/format-number';
import { formatDuration } from '../../i18n/format-time';
import type { Translator } from '../../i18n/translate';

/** The outcome sentence of one window's prediction at time `now`. */
export function outcomeText(tr: Translator, p: WindowPrediction, now: number): string {
  const { t } = tr;
  switch (p.outcome) {
    case 'runs_out': {
      if (p.exhaustsAt === null) return t('predict.unknown');
      const duration = formatDuration(tr, p.exhaustsAt - now);
      if (p.resetsAt === null || p.marginMs === null) return t('predict.runsOutNoReset', { duration });
      return t('predict.runsOut', { duration, margin: formatDuration(tr, p.marginMs) });
    }
    case 'lasts':
      return t('predict.lasts');
    case 'exhausted':
      return p.resetsAt === null
        ? t('predict.exhaustedNoReset')
        : t('predict.exhausted', { duration: formatDuration(tr, p.resetsAt - now) });
    case 'unknown':
      return t('predict.unknown');
  }
}

/** "12% ahead of pace" / "5% under pace" / "On pace"; null while the engine hides pace. */
export function paceText(tr: Translator, pacePercent: number | null): string | null {
  if (pacePercent === null) return null;
  if (Math.abs(pacePercent) < 1) return tr.t('predict.onPace');
  const value = formatPercent(tr.lang, Math.abs(pacePercent));
  return tr.t(pacePercent > 0 ? 'predict.aheadOfPace' : 'predict.behindPace', { value });
}

/** Confidence 0..1 as a word: high from 0.7, medium from 0.4, low below. */
export function confidenceLevel(confidence: number): 'high' | 'medium' | 'low' {
  if (confidence >= 0.7) return 'high';
  if (confidence >= 0.4) return 'medium';
  return 'low';
}

/** "Confidence: high". */
export function confidenceText(tr: Translator, confidence: number): string {
  return tr.t('predict.confidence', { level: tr.t(`predict.confidence.${confidenceLevel(confidence)}`) });
}

/** How long a wallet lasts at the 24-hour and 7-day spending rates. */
export function runwayText(tr: Translator, r: WalletRunway): string {
  if (r.runwayMs24h === null) return tr.t('predict.runwayNone');
  const d24 = formatDuration(tr, r.runwayMs24h);
  if (r.runwayMs7d === null) return tr.t('predict.runway24', { d24 });
  return tr.t('predict.runway', { d24, d7: formatDuration(tr, r.runwayMs7d) });
}
