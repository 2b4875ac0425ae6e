// Stretches of use with how much each consumed, for the activity strip under the charts.
import { windowKey } from '@contract';
import type { ActivityPeriod } from '@contract';
import { headlineWallet, headlineWindow } from './headline';
import { okSamples } from './series';
import { analyseEvents, collectEvents } from './stretches';
import type { AnalysisOptions, Sample } from './types';

/**
 * Activity periods in the samples, oldest first: the same confirmed stretches detectActivity uses
 * (gaps shorter than the hold are merged: at least the activity window, longer for slow quantized
 * burns). `used` is the headline window's increase over the period in its own unit (counts, or
 * percent points for percent-only windows, counting only new highs so rounding wobble adds nothing);
 * for wallet-only accounts it is the headline wallet's spend, unit `money`. Null when the headline
 * series saw no reading in the period.
 */
export function activityPeriods(samples: readonly Sample[], opts: AnalysisOptions): ActivityPeriod[] {
  const ok = okSamples(samples);
  const latest = ok[ok.length - 1]?.snapshot;
  if (!latest) return [];
  const events = collectEvents(ok, opts);
  const { stretches } = analyseEvents(events, opts);
  const window = headlineWindow(latest);
  const wallet = window ? null : headlineWallet(latest);
  const series = window ? windowKey(window) : wallet ? `wallet:${wallet.currency}` : null;
  const hasSeries = (s: Sample): boolean =>
    window
      ? s.snapshot.windows.some((w) => windowKey(w) === series)
      : s.snapshot.wallets.some((w) => w.currency === wallet?.currency && w.available !== null);
  const seen = (start: number, end: number): boolean =>
    ok.some((s) => s.t >= start && s.t <= end && hasSeries(s));
  return stretches.map((st): ActivityPeriod => {
    const used = events
      .filter((e) => e.series === series && !e.dismissed && e.t1 >= st.start && e.t1 <= st.end)
      .reduce((sum, e) => sum + e.amount, 0);
    const base = {
      start: st.start,
      end: st.end,
      used: series !== null && seen(st.start, st.end) ? used : null,
    };
    if (window) return { ...base, unit: window.used !== null ? window.unit : 'percent' };
    return wallet ? { ...base, unit: 'money', currency: wallet.currency } : { ...base, unit: 'percent' };
  });
}
