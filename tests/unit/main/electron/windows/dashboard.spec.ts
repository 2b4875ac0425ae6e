import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../../../apps/main/src/core/log/logger';
import {
  createDashboardWindow,
  DASHBOARD_BACKGROUND,
  dashboardWindowOptions,
} from '../../../../../apps/main/src/electron/windows/dashboard';
import { WindowRegistry } from '../../../../../apps/main/src/electron/windows/registry';
import { createWindowStateStore } from '../../../../../apps/main/src/electron/windows/window-state';
import { FakeBrowserWindow, nativeTheme, resetElectronFake, screen } from '../../../fakes/electron';

vi.mock('electron', () => import('../../../fakes/electron'));

function deps() {
  return {
    preload: '/app/out/preload/index.cjs',
    page: { kind: 'file', path: '/app/out/renderer/dashboard.html' } as const,
    state: createWindowStateStore(join(mkdtempSync(join(tmpdir(), 'cpms-dash-')), 'window-state.json')),
    registry: new WindowRegistry(),
    log: silentLogger,
  };
}

beforeEach(() => resetElectronFake());

describe('dashboardWindowOptions', () => {
  it('is isolated, sandboxed, without Node, with web security and nothing experimental', () => {
    const options = dashboardWindowOptions('/p.cjs', undefined, false);
    expect(options.webPreferences).toEqual({
      preload: '/p.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });

  it('starts hidden, with a minimum size and the theme background', () => {
    const light = dashboardWindowOptions('/p.cjs', undefined, false);
    expect(light).toMatchObject({
      show: false,
      minWidth: 880,
      minHeight: 560,
      backgroundColor: DASHBOARD_BACKGROUND.light,
    });
    expect(dashboardWindowOptions('/p.cjs', undefined, true).backgroundColor).toBe(DASHBOARD_BACKGROUND.dark);
    expect(dashboardWindowOptions('/p.cjs', { x: 1, y: 2, width: 900, height: 600 }, false)).toMatchObject({
      x: 1,
      y: 2,
      width: 900,
      height: 600,
    });
  });
});

describe('createDashboardWindow', () => {
  it('shows only on ready-to-show, loads the page and registers as the dashboard', () => {
    const d = deps();
    nativeTheme.shouldUseDarkColors = true;
    createDashboardWindow(d);
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.options.backgroundColor).toBe(DASHBOARD_BACKGROUND.dark);
    expect(win.visible).toBe(false);
    win.paint();
    expect(win.visible).toBe(true);
    expect(win.loaded).toEqual({ kind: 'file', target: '/app/out/renderer/dashboard.html' });
    expect(d.registry.roleOf(win.webContents.id)).toBe('dashboard');
    win.close();
    expect(d.registry.roleOf(win.webContents.id)).toBeUndefined();
  });

  it('remembers its bounds and maximized state, clamped to the screens of the next start', () => {
    const d = deps();
    createDashboardWindow(d);
    const first = FakeBrowserWindow.instances[0]!;
    first.setBounds({ x: 1500, y: 100, width: 1000, height: 700 });
    first.maximize();
    first.close();
    createDashboardWindow(d);
    const second = FakeBrowserWindow.instances[1]!;
    expect(second.options).toMatchObject({ x: 1920 - 1000, y: 100, width: 1000, height: 700 });
    expect(second.isMaximized()).toBe(true);
    expect(screen.getAllDisplays()).toHaveLength(1);
  });

  it('follows theme changes with its background colour', () => {
    createDashboardWindow(deps());
    const win = FakeBrowserWindow.instances[0]!;
    nativeTheme.shouldUseDarkColors = true;
    nativeTheme.emit('updated');
    expect(win.backgroundColor).toBe(DASHBOARD_BACKGROUND.dark);
    win.close();
    expect(nativeTheme.listenerCount('updated')).toBe(0);
  });
});
