import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Settings } from '@contract';
import { VirtualClock } from '../../../../../apps/main/src/core/clock/virtual-clock';
import { silentLogger } from '../../../../../apps/main/src/core/log/logger';
import { createHostApi } from '../../../../../apps/main/src/electron/host-api';
import { createSettingsMirror } from '../../../../../apps/main/src/electron/settings-mirror';
import { setupUpdater } from '../../../../../apps/main/src/electron/updater/updater';
import type { UpdaterLike } from '../../../../../apps/main/src/electron/updater/updater';
import { createFakeCore } from '../fake-core';

class FakeUpdater extends EventEmitter {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  allowPrerelease = false;
  channel: string | null = null;
  logger: unknown = null;
  available = false;
  fail = false;
  checks = 0;
  checkForUpdates() {
    this.checks += 1;
    if (this.fail) return Promise.reject(new Error('net::ERR_NAME_NOT_RESOLVED'));
    return Promise.resolve({ isUpdateAvailable: this.available, updateInfo: { version: '9.9.9' } });
  }
}

async function setup(updates: Settings['updates'], isPackaged = true) {
  const fake = createFakeCore({ settings: { updates } });
  const settings = await createSettingsMirror(createHostApi(fake.core.dispatcher, fake.events), silentLogger);
  const updater = new FakeUpdater();
  const getUpdater = vi.fn(() => updater as unknown as UpdaterLike);
  const clock = new VirtualClock();
  const handle = setupUpdater({
    getUpdater,
    isPackaged,
    settings,
    clock,
    log: silentLogger,
    firstCheckDelayMs: 1000,
    intervalMs: 10_000,
  });
  return { fake, updater, getUpdater, clock, handle };
}

describe('setupUpdater', () => {
  it('never contacts the release server while automatic checks are off', async () => {
    const { updater, getUpdater, clock } = await setup({ auto: false, channel: 'stable' });
    await clock.advance(24 * 60 * 60_000);
    expect(getUpdater).not.toHaveBeenCalled();
    expect(updater.checks).toBe(0);
  });

  it('checks when the user asks, downloading and installing on quit', async () => {
    const { updater, handle } = await setup({ auto: false, channel: 'stable' });
    expect(await handle.checkNow()).toBe('up-to-date');
    updater.available = true;
    expect(await handle.checkNow()).toBe('downloading');
    expect(updater).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: true, channel: 'latest' });
    updater.fail = true;
    expect(await handle.checkNow()).toBe('error');
  });

  it('follows the channel setting', async () => {
    const { fake, updater, handle } = await setup({ auto: false, channel: 'beta' });
    await handle.checkNow();
    expect(updater).toMatchObject({ channel: 'beta', allowPrerelease: true });
    fake.changeSettings({ updates: { auto: false, channel: 'stable' } });
    await handle.checkNow();
    expect(updater).toMatchObject({ channel: 'latest', allowPrerelease: false });
  });

  it('checks periodically while automatic checks are on, and stops when turned off', async () => {
    const { fake, updater, clock } = await setup({ auto: true, channel: 'stable' });
    await clock.advance(1000);
    expect(updater.checks).toBe(1);
    await clock.advance(20_000);
    expect(updater.checks).toBe(3);
    fake.changeSettings({ updates: { auto: false, channel: 'stable' } });
    await clock.advance(100_000);
    expect(updater.checks).toBe(3);
    expect(clock.pendingTimers).toBe(0);
  });

  it('starts checking when the user turns automatic checks on', async () => {
    const { fake, updater, clock } = await setup({ auto: false, channel: 'stable' });
    fake.changeSettings({ updates: { auto: true, channel: 'stable' } });
    await clock.advance(1000);
    expect(updater.checks).toBe(1);
  });

  it('never checks in a development build', async () => {
    const { getUpdater, clock, handle } = await setup({ auto: true, channel: 'stable' }, false);
    await clock.advance(100_000);
    expect(await handle.checkNow()).toBe('unsupported');
    expect(getUpdater).not.toHaveBeenCalled();
  });

  it('stop cancels the schedule', async () => {
    const { updater, clock, handle } = await setup({ auto: true, channel: 'stable' });
    handle.stop();
    await clock.advance(100_000);
    expect(updater.checks).toBe(0);
  });
});
