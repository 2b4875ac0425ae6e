import { beforeEach, describe, expect, it, vi } from 'vitest';
import { VirtualClock } from '../../../../../apps/main/src/core/clock/virtual-clock';
import { setupPower } from '../../../../../apps/main/src/electron/power/power';
import { net, powerMonitor, resetElectronFake } from '../../../fakes/electron';
import { createFakeCore } from '../fake-core';

vi.mock('electron', () => import('../../../fakes/electron'));

function setup() {
  const fake = createFakeCore();
  const clock = new VirtualClock();
  const stop = setupPower({ core: fake.core, clock, onlineIntervalMs: 30_000 });
  return { fake, clock, stop };
}

beforeEach(() => resetElectronFake());

describe('setupPower', () => {
  it('reports the starting state, then suspend, resume, lock and unlock', () => {
    const { fake } = setup();
    powerMonitor.emit('suspend');
    net.online = false;
    powerMonitor.emit('resume');
    powerMonitor.emit('lock-screen');
    powerMonitor.emit('unlock-screen');
    expect(fake.systemStates).toEqual([
      { online: true, suspended: false, locked: false },
      { suspended: true },
      { suspended: false, online: false },
      { locked: true },
      { locked: false },
    ]);
  });

  it('polls the online state and reports only changes', async () => {
    const { fake, clock } = setup();
    await clock.advance(30_000);
    net.online = false;
    await clock.advance(30_000);
    await clock.advance(30_000);
    net.online = true;
    await clock.advance(30_000);
    expect(fake.systemStates.slice(1)).toEqual([{ online: false }, { online: true }]);
  });

  it('tears down its listeners and timer', async () => {
    const { fake, clock, stop } = setup();
    stop();
    powerMonitor.emit('suspend');
    net.online = false;
    await clock.advance(60_000);
    expect(fake.systemStates).toHaveLength(1);
    expect(powerMonitor.listenerCount('resume')).toBe(0);
  });
});
