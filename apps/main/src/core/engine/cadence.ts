// An account's two intervals: the user's settings raised to its provider's minimums.
import type { ProviderId, Settings } from '@contract';
import { getProviderInfo } from '../providers';
import { effectiveInterval } from '../scheduler/policy';

export interface Cadence {
  /** The snapshot tier (activity detection), ms. */
  snapshotIntervalMs: number;
  /** The tracking tier (rates and predictions), ms. */
  trackingIntervalMs: number;
}

interface Minimums {
  minSnapshotIntervalSec: number;
  minTrackingIntervalSec: number;
}
// Provider minimums are static; getProviderInfo copies its descriptor, and this is asked on every poll.
const minimums = new Map<ProviderId, Minimums>();

function minimumsOf(provider: ProviderId): Minimums {
  let m = minimums.get(provider);
  if (!m) {
    const { minSnapshotIntervalSec, minTrackingIntervalSec } = getProviderInfo(provider);
    m = { minSnapshotIntervalSec, minTrackingIntervalSec };
    minimums.set(provider, m);
  }
  return m;
}

/** The effective intervals for one provider under the current settings. */
export function cadenceFor(provider: ProviderId, settings: Settings): Cadence {
  const m = minimumsOf(provider);
  return {
    snapshotIntervalMs: effectiveInterval(settings.snapshotIntervalSec, m.minSnapshotIntervalSec),
    trackingIntervalMs: effectiveInterval(settings.trackingIntervalSec, m.minTrackingIntervalSec),
  };
}
