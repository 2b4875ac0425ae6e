// history:* — chart series from the rollups and recent activity periods from raw snapshots.
import type { HistoryRange } from '@contract';
import { activityPeriods, headlineWindow } from '../../analysis';
import { analysisOptions } from '../../engine/status-builder';
import type { ApiContext } from '../context';
import { AppError, invalidInput } from '../errors';
import type { Handlers } from '../dispatcher';
import { obj, str } from '../validate';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RANGES: readonly HistoryRange[] = ['24h', '7d', 'cycle'];

/** The time span a chart range covers for this account now. */
export function rangeSpan(
  ctx: ApiContext,
  accountId: string,
  range: HistoryRange,
  now: number,
): { from: number; to: number } {
  if (range === '24h') return { from: now - DAY, to: now };
  if (range === '7d') return { from: now - 7 * DAY, to: now };
  // The current cycle of the headline window; wallets have no cycle, so show 30 days.
  const good = ctx.monitor.runtime(accountId)?.lastGood;
  const w = good ? headlineWindow(good) : null;
  if (w?.resetsAt && w.windowMinutes) return { from: w.resetsAt - w.windowMinutes * 60_000, to: now };
  return { from: now - 30 * DAY, to: now };
}

/** The history handlers. */
export function historyHandlers(ctx: ApiContext): Pick<Handlers, 'history:series' | 'history:activity'> {
  const account = (value: unknown) => {
    const id = str(value, 'accountId');
    const rt = ctx.monitor.runtime(id);
    if (!rt) throw new AppError('not_found', 'No such account');
    return rt;
  };
  return {
    'history:series': (req) => {
      const r = obj(req);
      const rt = account(r.accountId);
      if (typeof r.range !== 'string' || !RANGES.includes(r.range as HistoryRange))
        throw invalidInput('range must be 24h, 7d or cycle');
      const now = ctx.clock.now();
      return ctx.store.rollups.series(rt.id, rangeSpan(ctx, rt.id, r.range as HistoryRange, now), 1000);
    },
    'history:activity': (req) => {
      const rt = account(obj(req).accountId);
      const now = ctx.clock.now();
      const samples = ctx.store.snapshots
        .range(rt.id, now - DAY, now, 20_000)
        .filter((s) => s.status === 'ok')
        .map((snapshot) => ({ t: snapshot.fetchedAt, snapshot }));
      const opts = analysisOptions(rt, ctx.monitor.cadence(rt), ctx.store.settings.get(), now);
      return activityPeriods(samples, opts).reverse();
    },
  };
}
