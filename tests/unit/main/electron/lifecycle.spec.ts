import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { App } from 'electron';
import { silentLogger } from '../../../../apps/main/src/core/log/logger';
import { setupLifecycle } from '../../../../apps/main/src/electron/lifecycle';
import { app, fakeEvent, resetElectronFake } from '../../fakes/electron';

vi.mock('electron', () => import('../../fakes/electron'));

function deferred() {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

function setup(stop: () => Promise<void>) {
  const core = { stop: vi.fn(stop) };
  const openDashboard = vi.fn();
  const beforeStop = vi.fn();
  setupLifecycle({
    app: app as unknown as App,
    core,
    openDashboard,
    beforeStop,
    log: silentLogger,
    signals: [],
  });
  return { core, openDashboard, beforeStop };
}

beforeEach(() => resetElectronFake());

describe('setupLifecycle', () => {
  it('holds the quit until core.stop() has finished, then quits for real', async () => {
    const gate = deferred();
    const { core, beforeStop } = setup(() => gate.promise);
    app.quit();
    app.quit();
    await flush();
    expect(beforeStop).toHaveBeenCalledOnce();
    expect(core.stop).toHaveBeenCalledOnce();
    expect(app.quitted).toBe(false);
    gate.resolve();
    await flush();
    expect(app.quitted).toBe(true);
  });

  it('still quits when the core fails to stop', async () => {
    setup(() => Promise.reject(new Error('disk gone')));
    app.quit();
    await flush();
    expect(app.quitted).toBe(true);
  });

  it('keeps running in the tray when the last window closes', () => {
    setup(() => Promise.resolve());
    app.emit('window-all-closed');
    expect(app.quitRequests).toBe(0);
    expect(app.listenerCount('window-all-closed')).toBe(1);
  });

  it('brings up the dashboard for a second instance and on activate', () => {
    const { openDashboard } = setup(() => Promise.resolve());
    app.emit('second-instance', fakeEvent(), [], '/');
    app.emit('activate', fakeEvent(), false);
    expect(openDashboard).toHaveBeenCalledTimes(2);
  });
});
