// Replays a series the way the engine sees it: at each moment, the analysis over the samples so far.
import { detectActivity } from '../../../../../../apps/main/src/core/analysis';
import type { ActivityResult, AnalysisOptions, Sample } from '../../../../../../apps/main/src/core/analysis';
import { options, upTo } from './build';

export interface TracePoint extends ActivityResult {
  t: number;
}

/** Activity at every `everyMs` from `from` to `to`, each computed from the samples up to that moment. */
export function activityTrace(
  samples: readonly Sample[],
  provider: AnalysisOptions['provider'],
  from: number,
  to: number,
  everyMs: number,
  over: Partial<AnalysisOptions> = {},
): TracePoint[] {
  const out: TracePoint[] = [];
  for (let t = from; t <= to; t += everyMs) {
    out.push({ t, ...detectActivity(upTo(samples, t), options(provider, t, over)) });
  }
  return out;
}

/** How many times the state changes along a trace. */
export function transitions(trace: readonly TracePoint[]): number {
  let n = 0;
  for (let i = 1; i < trace.length; i++) if (trace[i]?.state !== trace[i - 1]?.state) n++;
  return n;
}
