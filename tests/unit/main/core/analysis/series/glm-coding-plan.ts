// GLM Coding Plan series: credit windows with counts (CREDIT_LIMIT: usage / currentValue / remaining),
// polled every 10 s. Shapes follow the captures in ../shared/reference/providers.md §2.
import type { Sample } from '../../../../../../apps/main/src/core/analysis';
import { HOUR, MIN, SEC, T0, pollTimes, promptUsage, quotaWindow, sample } from './build';

const FIVE_H = 300;
const WEEK = 7 * 24 * 60;

function glm(
  t: number,
  fiveUsed: number,
  fiveResets: number | null,
  weeklyUsed: number,
  weeklyResets: number,
): Sample {
  return sample(
    'glm-coding-plan',
    t,
    [
      quotaWindow({ kind: 'five_hour', minutes: FIVE_H, used: fiveUsed, limit: 2000, resetsAt: fiveResets }),
      quotaWindow({ kind: 'weekly', minutes: WEEK, used: weeklyUsed, limit: 10000, resetsAt: weeklyResets }),
    ],
    [],
    'GLM Coding Lite',
  );
}

/** 60 min of a steady 12 credits/min burn from 300/2000 used, the 5-hour window resetting at T0 + 3 h. */
export function steadyBurn(): { samples: Sample[]; perMin: number; fiveResetsAt: number; end: number } {
  const perMin = 12;
  const end = T0 + 60 * MIN;
  const usage = promptUsage(T0, end, perMin, 45 * SEC, 11);
  const fiveResetsAt = T0 + 3 * HOUR;
  const samples = pollTimes(T0, end, 10 * SEC, 1500, 2).map((t) =>
    glm(t, 300 + usage(t), fiveResetsAt, 2000 + usage(t), T0 + 4 * 24 * HOUR),
  );
  return { samples, perMin, fiveResetsAt, end };
}

/** Idle 10 min, a 20-min burst at 30 credits/min (600 credits), then idle 40 min. */
export function burstThenIdle(): {
  samples: Sample[];
  burstStart: number;
  burstEnd: number;
  end: number;
  burstUsed: number;
} {
  const burstStart = T0 + 10 * MIN;
  const burstEnd = T0 + 30 * MIN;
  const end = T0 + 70 * MIN;
  const usage = promptUsage(burstStart, burstEnd, 30, 30 * SEC, 21);
  const samples = pollTimes(T0, end, 10 * SEC, 1500, 3).map((t) =>
    glm(t, 500 + usage(t), T0 + 2 * HOUR, 3000 + usage(t), T0 + 4 * 24 * HOUR),
  );
  return { samples, burstStart, burstEnd, end, burstUsed: usage(end) };
}

/**
 * The 5-hour window resets at T0 + 30 min. Busy: burning 10 credits/min before and, from two minutes
 * after the reset (the window re-anchors at first use, as GLM does), again after. Idle: nothing used;
 * the counter simply drops to 0 and the reset time disappears.
 */
export function resetMidWindow(busy: boolean): {
  samples: Sample[];
  resetAt: number;
  resumeAt: number;
  end: number;
} {
  const resetAt = T0 + 30 * MIN;
  const resumeAt = resetAt + 2 * MIN;
  const end = T0 + 60 * MIN;
  const before = promptUsage(T0, resetAt, busy ? 10 : 0, 40 * SEC, 31);
  const after = promptUsage(resumeAt, end, busy ? 10 : 0, 40 * SEC, 32);
  const samples = pollTimes(T0, end, 10 * SEC, 1500, 4).map((t) => {
    if (t < resetAt) return glm(t, 1200 + before(t), resetAt, 5000 + before(t), T0 + 3 * 24 * HOUR);
    const fiveUsed = after(t);
    const anchored = busy && t >= resumeAt && fiveUsed > 0;
    return glm(
      t,
      fiveUsed,
      anchored ? resumeAt + 5 * HOUR : null,
      5000 + before(resetAt) + fiveUsed,
      T0 + 3 * 24 * HOUR,
    );
  });
  return { samples, resetAt, resumeAt, end };
}

/**
 * Both windows burn the same 12 credits/min for 30 min: the 5-hour window (600/2000 at T0, resets at
 * T0 + 3 h) would run out at ~T0 + 117 min, the weekly (9000/10000, resets in 3 days) at ~T0 + 83 min.
 */
export function weeklyBinds(): {
  samples: Sample[];
  end: number;
  weeklyExhaustsAt: number;
  fiveExhaustsAt: number;
} {
  const end = T0 + 30 * MIN;
  const usage = promptUsage(T0, end, 12, 45 * SEC, 41);
  const samples = pollTimes(T0, end, 10 * SEC, 1500, 5).map((t) =>
    glm(t, 600 + usage(t), T0 + 3 * HOUR, 9000 + usage(t), T0 + 3 * 24 * HOUR),
  );
  return { samples, end, weeklyExhaustsAt: T0 + (1000 / 12) * MIN, fiveExhaustsAt: T0 + (1400 / 12) * MIN };
}
