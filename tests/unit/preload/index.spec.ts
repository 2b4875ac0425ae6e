import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, CpmsError, toCpmsError } from '@contract';
import type { AlertDto, CpmsApi } from '@contract';
import { EVENT_CHANNEL } from '../../../apps/preload/src/ipc-transport';

import type * as FakeElectron from '../fakes/electron';
vi.mock('electron', () => import('../fakes/electron'));

type Fakes = typeof FakeElectron;

async function loadPreload(): Promise<{ electron: Fakes; api: CpmsApi }> {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as Fakes;
  electron.resetElectronFake();
  await import('../../../apps/preload/src/index');
  return { electron, api: electron.contextBridge.exposed.get('cpms') as CpmsApi };
}

const alert: AlertDto = {
  id: 7,
  accountId: null,
  at: 1,
  level: 'info',
  kind: 'notice',
  messageId: 'm',
  params: {},
};

let electron: Fakes;
let api: CpmsApi;
beforeEach(async () => {
  ({ electron, api } = await loadPreload());
});

describe('dashboard preload', () => {
  it('exposes exactly `cpms`, with the API method names plus `on` and nothing else', () => {
    expect([...electron.contextBridge.exposed.keys()]).toEqual(['cpms']);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(API_METHODS), 'on'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('calls the named channel and unwraps the envelope', async () => {
    electron.ipcRenderer.respond = (channel) => ({ ok: true, value: `answer from ${channel}` });
    await expect(api.listAccounts()).resolves.toBe('answer from accounts:list');
    await api.removeAccount({ id: 'a1' });
    expect(electron.ipcRenderer.invocations).toEqual([
      { channel: 'accounts:list', args: [undefined] },
      { channel: 'accounts:remove', args: [{ id: 'a1' }] },
    ]);
  });

  it('rejects with an error whose kind survives contextBridge, and the page rebuilds the typed error', async () => {
    electron.ipcRenderer.respond = () => ({
      ok: false,
      error: { kind: 'not_found', message: 'No account a1' },
    });
    const error: unknown = await api.removeAccount({ id: 'a1' }).catch((e: unknown) => e);
    // contextBridge keeps only an Error's message, so the kind travels inside it.
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('[cpms:not_found] No account a1');
    expect(toCpmsError(error)).toMatchObject({
      name: CpmsError.name,
      kind: 'not_found',
      message: 'No account a1',
    });
  });

  it('turns a failed IPC call into an internal error instead of a raw exception', async () => {
    electron.ipcRenderer.respond = () => {
      throw new Error("No handler registered for 'accounts:list'");
    };
    const error: unknown = await api.listAccounts().catch((e: unknown) => e);
    expect(toCpmsError(error).kind).toBe('internal');
  });

  it('delivers pushed events to `on` listeners until they unsubscribe', () => {
    const seen: AlertDto[] = [];
    const other = vi.fn();
    const off = api.on('alert:raised', (payload) => seen.push(payload));
    api.on('status:removed', other);
    electron.ipcRenderer.fromMain(EVENT_CHANNEL, { event: 'alert:raised', payload: alert });
    off();
    electron.ipcRenderer.fromMain(EVENT_CHANNEL, { event: 'alert:raised', payload: { ...alert, id: 8 } });
    electron.ipcRenderer.fromMain(EVENT_CHANNEL, 'not a message');
    expect(seen).toEqual([alert]);
    expect(other).not.toHaveBeenCalled();
  });

  it('keeps other listeners running when one throws', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const good = vi.fn();
    api.on('alert:raised', () => {
      throw new Error('renderer bug');
    });
    api.on('alert:raised', good);
    electron.ipcRenderer.fromMain(EVENT_CHANNEL, { event: 'alert:raised', payload: alert });
    expect(good).toHaveBeenCalledWith(alert);
    expect(errors).toHaveBeenCalledOnce();
    errors.mockRestore();
  });
});
