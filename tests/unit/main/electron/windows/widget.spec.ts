import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../../../apps/main/src/core/log/logger';
import { WindowRegistry } from '../../../../../apps/main/src/electron/windows/registry';
import {
  createWidgetWindow,
  WIDGET_SIZE,
  widgetTopLevel,
  widgetWindowOptions,
} from '../../../../../apps/main/src/electron/windows/widget';
import { createWindowStateStore } from '../../../../../apps/main/src/electron/windows/window-state';
import { FakeBrowserWindow, resetElectronFake, screen } from '../../../fakes/electron';

vi.mock('electron', () => import('../../../fakes/electron'));

function deps(platform: NodeJS.Platform = 'linux') {
  return {
    preload: '/app/out/preload/widget.cjs',
    page: { kind: 'url', url: 'http://localhost:5173/widget.html' } as const,
    state: createWindowStateStore(join(mkdtempSync(join(tmpdir(), 'cpms-widget-')), 'window-state.json')),
    registry: new WindowRegistry(),
    log: silentLogger,
    platform,
  };
}

beforeEach(() => resetElectronFake());

describe('widgetWindowOptions', () => {
  it('is a small transparent frameless always-on-top window out of the taskbar', () => {
    expect(widgetWindowOptions('/w.cjs', { x: 5, y: 6 })).toMatchObject({
      x: 5,
      y: 6,
      ...WIDGET_SIZE,
      show: false,
      frame: false,
      transparent: true,
      resizable: false,
      skipTaskbar: true,
      alwaysOnTop: true,
      fullscreenable: false,
    });
  });

  it('has the same secure webPreferences as the dashboard, with the widget preload', () => {
    expect(widgetWindowOptions('/w.cjs', { x: 0, y: 0 }).webPreferences).toMatchObject({
      preload: '/w.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });

  it('floats above full-screen apps on macOS only', () => {
    expect(widgetTopLevel('darwin')).toBe('screen-saver');
    expect(widgetTopLevel('win32')).toBe('floating');
    expect(widgetTopLevel('linux')).toBe('floating');
  });
});

describe('createWidgetWindow', () => {
  it('opens top-right, on all workspaces, shows without stealing focus and registers as the widget', () => {
    const d = deps();
    createWidgetWindow(d);
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.options).toMatchObject({ x: 1920 - WIDGET_SIZE.width - 16, y: 16 });
    expect(win.alwaysOnTop).toEqual({ flag: true, level: 'floating' });
    expect(win.allWorkspaces).toEqual({ visible: true, options: { visibleOnFullScreen: true } });
    win.paint();
    expect(win.shownInactive).toBe(true);
    expect(win.focused).toBe(false);
    expect(win.loaded).toEqual({ kind: 'url', target: 'http://localhost:5173/widget.html' });
    expect(d.registry.roleOf(win.webContents.id)).toBe('widget');
  });

  it('reopens where it was moved to', () => {
    const d = deps();
    createWidgetWindow(d);
    FakeBrowserWindow.instances[0]!.moveTo(400, 500);
    FakeBrowserWindow.instances[0]!.close();
    createWidgetWindow(d);
    expect(FakeBrowserWindow.instances[1]!.options).toMatchObject({ x: 400, y: 500 });
  });

  it('comes back onto a visible screen when its monitor is gone', () => {
    const d = deps();
    screen.displays = [
      ...screen.displays,
      {
        id: 2,
        bounds: { x: 1920, y: 0, width: 1280, height: 1024 },
        workArea: { x: 1920, y: 0, width: 1280, height: 1000 },
      },
    ];
    createWidgetWindow(d);
    FakeBrowserWindow.instances[0]!.moveTo(2500, 300);
    FakeBrowserWindow.instances[0]!.close();
    screen.displays = screen.displays.slice(0, 1);
    createWidgetWindow(d);
    expect(FakeBrowserWindow.instances[1]!.options).toMatchObject({ x: 1920 - WIDGET_SIZE.width, y: 300 });
  });
});
