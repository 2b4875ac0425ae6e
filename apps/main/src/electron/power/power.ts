// Tells the core what the machine is doing: asleep, locked, offline. The scheduler pauses on these
// and refreshes once on resume. Online state has no event in Electron, so it is polled (cheaply,
// a local check) and re-read on resume.
import { net, powerMonitor } from 'electron';
import type { Clock, TimerHandle } from '../../core/clock/clock';
import type { Core } from '../../core/core-types';

export interface PowerDeps {
  core: Pick<Core, 'setSystemState'>;
  clock: Clock;
  /** How often to re-read `net.isOnline()`. */
  onlineIntervalMs?: number;
}

/** Wires powerMonitor and the online check to `core.setSystemState`; returns the teardown. */
export function setupPower(deps: PowerDeps): () => void {
  const { core, clock } = deps;
  const interval = deps.onlineIntervalMs ?? 30_000;
  let online = net.isOnline();
  core.setSystemState({ online, suspended: false, locked: false });

  const checkOnline = (): void => {
    const now = net.isOnline();
    if (now === online) return;
    online = now;
    core.setSystemState({ online });
  };
  const handlers: Record<'suspend' | 'resume' | 'lock-screen' | 'unlock-screen', () => void> = {
    suspend: () => core.setSystemState({ suspended: true }),
    resume: () => {
      online = net.isOnline();
      core.setSystemState({ suspended: false, online });
    },
    'lock-screen': () => core.setSystemState({ locked: true }),
    'unlock-screen': () => core.setSystemState({ locked: false }),
  };
  powerMonitor.on('suspend', handlers.suspend);
  powerMonitor.on('resume', handlers.resume);
  powerMonitor.on('lock-screen', handlers['lock-screen']);
  powerMonitor.on('unlock-screen', handlers['unlock-screen']);

  let timer: TimerHandle | null = null;
  const tick = (): void => {
    checkOnline();
    timer = clock.setTimer(interval, tick);
  };
  timer = clock.setTimer(interval, tick);

  return () => {
    timer?.cancel();
    powerMonitor.off('suspend', handlers.suspend);
    powerMonitor.off('resume', handlers.resume);
    powerMonitor.off('lock-screen', handlers['lock-screen']);
    powerMonitor.off('unlock-screen', handlers['unlock-screen']);
  };
}
