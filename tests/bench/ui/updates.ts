// Synthetic push updates for the `ui` benchmark, derived from the fleet's real statuses: tick `t`
// moves every window a little, every wallet a little and every time one second on, and gives the
// probe account's windows a value the benchmark can wait for in the page (its meter's aria-valuenow).
import type { AccountSnapshot, AccountStatus } from '@contract';
import type { Core } from '../../../apps/main/src/core/core-types';

/** The used percent the probe account shows at tick `t` (one decimal, as the meter rounds). */
export function probeValue(t: number): number {
  return 5 + (t % 900) / 10;
}

function moved(s: AccountSnapshot | null, t: number, probe: number | null): AccountSnapshot | null {
  if (!s) return s;
  const step = t % 50;
  return {
    ...s,
    fetchedAt: s.fetchedAt + t * 1000,
    windows: s.windows.map((w) => ({
      ...w,
      usedPercent: probe ?? Math.min(100, w.usedPercent + step * 0.1),
    })),
    wallets: s.wallets.map((w) => ({
      ...w,
      available: w.available === null ? null : w.available - step * 0.01,
    })),
  };
}

/** Every account's status at tick `t`. */
export function tickStatuses(base: readonly AccountStatus[], t: number, probeId: string): AccountStatus[] {
  return base.map((s) => {
    const probe = s.account.id === probeId ? probeValue(t) : null;
    return {
      ...s,
      snapshot: moved(s.snapshot, t, probe),
      lastGood: moved(s.lastGood, t, probe),
      lastSuccessAt: s.lastSuccessAt === null ? null : s.lastSuccessAt + t * 1000,
    };
  });
}

/** The account whose meter proves an update arrived: the last one with quota windows. */
export function probeAccount(base: readonly AccountStatus[]): AccountStatus {
  const probe = [...base].reverse().find((s) => (s.snapshot?.windows.length ?? 0) > 0);
  if (!probe) throw new Error('no account with quota windows to probe');
  return probe;
}

/** Pushes one burst through the core's event bus, which the WebSocket transport forwards. */
export function pushBurst(core: Core, statuses: readonly AccountStatus[]): void {
  for (const s of statuses) core.events.emit('status:updated', s);
}
