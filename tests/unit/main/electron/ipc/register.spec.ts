import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import { ALL_CHANNELS, WIDGET_CHANNELS } from '@contract';
import type { Channel } from '@contract';
import type { Dispatcher } from '../../../../../apps/main/src/core/api/dispatcher';
import { registerIpcHandlers } from '../../../../../apps/main/src/electron/ipc/register';
import type { SenderPolicy } from '../../../../../apps/main/src/electron/ipc/register';
import type { WindowRole } from '../../../../../apps/main/src/electron/windows/registry';
import { FakeWebContents, invokeEvent, ipcMain, resetElectronFake } from '../../../fakes/electron';

vi.mock('electron', () => import('../../../fakes/electron'));

const APP_PAGE = 'file:///opt/cpms/out/renderer/dashboard.html';

function setup() {
  const dispatch = vi.fn<Dispatcher['dispatch']>(() => Promise.resolve({ ok: true, value: 'from core' }));
  const dispatcher: Dispatcher = { channels: ALL_CHANNELS, dispatch };
  const roles = new Map<number, WindowRole>();
  const policy: SenderPolicy = {
    isAppUrl: (url) => url.startsWith('file:///opt/cpms/out/renderer/'),
    roleOf: (id) => roles.get(id),
  };
  const dispose = registerIpcHandlers(ipcMain as unknown as IpcMain, dispatcher, policy);
  const window = (role: WindowRole): FakeWebContents => {
    const contents = new FakeWebContents();
    contents.mainFrame.url = APP_PAGE;
    roles.set(contents.id, role);
    return contents;
  };
  return { dispatch, window, dispose };
}

beforeEach(() => resetElectronFake());

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract channel, and removes them all', () => {
    const { dispose } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...ALL_CHANNELS].sort());
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('passes a call from the dashboard to the dispatcher and returns its envelope', async () => {
    const { dispatch, window } = setup();
    const dashboard = window('dashboard');
    const request = { id: 'a1', patch: { label: 'Work' } };
    const envelope = await ipcMain.invoke(
      'accounts:update',
      invokeEvent(dashboard, dashboard.mainFrame),
      request,
    );
    expect(envelope).toEqual({ ok: true, value: 'from core' });
    expect(dispatch).toHaveBeenCalledWith('accounts:update', request, { transport: 'ipc' });
  });

  describe('refuses foreign senders without reaching the dispatcher', () => {
    it.each([
      ['a frame from another origin', { url: 'https://evil.example/', parent: null }],
      ['a file outside the app', { url: 'file:///home/user/evil.html', parent: null }],
      ['a sub-frame of an app page', { url: APP_PAGE, parent: { url: APP_PAGE, parent: null } }],
      ['a missing sender frame', null],
    ])('%s', async (_why, frame) => {
      const { dispatch, window } = setup();
      const dashboard = window('dashboard');
      const envelope = await ipcMain.invoke('accounts:list', invokeEvent(dashboard, frame), undefined);
      expect(envelope).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
      expect(dispatch).not.toHaveBeenCalled();
    });

    it('an unknown web contents, even showing an app page', async () => {
      const { dispatch } = setup();
      const stranger = new FakeWebContents();
      stranger.mainFrame.url = APP_PAGE;
      const envelope = await ipcMain.invoke(
        'status:list',
        invokeEvent(stranger, stranger.mainFrame),
        undefined,
      );
      expect(envelope).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
      expect(dispatch).not.toHaveBeenCalled();
    });

    it('a sender whose frame was disposed (reading senderFrame throws)', async () => {
      const { dispatch, window } = setup();
      const dashboard = window('dashboard');
      const event = {
        sender: dashboard,
        get senderFrame(): never {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed');
        },
      };
      const envelope = await ipcMain.invoke('status:list', event, undefined);
      expect(envelope).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
      expect(dispatch).not.toHaveBeenCalled();
    });
  });

  it('lets the widget call only its read-only channels', async () => {
    const { dispatch, window } = setup();
    const widget = window('widget');
    const mutating = ALL_CHANNELS.filter((c) => !WIDGET_CHANNELS.includes(c));
    expect(mutating).toContain('accounts:add');
    for (const channel of mutating) {
      const envelope = await ipcMain.invoke(channel, invokeEvent(widget, widget.mainFrame), {});
      expect(envelope, channel).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
    for (const channel of WIDGET_CHANNELS) {
      await ipcMain.invoke(channel, invokeEvent(widget, widget.mainFrame), undefined);
    }
    expect(dispatch.mock.calls.map((c) => c[0] as Channel)).toEqual([...WIDGET_CHANNELS]);
  });

  it.each([
    ['a prototype-polluting key', JSON.parse('{"__proto__": {"admin": true}}') as unknown],
    ['a constructor key', { constructor: { prototype: {} } }],
    ['a class instance', new Date(0)],
    ['a Map', new Map([['a', 1]])],
    ['a function', () => 1],
    ['a non-finite number', { limit: Number.POSITIVE_INFINITY }],
  ])('refuses a request that is not plain data: %s', async (_why, request) => {
    const { dispatch, window } = setup();
    const dashboard = window('dashboard');
    const envelope = await ipcMain.invoke(
      'alerts:list',
      invokeEvent(dashboard, dashboard.mainFrame),
      request,
    );
    expect(envelope).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});
