import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../../../apps/main/src/core/log/logger';
import { createWindowManager } from '../../../../../apps/main/src/electron/windows/window-manager';
import { createWindowStateStore } from '../../../../../apps/main/src/electron/windows/window-state';
import { FakeBrowserWindow, resetElectronFake } from '../../../fakes/electron';

vi.mock('electron', () => import('../../../fakes/electron'));

function manager(devUrl?: string) {
  return createWindowManager({
    mainDir: '/app/out/main',
    devUrl,
    state: createWindowStateStore(join(mkdtempSync(join(tmpdir(), 'cpms-wm-')), 'window-state.json')),
    log: silentLogger,
    platform: 'linux',
  });
}

beforeEach(() => resetElectronFake());

describe('createWindowManager', () => {
  it('opens one dashboard and focuses it when asked again, restoring it from minimized', () => {
    const windows = manager();
    windows.openDashboard();
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.options.webPreferences).toMatchObject({ preload: join('/app/out/preload/index.cjs') });
    expect(win.loaded).toEqual({ kind: 'file', target: join('/app/out/renderer/dashboard.html') });
    win.minimized = true;
    win.focused = false;
    windows.openDashboard();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(true);
  });

  it('creates a fresh dashboard after the last one closed', () => {
    const windows = manager();
    windows.openDashboard();
    FakeBrowserWindow.instances[0]!.close();
    windows.openDashboard();
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1);
    expect(FakeBrowserWindow.instances).toHaveLength(2);
  });

  it('loads pages from the dev server in development', () => {
    const windows = manager('http://localhost:5173');
    windows.openDashboard();
    windows.setWidgetVisible(true);
    expect(FakeBrowserWindow.instances.map((w) => w.loaded?.target)).toEqual([
      'http://localhost:5173/dashboard.html',
      'http://localhost:5173/widget.html',
    ]);
  });

  it('opens and closes the widget, telling listeners, and registers each window by role', () => {
    const windows = manager();
    const changes: boolean[] = [];
    windows.onWidgetChange((visible) => changes.push(visible));
    windows.openDashboard();
    windows.setWidgetVisible(true);
    windows.setWidgetVisible(true);
    const [dashboard, widget] = FakeBrowserWindow.instances;
    expect(windows.registry.roleOf(dashboard!.webContents.id)).toBe('dashboard');
    expect(windows.registry.roleOf(widget!.webContents.id)).toBe('widget');
    expect(widget!.options.webPreferences).toMatchObject({ preload: join('/app/out/preload/widget.cjs') });
    expect(windows.isWidgetVisible()).toBe(true);
    windows.setWidgetVisible(false);
    expect(widget!.isDestroyed()).toBe(true);
    expect(windows.isWidgetVisible()).toBe(false);
    expect(windows.registry.roleOf(widget!.webContents.id)).toBeUndefined();
    expect(changes).toEqual([true, false]);
  });
});
