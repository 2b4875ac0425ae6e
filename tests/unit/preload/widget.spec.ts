import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WIDGET_API_METHODS } from '@contract';
import type { CpmsWidgetApi } from '@contract';
import { EVENT_CHANNEL } from '../../../apps/preload/src/ipc-transport';

import type * as FakeElectron from '../fakes/electron';
vi.mock('electron', () => import('../fakes/electron'));

type Fakes = typeof FakeElectron;

let electron: Fakes;
let api: CpmsWidgetApi;
beforeEach(async () => {
  vi.resetModules();
  electron = (await import('electron')) as unknown as Fakes;
  electron.resetElectronFake();
  await import('../../../apps/preload/src/widget');
  api = electron.contextBridge.exposed.get('cpms') as CpmsWidgetApi;
});

describe('widget preload', () => {
  it('exposes exactly `cpms` with the read-only methods plus `on`', () => {
    expect([...electron.contextBridge.exposed.keys()]).toEqual(['cpms']);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(WIDGET_API_METHODS), 'on'].sort());
    for (const mutating of [
      'addAccount',
      'removeAccount',
      'updateSettings',
      'setPaused',
      'deleteAllData',
      'openExternal',
    ]) {
      expect(api).not.toHaveProperty(mutating);
    }
  });

  it('reads over IPC and hears pushed status events', async () => {
    electron.ipcRenderer.respond = () => ({ ok: true, value: [] });
    await expect(api.listStatus()).resolves.toEqual([]);
    expect(electron.ipcRenderer.invocations).toEqual([{ channel: 'status:list', args: [undefined] }]);
    const listener = vi.fn();
    const off = api.on('status:removed', listener);
    electron.ipcRenderer.fromMain(EVENT_CHANNEL, { event: 'status:removed', payload: { accountId: 'a' } });
    off();
    electron.ipcRenderer.fromMain(EVENT_CHANNEL, { event: 'status:removed', payload: { accountId: 'b' } });
    expect(listener.mock.calls).toEqual([[{ accountId: 'a' }]]);
  });
});
