// The composition root, run against the shared Electron fake and an in-memory core: it starts the
// features in order, wires IPC to the app's own windows, and quits only after the core stopped.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_CHANNELS } from '@contract';
import type { CoreOptions } from '../../../../apps/main/src/core/core-types';
import type { createFakeCore } from './fake-core';

const hoisted = vi.hoisted(() => ({
  fake: null as null | ReturnType<typeof createFakeCore>,
  coreOptions: [] as CoreOptions[],
  failCore: false,
}));

import type * as FakeElectron from '../../fakes/electron';
vi.mock('electron', () => import('../../fakes/electron'));
vi.mock('electron-updater', () => ({
  default: {
    get autoUpdater(): never {
      throw new Error('a development build must not load the updater');
    },
  },
}));
vi.mock('../../../../apps/main/src/core/create-core', () => ({
  createCore: (options: CoreOptions) => {
    hoisted.coreOptions.push(options);
    if (hoisted.failCore) return Promise.reject(new Error('database is from a newer version'));
    return Promise.resolve(hoisted.fake!.core);
  },
}));

type Fakes = typeof FakeElectron;

async function start(prepare: (electron: Fakes) => void = () => undefined) {
  vi.resetModules();
  // The mocked module, i.e. the very fake instance index.ts receives.
  const electron = (await import('electron')) as unknown as Fakes;
  const { createFakeCore: make } = await import('./fake-core');
  electron.resetElectronFake();
  prepare(electron);
  hoisted.fake = make();
  const index = await import('../../../../apps/main/src/electron/index');
  await index.started;
  return { electron, fake: hoisted.fake };
}

const flush = () => new Promise((r) => setImmediate(r));

beforeEach(() => {
  hoisted.coreOptions = [];
  hoisted.failCore = false;
  process.env.CPMS_LOG_LEVEL = 'error';
  process.env.CPMS_USER_DATA_DIR = mkdtempSync(join(tmpdir(), 'cpms-index-'));
});

describe('electron/index (composition root)', () => {
  it('creates the core in userData with the OS keystore wrapper, then starts it', async () => {
    const { electron, fake } = await start();
    expect(electron.app.getPath('userData')).toBe(resolve(process.env.CPMS_USER_DATA_DIR!));
    expect(hoisted.coreOptions).toHaveLength(1);
    expect(hoisted.coreOptions[0]).toMatchObject({
      dataDir: electron.app.getPath('userData'),
      host: 'electron',
    });
    expect(hoisted.coreOptions[0]!.keyWrapper?.protection).toBe('os-keystore');
    expect(fake.core.start).toHaveBeenCalledOnce();
  });

  it('sets up IPC, the dashboard, the tray and power reporting', async () => {
    const { electron, fake } = await start();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...ALL_CHANNELS].sort());
    expect(electron.FakeBrowserWindow.getAllWindows()).toHaveLength(1);
    expect(electron.FakeTray.instances).toHaveLength(1);
    expect(fake.systemStates[0]).toEqual({ online: true, suspended: false, locked: false });
    expect(electron.session.defaultSession.permissionCheckHandler?.({}, 'media', '')).toBe(false);
  });

  it('answers the dashboard over IPC and forwards core events to it', async () => {
    const { electron, fake } = await start();
    const dashboard = electron.FakeBrowserWindow.getAllWindows()[0]!;
    const contents = dashboard.webContents;
    const event = electron.invokeEvent(contents, contents.mainFrame);
    expect(await electron.ipcMain.invoke('monitor:state', event, undefined)).toMatchObject({
      ok: true,
      value: { paused: false },
    });
    fake.changeSettings({ theme: 'dark' });
    expect(contents.sent.at(-1)).toMatchObject({
      channel: 'cpms:event',
      args: [{ event: 'settings:changed' }],
    });
  });

  it('refuses a window that is not the app’s own', async () => {
    const { electron, fake } = await start();
    const stranger = new electron.FakeWebContents();
    stranger.mainFrame.url = 'https://evil.example/';
    const envelope = await electron.ipcMain.invoke(
      'settings:get',
      electron.invokeEvent(stranger, stranger.mainFrame),
    );
    expect(envelope).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(fake.calls.filter((c) => c.channel === 'settings:get')).toHaveLength(1);
  });

  it('opens the widget when the dashboard asks, through the saved setting', async () => {
    const { electron, fake } = await start();
    const contents = electron.FakeBrowserWindow.getAllWindows()[0]!.webContents;
    await electron.ipcMain.invoke('window:toggleWidget', electron.invokeEvent(contents, contents.mainFrame));
    await flush();
    expect(electron.FakeBrowserWindow.getAllWindows()).toHaveLength(2);
    expect(fake.calls.some((c) => c.channel === 'settings:update')).toBe(true);
  });

  it('stays in the tray when windows close, and quits only after core.stop()', async () => {
    const { electron, fake } = await start();
    electron.FakeBrowserWindow.getAllWindows()[0]!.close();
    electron.app.emit('window-all-closed');
    expect(electron.app.quitRequests).toBe(0);
    electron.app.quit();
    expect(electron.app.quitted).toBe(false);
    await flush();
    expect(fake.core.stop).toHaveBeenCalledOnce();
    expect(electron.FakeTray.instances[0]!.destroyed).toBe(true);
    expect(electron.app.quitted).toBe(true);
  });

  it('quits at once when another instance holds the lock', async () => {
    const { electron } = await start((e) => {
      e.app.hasLock = false;
    });
    expect(electron.app.quitRequests).toBe(1);
    expect(hoisted.coreOptions).toHaveLength(0);
  });

  it('tells the user and exits when the core cannot start', async () => {
    hoisted.failCore = true;
    const { electron } = await start();
    expect(electron.dialog.errors).toEqual([
      { title: 'CPMS could not start', content: 'database is from a newer version' },
    ]);
    expect(electron.app.exitCode).toBe(1);
  });
});
